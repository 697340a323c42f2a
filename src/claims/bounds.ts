// Bounds on the work one claim can cause: every position of its shape lies within the case's region, and a
// claim (all parts of all its lines and polygons together) and a file have at most so many positions. Past
// these, sampling outlines for depths and clipping shapes would take minutes and gigabytes. Pure, no schema
// code: the page's check of the precomputed file uses it too.
import { appendAll, saidProblem, type Problem } from './problem_text';
import { phrase } from '../i18n/phrases';
import { CASE_REGION, describeRegion, inRegion, type RegionBox } from './region';

/**
 * The most positions one claim's shape may have, all its parts together. Claim shapes are drawn by hand or
 * traced: small. The schema's limit per line, ring and polygon is the same (schema/geometry.ts).
 */
export const MAX_POSITIONS_PER_CLAIM = 5_000;
/** The most positions all the claims of one file may have together. */
export const MAX_POSITIONS_PER_FILE = 100_000;

export interface PositionScan {
  /** Positions found. */
  count: number;
  /** Positions outside the case's region. */
  outside: number;
  /** The first of those, and the field it is in. */
  first?: { field: string; at: [number, number] };
}

const isPosition = (x: unknown): x is [number, number] =>
  Array.isArray(x) && x.length === 2 && typeof x[0] === 'number' && typeof x[1] === 'number';

const PLAIN_KEY = /^[$A-Za-z_][$\w]{0,59}$/;

/**
 * Counts the positions ([lng, lat] pairs) anywhere in `value` and finds those outside the case's region. An
 * explicit stack, not recursion: data from outside may nest deeper than the call stack goes. The field of the
 * first position outside is found by a second walk, only when there is one: naming every field on the way
 * took most of the time (10,000 claims' shapes: about 100 ms of the page's main thread while the map loaded).
 */
export function scanPositions(value: unknown, field: string, region: RegionBox = CASE_REGION): PositionScan {
  const scan: PositionScan = { count: 0, outside: 0 };
  // Only lists and objects go on the stack: the strings and numbers in them hold no positions.
  const stack: object[] = typeof value === 'object' && value !== null ? [value] : [];
  while (stack.length > 0) {
    const x = stack.pop();
    if (isPosition(x)) {
      scan.count++;
      if (!inRegion(x[0], x[1], region)) scan.outside++;
      continue;
    }
    const children: unknown[] = Array.isArray(x) ? x : Object.values(x as object);
    for (const y of children) if (typeof y === 'object' && y !== null) stack.push(y);
  }
  if (scan.outside > 0) scan.first = firstOutside(value, field, region);
  return scan;
}

/** The first position outside the region, in document order, and its field. */
function firstOutside(value: unknown, field: string, region: RegionBox): PositionScan['first'] {
  const stack: [unknown, string][] = [[value, field]];
  while (stack.length > 0) {
    const [x, at] = stack.pop() as [unknown, string];
    if (isPosition(x)) {
      if (!inRegion(x[0], x[1], region)) return { field: at, at: x };
    } else if (Array.isArray(x)) {
      // (children are pushed in reverse: popped in document order)
      for (let i = x.length - 1; i >= 0; i--) stack.push([x[i], `${at}[${i}]`]);
    } else if (typeof x === 'object' && x !== null) {
      const entries = Object.entries(x).reverse();
      for (const [k, y] of entries) stack.push([y, PLAIN_KEY.test(k) ? `${at}.${k}` : `${at}[…]`]);
    }
  }
  return undefined;
}

const fmt = ([lng, lat]: readonly [number, number]) => `[${lng}, ${lat}]`;

/** Problems of a scanned shape: too many positions, or positions outside the region. */
export function boundsProblems(
  where: string,
  field: string,
  scan: PositionScan,
  { max = MAX_POSITIONS_PER_CLAIM, region = CASE_REGION } = {},
): Problem[] {
  const out: Problem[] = [];
  if (scan.count > max)
    out.push(
      saidProblem(
        where,
        field,
        `${scan.count} positions`,
        `at most ${max} positions in all (every part of every line and polygon)`,
        phrase('prTooManyPositions', { n: scan.count, max }),
      ),
    );
  if (scan.first) {
    const [w, s, e, n] = region.map((x) => Number(x.toFixed(2))) as [number, number, number, number];
    const at = scan.first.at;
    out.push(
      saidProblem(
        where,
        scan.first.field,
        fmt(at),
        `a position within the case's region (${describeRegion(region)})`,
        scan.outside > 1
          ? phrase('prOutsideRegionMore', { at, w, e, s, n, more: scan.outside - 1, count: scan.count })
          : phrase('prOutsideRegion', { at, w, e, s, n }),
      ),
    );
  }
  return out;
}

/** A claim's shape parameters checked against the bounds: its problems, and its number of positions. */
export function claimShapeBounds(claim: { id: string; shape?: { params: unknown } }): {
  count: number;
  problems: Problem[];
} {
  if (!claim.shape) return { count: 0, problems: [] };
  const scan = scanPositions(claim.shape.params, 'shape.params');
  return {
    count: scan.count,
    problems: boundsProblems(claim.id, 'shape.params', scan),
  };
}

/**
 * Keeps claims while the file's running total of positions stays within MAX_POSITIONS_PER_FILE; every later
 * claim that would go past it is left out with a problem (smaller ones after it may still fit).
 */
export function withinFileBudget<T extends { id: string }>(
  claims: readonly { claim: T; count: number }[],
  problems: Problem[],
): T[] {
  let total = 0;
  const kept: T[] = [];
  const over: Problem[] = [];
  for (const { claim, count } of claims) {
    if (total + count <= MAX_POSITIONS_PER_FILE) {
      total += count;
      kept.push(claim);
      continue;
    }
    over.push(
      saidProblem(
        claim.id,
        'shape.params',
        `${count} positions, after ${total} in the claims before it`,
        `at most ${MAX_POSITIONS_PER_FILE} positions in the whole file`,
        phrase('prFileBudget', { max: MAX_POSITIONS_PER_FILE }),
      ),
    );
  }
  appendAll(problems, over);
  return kept;
}

export { CASE_REGION };
