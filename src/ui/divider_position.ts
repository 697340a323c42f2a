// Where the swipe divider sits. Pure.
//
// The side panel covers part of the map (its left on wide screens, its bottom on phones). The divider's value
// (the link's `split`) is a share of the rest, the part of the map one can see: at any value both sides show.

/** The part of the map not under the panel, along the divider's axis. */
export interface OpenArea {
  /** How far in from the map's left (or top) edge it starts, in rem (the panel's edge on wide screens). */
  startRem: number;
  /** The share of the map's width (or height) short of its far edge where it ends (the sheet on phones). */
  endShare: number;
}

/** Wide screens: the panel is 20rem wide, 0.6rem in from the left (App.svelte's `.side`). */
export const WIDE_OPEN_AREA: OpenArea = { startRem: 20.6, endShare: 0 };
/** Phones: the panel is a bottom sheet of at most 42% of the height (App.svelte's `.narrow .side`). */
export const NARROW_OPEN_AREA: OpenArea = { startRem: 0, endShare: 0.42 };

/** The divider's offset from the map's left (or top) edge, as a CSS length. */
export function dividerOffset(value: number, open: OpenArea): string {
  const end = `${+((1 - open.endShare) * 100).toFixed(4)}%`;
  return `calc(${open.startRem}rem + ${value} * (${end} - ${open.startRem}rem))`;
}

/**
 * The divider's value for a pointer at `at` px from the map's edge, on a map `size` px across, with `rem`
 * px to the rem; clamped so that a sliver of each side stays in view.
 */
export function dividerValue(at: number, size: number, rem: number, open: OpenArea): number {
  const start = open.startRem * rem;
  const span = size * (1 - open.endShare) - start;
  return clampDivider(span > 0 ? (at - start) / span : 0.5);
}

export const clampDivider = (v: number): number => Number(Math.min(0.98, Math.max(0.02, v)).toFixed(3));
