// Data text made safe to print in a message: quoted, escaped and cut short. Pure.

const MAX_FOUND = 60;

/** Cuts a string to `max` characters (not splitting surrogate pairs), marking the cut with "…". */
export function truncate(s: string, max = MAX_FOUND): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

// Characters JSON.stringify leaves as they are but a terminal or a page acts on: C1 controls, bidi marks,
// embeddings, overrides and isolates, line and paragraph separators.
const INVISIBLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** JSON.stringify, with the invisible characters it keeps written as \uXXXX escapes too. */
export const quoteEscaped = (s: string): string =>
  JSON.stringify(s).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
