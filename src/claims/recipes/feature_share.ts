// feature-share: which part of a feature (a lake) lies on which side of the reference line or a claimed line.
import type { LineString, MultiLineString } from 'geojson';
import { grownBox, linesNear } from '../geo/clip';
import { enclosedBetween } from '../geo/enclosed';
import { sharesPct, swapSidesWithin, type SideParts } from '../geo/lake_sides';
import type { Lonlat, Poly } from '../geo/types';
import { bridgeNotes } from '../bridge_notes';
import { borderChains, referenceLakeParts, type ReferenceGeography } from '../reference';
import type { FeatureShareParams } from '../schema/shape';
import type { FeatureShare, Recipe } from './types';
import { phrase, type Phrase } from '../../i18n/phrases';

/** How far the ends of a claimed dividing line may be from the reference line, km. */
export const SHARE_SNAP_KM = 2;

/** A feature's parts per side under `line` (or the reference line), with the line and notes. */
export function shareUnder(
  refs: ReferenceGeography,
  feature: string,
  line?: readonly Lonlat[],
): { share: FeatureShare; line: LineString | MultiLineString; notes: Phrase[] } {
  const ref = referenceLakeParts(refs, feature);
  let parts: SideParts = ref;
  let drawn: LineString | MultiLineString;
  let notes: Phrase[] = [];
  if (line) {
    const enc = enclosedBetween(line, borderChains(refs).lines, SHARE_SNAP_KM);
    parts = swapSidesWithin(ref, enc.area);
    drawn = { type: 'LineString', coordinates: enc.line };
    notes = enc.notes;
  } else {
    const lake = refs.lakes[feature] as Poly;
    drawn = { type: 'MultiLineString', coordinates: linesNear(borderChains(refs).lines, grownBox(lake, 1)) };
  }
  const share: FeatureShare = {
    feature,
    pct: sharesPct(parts),
    parts: { ...(parts.ARM ? { ARM: parts.ARM } : {}), ...(parts.AZE ? { AZE: parts.AZE } : {}) },
  };
  return { share, line: drawn, notes };
}

export const featureShare: Recipe<FeatureShareParams> = (p, refs) => {
  const { share, line, notes } = shareUnder(refs, p.feature, p.line);
  const part = share.parts[p.side];
  return {
    geometry: part ?? line,
    line,
    shares: [share],
    assumptions: [
      phrase(p.line ? 'phShareClaimed' : 'phShareReference', {}),
      phrase('phSharePart', { lake: p.feature, side: p.side }),
    ],
    notes: [...notes, ...bridgeNotes(refs, [p.feature])],
  };
};
