// Links from data are checked again at render time: the precomputed claim-shapes.json is not run
// through the schema, so a `javascript:` or `data:` source must not reach an href.

/** The URL itself when it parses as absolute http(s), otherwise undefined (render the title as text). */
export function httpHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}
