// Shared wording for assumptions and notes.
import type { Side } from '../geo/types';

export const SIDE_NAMES: Record<Side, string> = { ARM: 'Armenia', AZE: 'Azerbaijan' };

/** A position as "[46.23167, 39.59806]" (lng, lat; about 1 m precision). */
export const fmtPos = (p: readonly number[]): string =>
  `[${(p[0] ?? 0).toFixed(5)}, ${(p[1] ?? 0).toFixed(5)}]`;

/** A number of km, rounded to 10 m. */
export const fmtKm = (km: number): string => `${Number(km.toFixed(2))} km`;

export const REFERENCE_LINE =
  'the reference border line (OpenStreetMap-derived, bridged straight where it breaks at a lake)';

/** Names of the lakes the claims name by id (other lakes are called by their id). */
export const LAKE_NAMES: Record<string, string> = { 'sev-lich': 'Sev Lich' };

export const lakeName = (id: string): string => LAKE_NAMES[id] ?? `lake ${id}`;
