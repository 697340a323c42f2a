// What an exported image says beside the map: the legend of the layers it shows, the attributions, the date
// filter and the link to the view. Pure: the drawing is in image.ts.
import type { PartyGroup } from '../claims/parties';
import type { ReferenceGroup } from '../map/base_style';
import { ATTRIBUTION } from '../map/base_style';
import { BASE_COLOURS } from '../map/palette';
import { OVERLAP_COLOUR, PARTY_COLOURS } from '../map/claim_style';

// The overlay's figures are worded as the panel words them (loaded here with the image's other words).
export { overlayFiguresText } from '../ui/overlay_figures';

export interface LegendItem {
  colour: string;
  /** A filled square (claims' areas), a hatched one (derived shapes), a line (reference lines) or a dot. */
  mark: 'fill' | 'hatch' | 'line' | 'dot';
  label: string;
}

export interface ImageCaption {
  legend: LegendItem[];
  /** Plain text: the attributions of the data the map draws. */
  attribution: string;
  /** The overlay's figures in words (ui/overlay_figures.ts), in overlay mode; null otherwise. */
  figures: string | null;
  /** The date filter in words. */
  dates: string;
  link: string;
}

export interface LegendInput {
  /** Party group -> how many of its claims the map shows (groups with none are left out). */
  shown: ReadonlyMap<PartyGroup, number>;
  groupNames: Record<PartyGroup, string>;
  refs: ReadonlySet<ReferenceGroup>;
  refNames: Record<ReferenceGroup, string>;
  /** Whether the overlaps between the sides are drawn (not across a swipe). */
  overlap: boolean;
  claimsWord: (n: number) => string;
  overlapName: string;
  /** What hatching means, when a derived shape is shown; null when none is. */
  derivedName: string | null;
}

/** Hatching's key, in neither side's colour: it says how a shape was made, not whose it is. */
export const DERIVED_KEY_COLOUR = '#4a4a4a';

const REF_MARKS: Record<ReferenceGroup, Omit<LegendItem, 'label'>> = {
  border: { colour: BASE_COLOURS.border, mark: 'line' },
  province: { colour: BASE_COLOURS.provinceLine, mark: 'line' },
  places: { colour: BASE_COLOURS.placeDot, mark: 'dot' },
};

/**
 * The legend of what the map shows: each party with claims on it, the overlaps, what hatching means, the
 * reference layers.
 */
export function legendItems(input: LegendInput): LegendItem[] {
  const items: LegendItem[] = [];
  for (const [group, n] of input.shown) {
    if (n > 0)
      items.push({
        colour: PARTY_COLOURS[group] ?? '#000',
        mark: 'fill',
        label: `${input.groupNames[group]} (${input.claimsWord(n)})`,
      });
  }
  if (input.overlap && [...input.shown.values()].filter((n) => n > 0).length > 1)
    items.push({ colour: OVERLAP_COLOUR, mark: 'fill', label: input.overlapName });
  if (input.derivedName) items.push({ colour: DERIVED_KEY_COLOUR, mark: 'hatch', label: input.derivedName });
  for (const ref of Object.keys(REF_MARKS) as ReferenceGroup[])
    if (input.refs.has(ref)) items.push({ ...REF_MARKS[ref], label: input.refNames[ref] });
  return items;
}

/** The base map's attributions as plain text (the map's own are links). */
export const plainAttribution = (): string =>
  Object.values(ATTRIBUTION)
    .map((html) => html.replace(/<[^>]*>/g, ''))
    .join(' · ');

/** Breaks text into lines no wider than `width`, at spaces, or anywhere in a word too long for a line. */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= width) {
      line = next;
      return;
    }
    if (line) lines.push(line);
    line = '';
    // A word wider than a line (a link): cut it by characters.
    let rest = word;
    while (measure(rest) > width && rest.length > 1) {
      let n = rest.length - 1;
      while (n > 1 && measure(rest.slice(0, n)) > width) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  };
  text.split(/\s+/).filter(Boolean).forEach(push);
  if (line) lines.push(line);
  return lines;
}
