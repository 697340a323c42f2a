// Reads a claims file: every problem with its place, the valid claims kept, the invalid left out. Never throws.
//
// Decisions a data editor should know:
// - Duplicate ids: the first claim with an id is kept, every later one with the same id is left out (error).
// - `respondsTo` / `contradicts` naming an id that is not in the file (or the claim itself): the claim is kept,
//   with a warning; the link simply does not resolve.
// - Every position of a shape must lie within the case's region, a claim may have at most 5,000 positions in all
//   and a file 100,000 (bounds.ts): past these, a claim is left out (error), the others are kept.
// - Statement text is stored verbatim, markup included. It is data, not HTML: the app must render it as text.
import * as v from 'valibot';
import { claimShapeBounds, withinFileBudget } from './bounds';
import {
  ClaimSchema,
  FileEnvelopeSchema,
  ID_PATTERN,
  MAX_CLAIMS,
  type Claim,
  type Dataset,
} from './schema/claim';
import {
  appendAll,
  capProblems,
  describeValue,
  issuesToProblems,
  MAX_PROBLEMS_PER_FILE,
  inEnglish,
  problemOf,
  truncate,
  type Problem,
} from './problems';
import { phrase, type Phrase } from '../i18n/phrases';

export interface ParseOptions {
  /** Largest accepted file, in UTF-8 bytes. Default 2 MB. */
  maxBytes?: number;
  /** Name of the file, used as `where` for problems of the file as a whole. Default "file". */
  source?: string;
}

export interface ParseResult {
  claims: Claim[];
  problems: Problem[];
  dataset?: Dataset;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** UTF-8 length of a string, counted without allocating. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const fileProblem = (where: string, field: string, found: string, expected: string, say: Phrase): Problem =>
  problemOf(where, field, found, expected, say);

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Parses JSON text, or explains where it is broken (line and column, when the engine tells the offset). */
function parseJson(text: string, where: string): { data: unknown } | { problem: Problem } {
  try {
    return { data: JSON.parse(text) as unknown };
  } catch (e) {
    const msg = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
    const pos = /position (\d+)/.exec(msg);
    const offset = pos ? Number(pos[1]) : undefined;
    const reason = truncate(msg, 160);
    const near = offset === undefined ? text.slice(0, 40) : text.slice(Math.max(0, offset - 20), offset + 20);
    return {
      problem: fileProblem(
        where,
        '(whole)',
        describeValue(near),
        'JSON text (no comments, trailing commas, NaN or single quotes)',
        offset === undefined
          ? phrase('prNotJson', { reason })
          : phrase('prNotJsonAt', { ...lineColumn(text, offset), reason }),
      ),
    };
  }
}

/** Checks a claims file's text. Oversized text is refused by its length before any parsing. */
export function parseClaimsFile(text: string, opts: ParseOptions = {}): ParseResult {
  const where = opts.source ?? 'file';
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof text !== 'string') {
    return {
      claims: [],
      problems: [fileProblem(where, '(whole)', describeValue(text), 'text', phrase('prNotText', {}))],
    };
  }
  const size = text.length > maxBytes ? text.length : utf8Length(text);
  if (size > maxBytes) {
    const problem = fileProblem(
      where,
      '(whole)',
      `${size} bytes or more`,
      `at most ${maxBytes} bytes`,
      phrase('prFileTooLarge', { max: maxBytes }),
    );
    return { claims: [], problems: [problem] };
  }
  const parsed = parseJson(text, where);
  if ('problem' in parsed) return { claims: [], problems: [parsed.problem] };
  return validateClaimsData(parsed.data, opts);
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The claim's id when usable as a place name, else its position: `claims[3]`. */
function placeOf(raw: unknown, index: number): string {
  const id = isRecord(raw) ? raw.id : undefined;
  return typeof id === 'string' && ID_PATTERN.test(id) ? id : `claims[${index}]`;
}

/** Checks already-parsed data (the content of a claims file). */
export function validateClaimsData(data: unknown, opts: ParseOptions = {}): ParseResult {
  const where = opts.source ?? 'file';
  const envelope = v.safeParse(FileEnvelopeSchema, data);
  const problems: Problem[] = envelope.success ? [] : issuesToProblems(envelope.issues, where);
  // Past the limit (reported by the envelope check), claims are not looked at: the work stays bounded.
  const rawClaims =
    isRecord(data) && Array.isArray(data.claims) ? (data.claims as unknown[]).slice(0, MAX_CLAIMS) : [];
  if (!isRecord(data)) {
    problems.splice(
      0,
      problems.length,
      problemOf(
        where,
        '(whole)',
        describeValue(data),
        'an object { "$schema", "dataset", "claims" }',
        phrase('prNotObject', {}),
      ),
    );
  }
  const dataset = envelope.success ? envelope.output.dataset : undefined;
  const checked = rawClaims.map((raw, i) => checkClaim(raw, i));
  for (const c of checked) appendAll(problems, c.problems);
  const claims = withinFileBudget(keepFirstOfEachId(checked, problems), problems);
  appendAll(problems, referenceProblems(claims));
  appendAll(problems, bidiProblems(claims));
  // (The bounds' problems come worded as phrases only: shared with the page, they leave the English out.)
  const kept = capProblems(problems, MAX_PROBLEMS_PER_FILE, where).map(inEnglish);
  return dataset ? { claims, problems: kept, dataset } : { claims, problems: kept };
}

interface Checked {
  index: number;
  claim?: Claim;
  /** Positions in the claim's shape. */
  count: number;
  problems: Problem[];
}

/** Validates one claim on its own: the schema, then the bounds on where its shape lies and its size. */
function checkClaim(raw: unknown, index: number): Checked {
  const result = v.safeParse(ClaimSchema, raw);
  if (!result.success)
    return { index, count: 0, problems: issuesToProblems(result.issues, placeOf(raw, index)) };
  const { count, problems } = claimShapeBounds(result.output);
  return problems.length > 0 ? { index, count, problems } : { index, claim: result.output, count, problems };
}

/** The valid claims, without the second and later claims of a duplicated id (reported in `problems`). */
function keepFirstOfEachId(
  checked: readonly Checked[],
  problems: Problem[],
): { claim: Claim; count: number }[] {
  const firstIndex = new Map<string, number>();
  const kept: { claim: Claim; count: number }[] = [];
  for (const { claim, index, count } of checked) {
    if (!claim) continue;
    const first = firstIndex.get(claim.id);
    if (first === undefined) {
      firstIndex.set(claim.id, index);
      kept.push({ claim, count });
      continue;
    }
    problems.push(
      problemOf(
        `claims[${index}]`,
        'id',
        describeValue(claim.id),
        'an id no other claim has',
        phrase('prDuplicateId', { first, id: claim.id, index }),
      ),
    );
  }
  return kept;
}

// Explicit bidi embeddings, overrides and isolates: in text they can reverse the words shown around it. The app
// shows data text without them; the checker warns, so that an editor sees them (the marks LRM/RLM are fine).
const BIDI_FORMATTING = /[\u202a-\u202e\u2066-\u2069]/;

/** Warnings for text fields holding bidi formatting characters (the claim is kept). */
function bidiProblems(claims: readonly Claim[]): Problem[] {
  const out: Problem[] = [];
  const visit = (where: string, x: unknown, field: string) => {
    if (typeof x === 'string') {
      if (BIDI_FORMATTING.test(x))
        out.push(
          problemOf(
            where,
            field,
            describeValue(x),
            'text without bidi embeddings, overrides or isolates (U+202A–U+202E, U+2066–U+2069)',
            phrase('prBidi', {}),
            'warning',
          ),
        );
    } else if (Array.isArray(x)) x.forEach((y, i) => visit(where, y, `${field}[${i}]`));
    else if (typeof x === 'object' && x !== null)
      for (const [k, y] of Object.entries(x)) visit(where, y, field === '' ? k : `${field}.${k}`);
  };
  for (const claim of claims) visit(claim.id, claim, '');
  return out;
}

const REF_FIELDS = ['respondsTo', 'contradicts'] as const;

/** Warnings for references to ids not in the kept claims, or to the claim itself. */
function referenceProblems(claims: readonly Claim[]): Problem[] {
  const ids = new Set(claims.map((c) => c.id));
  const out: Problem[] = [];
  for (const claim of claims) {
    for (const field of REF_FIELDS) {
      (claim[field] ?? []).forEach((ref, i) => {
        const self = ref === claim.id;
        if (!self && ids.has(ref)) return;
        out.push(
          problemOf(
            claim.id,
            `${field}[${i}]`,
            describeValue(ref),
            'the id of another claim in this file',
            self ? phrase('prSelfReference', {}) : phrase('prNoSuchClaim', { id: ref }),
            'warning',
          ),
        );
      });
    }
  }
  return out;
}
