/**
 * Orders strings by UTF-16 code units, as `<` does: the same order in every locale, and with no collator to
 * set up (a first `localeCompare` costs the page's start-up about 15 ms here). For ISO dates and ASCII ids.
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
