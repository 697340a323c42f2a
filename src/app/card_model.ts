// What a claim's card shows of its shape and figures, from the claim and the computed geometry. Pure.
import { partyGroup, type PartyGroup } from '../claims/parties';
import type { Claim, Figures, Statement } from '../claims/schema/claim';
import { baseLang, type Lang } from '../i18n/langs';
import type { RecipeName } from '../claims/schema/shape';
import type { Side } from '../claims/geo/types';
import { lakeNameIn, sayPhrases } from '../i18n/phrases';
import type { MessageKey } from '../i18n/messages';
import { ENGLISH, type Words } from '../i18n/words';
import type { ClaimGeometry } from './claim_geometry';
import { claimTitle, partyName } from './layer_tree';
import { checkOwnTotals, depthBound, rangeText, type TotalCheck } from './own_totals';

/** The recipes in words, for readers: their message keys. */
export const RECIPE_KEYS: Record<RecipeName, MessageKey> = {
  given: 'recipeGiven',
  'depth-band': 'recipeDepthBand',
  position: 'recipePosition',
  'alternative-boundary': 'recipeAlternativeBoundary',
  'feature-share': 'recipeFeatureShare',
};

export interface CardShapeModel {
  recipe: string;
  recipeText: string;
  params: string[];
  assumptions: string[];
  notes: string[];
  error?: string;
}

export interface CardFiguresModel {
  areaKm2?: number;
  depthKm?: number;
  overlaps: { id: string; title: string; km2: number }[];
  /** The depth the words give as a bound, when the shape is drawn to it. */
  depthBound: string | null;
  /** The drawn area against the totals of ground held the same party stated. */
  totals: TotalCheck[];
  /** Each lake's parts by side under the shape: approximate, from the map's coarse outline of the lake. */
  shares: { feature: string; name: string; text: string }[];
}

/** "Armenia ≈43%, Azerbaijan ≈57%": whole percent, marked as approximate. */
export const shareText = (pct: Record<Side, number>, w: Words = ENGLISH): string =>
  w.t('shareText', { arm: w.percent(pct.ARM), aze: w.percent(pct.AZE) });

/** The names of the recipes' scalar parameters, by the data's key. */
const PARAM_KEYS: Record<string, MessageKey> = {
  side: 'paramSide',
  lengthKm: 'paramLength',
  depthKm: 'paramDepth',
  radiusKm: 'paramRadius',
  snapKm: 'paramSnap',
  feature: 'paramFeature',
};

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A parameter's value in words ("3.5 km", "2–9 km", "Armenia", "Sev Lich"), or null when it has none. */
function paramValue(key: string, value: unknown, w: Words): string | null {
  if (key.endsWith('Km')) {
    if (isNum(value)) return w.t('km', { n: w.stated(value) });
    const r = value as { narrow?: unknown; wide?: unknown } | null;
    if (r && typeof r === 'object' && isNum(r.narrow) && isNum(r.wide))
      return w.t('km', { n: w.t('rangeSpan', { min: w.stated(r.narrow), max: w.stated(r.wide) }) });
    return null;
  }
  if (typeof value !== 'string') return null;
  if (key === 'side')
    return value === 'ARM' ? w.t('partyArmenia') : value === 'AZE' ? w.t('partyAzerbaijan') : value;
  return key === 'feature' ? lakeNameIn(value, w) : value;
}

/** Scalar parameters in words ("depth: 3.5 km"); positions and geometries are in the assumptions instead. */
function describeParams(params: Record<string, unknown>, w: Words): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (key === 'geometry' || key === 'line' || key === 'points') continue;
    const said = paramValue(key, value, w);
    // A key the app has no name for (not one of the recipes'): written as the data has it.
    if (said !== null) out.push(`${PARAM_KEYS[key] ? w.t(PARAM_KEYS[key]) : key}: ${said}`);
    else if (value && typeof value === 'object' && !Array.isArray(value))
      out.push(...describeParams(value as Record<string, unknown>, w));
  }
  return out;
}

/** The "how the shape was drawn" part of a card; null for claims without a shape. */
export function cardShape(claim: Claim, geometry: ClaimGeometry, w: Words = ENGLISH): CardShapeModel | null {
  if (!claim.shape) return null;
  const shape = geometry.shapes.get(claim.id);
  const base = {
    recipe: claim.shape.recipe,
    recipeText: w.t(RECIPE_KEYS[claim.shape.recipe]),
    params: describeParams(claim.shape.params as Record<string, unknown>, w),
  };
  if (!shape) {
    const error = geometry.errors.get(claim.id);
    return { ...base, assumptions: [], notes: [], error: error ? w.say(error) : w.t('noShape') };
  }
  return { ...base, assumptions: sayPhrases(shape.assumptions, w), notes: sayPhrases(shape.notes, w) };
}

/** The figures part of a card; null for claims without a shape. */
export function cardFigures(
  claim: Claim,
  claims: readonly Claim[],
  geometry: ClaimGeometry,
  w: Words = ENGLISH,
): CardFiguresModel | null {
  const f = geometry.figures.get(claim.id);
  if (!f) return null;
  const byId = new Map(claims.map((c) => [c.id, c]));
  return {
    ...(f.areaKm2.main > 0 ? { areaKm2: f.areaKm2.main } : {}),
    depthKm: f.deepestKm.main,
    overlaps: (geometry.overlaps.get(claim.id) ?? []).map((o) => ({
      ...o,
      title: byId.get(o.id) ? claimTitle(byId.get(o.id)!, w) : o.id,
    })),
    depthBound: depthBound(claim, w),
    totals: checkOwnTotals(claim, claims, f.areaKm2, w),
    shares: Object.entries(f.sharesPct ?? {}).map(([feature, pct]) => ({
      feature,
      name: lakeNameIn(feature, w),
      text: shareText(pct, w),
    })),
  };
}

/** Figures stated in the words (not computed), e.g. "area: 40–45 km²", for the card. */
export function statedFigures(figures: Figures | undefined, w: Words = ENGLISH): string[] {
  if (!figures) return [];
  const said = (key: MessageKey, r: Parameters<typeof rangeText>[0] | undefined) =>
    r === undefined ? null : w.t(key, { range: rangeText(r, w) });
  const sideName = (side: string) =>
    side === 'ARM' ? w.t('partyArmenia') : side === 'AZE' ? w.t('partyAzerbaijan') : side;
  return [
    said('statedArea', figures.areaKm2),
    said('statedDepth', figures.depthKm),
    said('statedLength', figures.lengthKm),
    said('statedDistance', figures.distanceKm),
    said('statedTroops', figures.troops),
    ...(figures.shares ?? []).map((s) =>
      w.t('statedShare', {
        feature: lakeNameIn(s.feature, w),
        side: sideName(s.side),
        range: rangeText(s.pct, w),
      }),
    ),
  ].filter((x): x is string => typeof x === 'string');
}

/** A translation of a claim's words that its card shows: never instead of the quote, always labelled. */
export interface CardTranslation {
  lang: Lang;
  text: string;
}

/**
 * The translation a card shows under a claim's quote: the one into the reader's language where the data has
 * it, the English one otherwise; none when the reader reads the quote's own language.
 */
export function cardTranslation(statement: Statement, reader: Lang): CardTranslation | null {
  if (baseLang(statement.lang) === reader) return null;
  const own = reader === 'en' ? undefined : statement.translations?.[reader];
  if (own !== undefined) return { lang: reader, text: own };
  return statement.translation !== undefined ? { lang: 'en', text: statement.translation } : null;
}

export interface CardCheckedModel {
  /** "Checked 3 Dec 2026", or that it has not been. */
  when: string;
  by?: string;
  open?: string;
}

/** What the card says about checking the claim against its sources. */
export function cardChecked(claim: Claim, w: Words = ENGLISH): CardCheckedModel {
  const c = claim.checked;
  if (!c) return { when: w.t('notChecked') };
  return {
    when: w.t('checkedOn', { date: w.date(c.on) }),
    by: c.by,
    ...(c.open ? { open: c.open } : {}),
  };
}

export interface CardWhoseLineModel {
  /** The party group whose colour the line is drawn in when the map colours by whose line. */
  group: PartyGroup;
  /** True when the line is another party's drawing or description, not the claimant's own. */
  other: boolean;
  text: string;
}

/** Whose line the shape draws: the claim's own party unless the shape says another party drew or described it. */
export function cardWhoseLine(claim: Claim, w: Words = ENGLISH): CardWhoseLineModel | null {
  if (!claim.shape) return null;
  const party = partyName(claim, w);
  const line = claim.shape.whoseLine;
  if (!line || line.party === claim.party)
    return { group: partyGroup(claim.party), other: false, text: w.t('lineOwn', { party }) };
  const by = partyName({ ...claim, party: line.party }, w);
  return {
    group: partyGroup(line.party),
    other: true,
    text: line.basis
      ? w.t('lineOtherBasis', { by, basis: line.basis, party })
      : w.t('lineOther', { by, party }),
  };
}
