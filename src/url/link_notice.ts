// One notice for everything a link had that could not be used: a long hostile link must not flood the page.

/** How many of a link's problems the notice lists; the rest are counted. */
export const MAX_LISTED = 5;

/**
 * Folds a link's problems into one notice, or null when there are none. The link's own text appears only inside
 * the quotes its problems put around it (short, escaped: see `quote` in codecs.ts), and the notice says so.
 */
export function linkNotice(problems: readonly string[], maxListed = MAX_LISTED): string | null {
  if (problems.length === 0) return null;
  const listed = problems.slice(0, maxListed).join('; ');
  const rest = problems.length - Math.min(problems.length, maxListed);
  const count = problems.length === 1 ? 'one thing' : `${problems.length} things`;
  return (
    `This link asked for ${count} the app could not use (text in quotes comes from the link, not from this ` +
    `site): ${listed}${rest > 0 ? `; and ${rest} more not listed` : ''}.`
  );
}

/** At most `max` items joined with commas, then how many more: a link can name thousands of ids. */
export function listSome(items: readonly string[], max = 10): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
