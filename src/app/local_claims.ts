// A reader's own claims file: checked as `npm run check-claims --geo` checks a file (check_file.ts), then its
// shapes derived, beside the bundled claims or instead of them. Runs in the claims worker; never uploaded.
import { checkClaimsText, recipeProblem } from '../claims/check_file';
import { problemOf, type Problem } from '../claims/problems';
import { phrase } from '../i18n/phrases';
import { referenceFromGeoJSON } from '../claims/reference';
import type { Claim } from '../claims/schema/claim';
import type { BaseDataUrls } from '../map/base_style';
import { toPrecomputed, type PrecomputedFile } from './claim_geometry';
import { BROWSER_DERIVE_BUDGET_MS, deriveAll } from './derive_all';
import { localVersion } from './data_version';
import { fetchJson } from './fetch_json';

/** Beside the bundled claims, or instead of them. */
export type LocalMode = 'beside' | 'instead';

export interface LocalClaimsRequest {
  local: {
    /** The file's name, as the reader's system gave it (used only in messages). */
    name: string;
    text: string;
    mode: LocalMode;
    /** The bundled claims, as loaded: kept beside the file's in `beside` mode. */
    bundled: Claim[];
    /** The reference geography the recipes apply to. */
    base: Pick<BaseDataUrls, 'land' | 'border' | 'lakes'>;
  };
}

export interface LocalClaims {
  /** The claims to show: the file's valid ones (after the bundled ones, in `beside` mode). */
  claims: Claim[];
  /** The ids that came from the file. */
  localIds: string[];
  /** The file's problems, each naming the claim (or the file) and the field. */
  problems: Problem[];
  /** `local-` and the file's content hash: what links made from this view say about its data. */
  version: string;
  geometry: PrecomputedFile;
}

/** Checks the file and derives the shapes to show. */
export async function checkLocalClaims({ local }: LocalClaimsRequest): Promise<LocalClaims> {
  const [land, border, lakes] = await Promise.all([
    fetchJson(local.base.land),
    fetchJson(local.base.border),
    fetchJson(local.base.lakes),
  ]);
  const refs = referenceFromGeoJSON(land, border, lakes);
  // Checked without the reference geography: each shape is derived once, below, and a recipe that cannot
  // apply is a problem from there, as check-claims --geo reports it.
  const checked = checkClaimsText(local.text, null, { source: local.name });
  const problems = checked.problems.map((p) => ({ ...p, where: `${local.name}: ${p.where}` }));
  const bundledIds = new Set(local.bundled.map((c) => c.id));
  const fromFile: Claim[] = [];
  for (const claim of checked.claims) {
    if (local.mode === 'beside' && bundledIds.has(claim.id)) {
      problems.push(
        problemOf(
          `${local.name}: ${claim.id}`,
          'id',
          JSON.stringify(claim.id),
          'an id the bundled claims do not use',
          phrase('prIdUsed', { id: claim.id }),
        ),
      );
    } else fromFile.push(claim);
  }
  const claims = local.mode === 'beside' ? [...local.bundled, ...fromFile] : fromFile;
  const version = localVersion(local.text);
  const derived = deriveAll(claims, refs, { budgetMs: BROWSER_DERIVE_BUDGET_MS });
  for (const claim of fromFile) {
    const error = derived.errors.get(claim.id);
    if (error) problems.push({ ...recipeProblem(claim, error), where: `${local.name}: ${claim.id}` });
  }
  const geometry = toPrecomputed({ claims, problems, version }, derived);
  return { claims, localIds: fromFile.map((c) => c.id), problems, version, geometry };
}
