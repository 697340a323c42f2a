// How one claims file is checked: the schema and rules (parseClaimsFile), then, given the reference
// geography, whether each valid claim's recipe can derive a shape from it. `npm run check-claims` and the
// browser's "open a claims file" both check a file with this, so they find the same problems.
import type { Problem } from './problems';
import { type Phrase } from '../i18n/phrases';
import { sayPhrase } from '../i18n/say_phrase';
import { EN_ALL } from '../i18n/english';
import { deriveShape } from './recipes/index';
import type { ReferenceGeography } from './reference';
import type { Claim } from './schema/claim';
import { parseClaimsFile, type ParseOptions } from './validate';

/** The problem of a claim whose recipe cannot apply (or whose shape was not derived), with why. */
export const recipeProblem = (claim: Claim, error: Phrase): Problem => ({
  where: claim.id,
  field: 'shape',
  found: claim.shape?.recipe ?? 'nothing',
  expected: 'a shape the recipe can derive',
  message: sayPhrase(error, EN_ALL),
  say: error,
  severity: 'error',
});

/** Problems of recipes that cannot apply to the reference geography. */
export const recipeProblems = (claims: readonly Claim[], refs: ReferenceGeography): Problem[] =>
  claims.flatMap((claim) => {
    const { error } = deriveShape(claim, refs);
    return error ? [recipeProblem(claim, error)] : [];
  });

/** Checks one claims file's text: its valid claims, and every problem (recipes too, when `refs` is given). */
export function checkClaimsText(
  text: string,
  refs: ReferenceGeography | null,
  opts: ParseOptions = {},
): { claims: Claim[]; problems: Problem[] } {
  const result = parseClaimsFile(text, opts);
  const problems = refs ? [...result.problems, ...recipeProblems(result.claims, refs)] : result.problems;
  return { claims: result.claims, problems };
}
