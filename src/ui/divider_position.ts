// Where the swipe divider sits. Pure.
//
// The side panel covers part of the map (its left on wide screens, its bottom on phones), and an open claim
// card another (its right, or a taller bottom sheet). The divider's value (the link's `split`) is a share of
// the rest, the part of the map one can see: at any value both sides show.

/** The part of the map not under the panel, along the divider's axis. */
export interface OpenArea {
  /** How far in from the map's left (or top) edge it starts, in rem (the panel's edge on wide screens). */
  startRem: number;
  /** The share of the map's width (or height) short of its far edge where it ends (the sheet on phones). */
  endShare: number;
  /** And how far short of its far edge, in rem, on top of that (the claim card on wide screens). */
  endRem: number;
}

/** Wide screens: the panel is 20rem wide, 0.6rem in from the left (App.svelte's `.side`). */
export const WIDE_OPEN_AREA: OpenArea = { startRem: 20.6, endShare: 0, endRem: 0 };
/** Phones: the panel is a bottom sheet of at most 42% of the height (App.svelte's `.narrow .side`). */
export const NARROW_OPEN_AREA: OpenArea = { startRem: 0, endShare: 0.42, endRem: 0 };
/** Wide screens with a claim card open: it is 22rem wide, 3.2rem in from the right (`.card-panel`). */
export const WIDE_CARD_OPEN_AREA: OpenArea = { ...WIDE_OPEN_AREA, endRem: 25.2 };
/** Phones with a claim card open: it is a bottom sheet of at most 55% (`.narrow .card-panel`). */
export const NARROW_CARD_OPEN_AREA: OpenArea = { ...NARROW_OPEN_AREA, endShare: 0.55 };

/**
 * The open part of the map, for the screen's width, whether a claim card is open, and whether the side panel
 * is shown (an embed's is closed until asked for: then only a card covers the map).
 */
export function openArea(narrow: boolean, cardOpen: boolean, panelShown = true): OpenArea {
  const area = narrow
    ? cardOpen
      ? NARROW_CARD_OPEN_AREA
      : NARROW_OPEN_AREA
    : cardOpen
      ? WIDE_CARD_OPEN_AREA
      : WIDE_OPEN_AREA;
  if (panelShown) return area;
  return narrow ? { ...area, endShare: cardOpen ? area.endShare : 0 } : { ...area, startRem: 0 };
}

/**
 * The divider's offset from the map's left (or top) edge, as a CSS length. The value is clamped as a drag
 * clamps it, so a link's `split=0` or `split=1` still leaves a sliver of each side in view.
 */
export function dividerOffset(value: number, open: OpenArea): string {
  const end = `${+((1 - open.endShare) * 100).toFixed(4)}% - ${open.endRem}rem`;
  return `calc(${open.startRem}rem + ${clampDivider(value)} * (${end} - ${open.startRem}rem))`;
}

/**
 * The divider's value for a pointer at `at` px from the map's edge, on a map `size` px across, with `rem`
 * px to the rem; clamped so that a sliver of each side stays in view.
 */
export function dividerValue(at: number, size: number, rem: number, open: OpenArea): number {
  const start = open.startRem * rem;
  const span = size * (1 - open.endShare) - open.endRem * rem - start;
  return clampDivider(span > 0 ? (at - start) / span : 0.5);
}

/**
 * How much of the open part of the map lies on each side of the divider, in px: [before it (side A), after it
 * (side B)], for a map `size` px across with `rem` px to the rem.
 */
export function sideRoom(value: number, size: number, rem: number, open: OpenArea): [number, number] {
  const start = open.startRem * rem;
  const end = size * (1 - open.endShare) - open.endRem * rem;
  const at = start + clampDivider(value) * (end - start);
  return [Math.max(0, at - start), Math.max(0, end - at)];
}

export const clampDivider = (v: number): number => Number(Math.min(0.98, Math.max(0.02, v)).toFixed(3));
