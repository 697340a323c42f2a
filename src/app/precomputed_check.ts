// A cheap check of the claims in the precomputed file (claim-shapes.json) before the page trusts them. The file
// is data from outside like any other: when its version matches, the page takes its claims without running the
// full schema (that code is not in the page's bundle), so this checks what the page relies on: the types of the
// fields it reads, known parties, unique ids and lists. A claim that fails is left out with a problem naming it.
import { boundsProblems, claimShapeBounds, scanPositions } from '../claims/bounds';
import { PARTIES } from '../claims/parties';
import { CASE_REGION, DERIVED_REACH_KM, grownRegion } from '../claims/region';
import { saidProblem, type Problem } from '../claims/problem_text';
import { phrase, PhrasedError, type Phrase } from '../i18n/phrases';
import type { Claim } from '../claims/schema/claim';

/** The schema's id pattern (src/claims/schema/claim.ts; a unit test keeps the two the same). */
export const PAGE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

type Rec = Record<string, unknown>;
const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const optStr = (x: unknown) => x === undefined || isStr(x);
/** A string no longer than the schema allows the field (claim.ts): a longer one is not what derive wrote. */
const shortStr = (x: unknown, max: number): x is string => isStr(x) && x.length <= max;
const optShortStr = (x: unknown, max: number) => x === undefined || shortStr(x, max);
const strList = (x: unknown, max: number) =>
  x === undefined || (Array.isArray(x) && x.length <= max && x.every(isStr) && new Set(x).size === x.length);

/** The first field of a claim the page cannot use as it is, or null when it can. */
export function unusableField(c: Rec): string | null {
  if (!isStr(c.id) || !PAGE_ID_PATTERN.test(c.id)) return 'id';
  if (!isStr(c.party) || !Object.hasOwn(PARTIES, c.party)) return 'party';
  if (!shortStr(c.claimant, 200)) return 'claimant';
  for (const f of ['stated', 'kind', 'status'] as const) if (!isStr(c[f])) return f;
  if (!isRec(c.refersTo) || !isStr(c.refersTo.from) || !optStr(c.refersTo.to)) return 'refersTo';
  const s = c.statement;
  if (
    !isRec(s) ||
    !shortStr(s.quote, 1000) ||
    !isStr(s.lang) ||
    !isStr(s.form) ||
    !optShortStr(s.translation, 2000)
  )
    return 'statement';
  if (!Array.isArray(c.sources) || c.sources.length < 1 || c.sources.length > 20) return 'sources';
  const badSource = c.sources.findIndex(
    (x) =>
      !isRec(x) ||
      !shortStr(x.publisher, 200) ||
      !shortStr(x.title, 400) ||
      !isStr(x.url) ||
      !isStr(x.published) ||
      !optStr(x.archived),
  );
  if (badSource >= 0) return `sources[${badSource}]`;
  if (!strList(c.respondsTo, 50)) return 'respondsTo';
  if (!strList(c.contradicts, 50)) return 'contradicts';
  if (c.shape !== undefined && (!isRec(c.shape) || !isStr(c.shape.recipe) || !isRec(c.shape.params)))
    return 'shape';
  if (c.figures !== undefined) {
    if (!isRec(c.figures)) return 'figures';
    const shares = c.figures.shares;
    if (shares !== undefined && (!Array.isArray(shares) || shares.length > 20 || !shares.every(isRec)))
      return 'figures.shares';
  }
  if (!optShortStr(c.note, 2000)) return 'note';
  if (c.checked !== undefined && (!isRec(c.checked) || !isStr(c.checked.on) || !isStr(c.checked.by)))
    return 'checked';
  return null;
}

const problem = (where: string, field: string, say: Phrase): Problem =>
  saidProblem(
    `claim-shapes.json: ${where}`,
    field,
    'a value the page cannot use',
    'what npm run derive writes',
    say,
  );

/**
 * The precomputed file's checked claims that the page can use, and a problem for each one left out (a
 * malformed field, or an id already taken). Throws only when the file has no list of claims at all.
 */
export function usablePrecomputedClaims(checked: unknown): { claims: Claim[]; problems: Problem[] } {
  if (!isRec(checked) || !Array.isArray(checked.claims))
    throw new PhrasedError(phrase('errPrecomputedNoList', {}));
  const claims: Claim[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  checked.claims.forEach((raw: unknown, i) => {
    const field = isRec(raw) ? unusableField(raw) : '(whole)';
    const where = isRec(raw) && isStr(raw.id) && PAGE_ID_PATTERN.test(raw.id) ? raw.id : `claims[${i}]`;
    const bounds = field === null ? claimShapeBounds(raw as Claim).problems : [];
    if (field !== null) problems.push(problem(where, field, phrase('prMalformed', {})));
    else if (bounds.length > 0)
      for (const p of bounds) problems.push({ ...p, where: `claim-shapes.json: ${where}` });
    else if (seen.has(where)) problems.push(problem(where, 'id', phrase('prSecondId', {})));
    else {
      seen.add(where);
      claims.push(raw as Claim);
    }
  });
  // The derive step's own problems are shown as notices: keep only well-formed ones, and not too many.
  const listed = Array.isArray(checked.problems) ? checked.problems : [];
  for (const p of listed.slice(0, 500)) {
    if (isRec(p) && ['where', 'field', 'found', 'expected', 'message'].every((k) => isStr(p[k])))
      problems.push({
        ...(p as unknown as Problem),
        severity: p.severity === 'warning' ? 'warning' : 'error',
      });
  }
  return { claims, problems };
}

/** The most positions a derived shape may have: its readings, lines, transfers, lake parts and overlaps. */
export const MAX_DERIVED_POSITIONS = 50_000;

/** Where derived shapes may lie: the case's region, and as far beyond as a recipe reaches. */
const DERIVED_REGION = grownRegion(CASE_REGION, DERIVED_REACH_KM);

/**
 * The precomputed shapes the page can draw and measure without unbounded work: an entry with too many
 * positions, or positions far outside the case's region, is left out with a problem (its claim too, in
 * `leftOut`). Linear in the file, which JSON.parse has already read.
 */
export function boundedPrecomputedShapes(shapes: unknown): {
  shapes: Record<string, unknown>;
  leftOut: Set<string>;
  problems: Problem[];
} {
  const kept: Record<string, unknown> = {};
  const leftOut = new Set<string>();
  const problems: Problem[] = [];
  if (!isRec(shapes)) return { shapes: kept, leftOut, problems };
  for (const [id, entry] of Object.entries(shapes)) {
    const scan = scanPositions(entry, '', DERIVED_REGION);
    const where = PAGE_ID_PATTERN.test(id) ? id : 'a claim';
    const found = boundsProblems(`claim-shapes.json: ${where}`, 'shape', scan, {
      max: MAX_DERIVED_POSITIONS,
      region: DERIVED_REGION,
    });
    if (found.length === 0) kept[id] = entry;
    else {
      leftOut.add(id);
      for (const p of found) problems.push({ ...p, field: p.field.replace(/^\./, '') });
    }
  }
  return { shapes: kept, leftOut, problems };
}
