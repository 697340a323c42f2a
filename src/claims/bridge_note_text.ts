// The words of a bridge note, apart from the geometry that finds the bridges (bridge_notes.ts): the page's
// main chunk reads these notes back to say them in the reader's language, and must not pull in that code. Pure.
import { fmtKm, LAKE_NAMES, lakeName } from './recipes/words';

/** What a bridge note says: the lake, the bridge's length and the lake outline's vertices. */
export interface BridgeNote {
  lake: string;
  km: number;
  vertices: number;
}

/** A bridge note in words (the shapes' files keep it in English; cards show it in the reader's language). */
export const bridgeNoteText = (n: BridgeNote): string =>
  `Border across ${lakeName(n.lake)}: a straight bridge between the shore points (${fmtKm(n.km)}), an assumption ` +
  `of this map. The lake's outline is a ${n.vertices}-vertex gap in the land data, not a surveyed shore, and ` +
  `this shape and its figures use both.`;

const BRIDGE_NOTE =
  /^Border across (.+): a straight bridge between the shore points \((\d+(?:\.\d+)?) km\), an assumption of this map\. The lake's outline is a (\d+)-vertex gap in the land data, not a surveyed shore, and this shape and its figures use both\.$/;

/** Reads a note `bridgeNoteText` wrote (so a card can say it in another language); null for any other text. */
export function readBridgeNote(text: string): BridgeNote | null {
  const m = BRIDGE_NOTE.exec(text);
  if (!m) return null;
  const name = m[1]!;
  const lake = Object.entries(LAKE_NAMES).find(([, n]) => n === name)?.[0] ?? name.replace(/^lake /, '');
  return { lake, km: Number(m[2]), vertices: Number(m[3]) };
}
