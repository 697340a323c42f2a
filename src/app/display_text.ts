// What the page does to text from data before showing it. Pure.

// Bidi embeddings, overrides, isolates and marks. In data text they can reverse the app's own words around
// them (a claimant's name ending in U+202E turns ", 12 May 2021" after it backwards). The page shows data
// text without them; the claims files keep them as written. Literal, or as JSON escapes in a file's text.
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const BIDI_IN_JSON = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\\u(?:061c|200[ef]|202[a-e]|206[6-9])/i;

/** True when a JSON text may hold a bidi control character (cheap: one scan, no parsing). */
export const mayHoldBidiControls = (jsonText: string): boolean => BIDI_IN_JSON.test(jsonText);

/** A copy of a value with bidi control characters removed from every string in it. */
export function withoutBidiControls<T>(value: T): T {
  if (typeof value === 'string') return value.replace(BIDI_CONTROL, '') as T;
  if (Array.isArray(value)) return value.map(withoutBidiControls) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = withoutBidiControls(v);
    return out as T;
  }
  return value;
}
