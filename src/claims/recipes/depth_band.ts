// depth-band: land on one side within a depth of a stretch of the reference border.
import { buffer } from '@turf/buffer';
import type { Feature } from 'geojson';
import { RecipeError } from '../geo/errors';
import { locate, simplifyKm, sliceAlongKm, lengthKm } from '../geo/lines';
import { intersectPolys, unionAll } from '../geo/polys';
import { readings } from '../geo/ranges';
import type { Lonlat, Poly } from '../geo/types';
import { bridgeNotes, lakeOfBridge } from '../bridge_notes';
import { borderChains, landNear, referenceLakeParts } from '../reference';
import type { DepthBandParams } from '../schema/shape';
import type { Recipe } from './types';
import { phrase, type Phrase } from '../../i18n/phrases';

/** How far the centre may be from the border: further, and the claim is not about this border. */
export const MAX_CENTER_KM = 25;

/**
 * The most vertices of border a band is buffered around. turf's buffer slows steeply with vertices and depth
 * (300 km of border, 535 vertices, 100 km deep: 6 to 10 s); a stretch with more is simplified first.
 */
export const MAX_STRETCH_VERTICES = 50;

/**
 * The stretch as buffered: as it is, or simplified to at most MAX_STRETCH_VERTICES, within 2% of the depth
 * and more if need be. The band's far edge moves by at most the tolerance; its edge along the border does not
 * (the band is clipped to the side's land, which the buffer still covers there).
 */
export function bufferedStretch(stretch: Lonlat[], depthKm: number): { line: Lonlat[]; toleranceKm: number } {
  let toleranceKm = 0;
  let line = stretch;
  while (line.length > MAX_STRETCH_VERTICES) {
    toleranceKm = toleranceKm === 0 ? depthKm / 50 : toleranceKm * 1.5;
    line = simplifyKm(stretch, toleranceKm);
  }
  return { line, toleranceKm };
}

/** The band of `ground` within `depthKm` of the line `stretch`. */
function band(stretch: Lonlat[], depthKm: number, ground: Poly): Poly | null {
  const buf = buffer({ type: 'LineString', coordinates: bufferedStretch(stretch, depthKm).line }, depthKm, {
    units: 'kilometers',
    steps: 32,
  }) as Feature<Poly> | undefined;
  return buf ? intersectPolys(buf.geometry, ground) : null;
}

export const depthBand: Recipe<DepthBandParams> = (p, refs) => {
  const chains = borderChains(refs);
  const at = locate(chains.lines, p.along.center);
  if (!at || at.distanceKm > MAX_CENTER_KM)
    throw new RecipeError(
      at
        ? phrase('errCentreFar', { center: p.along.center, km: at.distanceKm, max: MAX_CENTER_KM })
        : phrase('errCentreNoLine', { center: p.along.center, max: MAX_CENTER_KM }),
    );
  const chain = chains.lines[at.line] as Lonlat[];
  const depth = readings(p.depthKm);
  const len = readings(p.along.lengthKm);
  const lakes = p.lakes ?? [];
  const ground = unionAll([
    landNear(refs, p.side, { type: 'Point', coordinates: at.point }, len.wide / 2 + depth.wide + 1),
    ...lakes.map((id) => referenceLakeParts(refs, id)[p.side]),
  ]);
  if (!ground) throw new RecipeError(phrase('errNoGround', { side: p.side }));
  const stretchOf = (l: number) => sliceAlongKm(chain, at.alongKm - l / 2, at.alongKm + l / 2);
  const main = band(stretchOf(len.main), depth.main, ground);
  if (!main) throw new RecipeError(phrase('errBandEmpty', { side: p.side }));
  const exact = depth.exact && len.exact;
  const assumptions = [
    phrase('phBandStretch', { length: p.along.lengthKm, center: p.along.center }),
    phrase('phBandDepth', { side: p.side, depth: p.depthKm }),
    ...(exact
      ? []
      : [
          phrase('phBandReadings', {
            depthNarrow: depth.narrow,
            lengthNarrow: len.narrow,
            depthWide: depth.wide,
            lengthWide: len.wide,
          }),
        ]),
    ...lakes.map((id) => phrase('phBandLake', { lake: id, side: p.side })),
  ];
  const notes: Phrase[] = [phrase('phBandCentre', { km: at.distanceKm })];
  const wideStretch = stretchOf(len.wide);
  const simplified = bufferedStretch(wideStretch, depth.wide);
  if (simplified.toleranceKm > 0)
    notes.push(
      phrase('phBandSimplified', {
        from: wideStretch.length,
        to: simplified.line.length,
        km: simplified.toleranceKm,
      }),
    );
  const got = lengthKm(wideStretch);
  if (got < len.wide - 0.01) notes.push(phrase('phBandLineEnds', { got, wide: len.wide }));
  // The lakes whose bridge the stretch runs along: the shape uses that bridge as much as a lake part does.
  const bridgedLakes: string[] = [];
  for (const b of chains.bridges) {
    const mid: Lonlat = [(b.from[0] + b.to[0]) / 2, (b.from[1] + b.to[1]) / 2];
    if ((locate([wideStretch], mid)?.distanceKm ?? Infinity) >= 0.001) continue;
    const lake = lakeOfBridge(refs, b);
    if (lake) bridgedLakes.push(lake);
    else notes.push(phrase('phBandBreak', { km: b.km }));
  }
  notes.push(...bridgeNotes(refs, [...lakes, ...bridgedLakes]));
  const shape = { geometry: main, assumptions, notes };
  if (exact) return shape;
  const narrow = band(stretchOf(len.narrow), depth.narrow, ground) ?? undefined;
  const wide = band(wideStretch, depth.wide, ground) ?? undefined;
  return { ...shape, ...(narrow ? { narrow } : {}), ...(wide ? { wide } : {}) };
};
