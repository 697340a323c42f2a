// The layer panel's tree: claims grouped by party group, then by kind. Pure, so the panel stays thin.
import { PARTIES, partyGroup, type PartyGroup } from '../claims/parties';
import type { Claim, ClaimKind } from '../claims/schema/claim';
import { byCodeUnits } from './order';
import { en } from '../i18n/messages';
import { PARTY_KEYS } from '../i18n/names';
import { ENGLISH, type Words } from '../i18n/words';
import { quoted } from '../i18n/langs';

export const PARTY_GROUPS: readonly PartyGroup[] = ['armenia', 'azerbaijan', 'third'];

/** The groups' names in English (the interface's, in every language, are in src/i18n/). */
export const GROUP_NAMES: Record<PartyGroup, string> = {
  armenia: en.armeniaClaims,
  azerbaijan: en.azerbaijanClaims,
  third: en.thirdParties,
};

export const KIND_NAMES: Record<ClaimKind, string> = {
  advance: 'Advances',
  control: 'Control',
  position: 'Positions',
  boundary: 'Boundary lines',
  incident: 'Incidents',
  diplomatic: 'Diplomatic',
  area: 'Areas',
};

export interface KindNode {
  kind: ClaimKind;
  name: string;
  claims: Claim[];
}

export interface GroupNode {
  group: PartyGroup;
  name: string;
  kinds: KindNode[];
  ids: string[];
}

/** Groups claims by party group then kind, in a fixed order; claims keep their order (by date). */
export function buildLayerTree(claims: readonly Claim[]): GroupNode[] {
  const sorted = [...claims].sort((a, b) => byCodeUnits(a.stated, b.stated) || byCodeUnits(a.id, b.id));
  return PARTY_GROUPS.map((group) => {
    const mine = sorted.filter((c) => partyGroup(c.party) === group);
    const kinds = (Object.keys(KIND_NAMES) as ClaimKind[])
      .map((kind) => ({ kind, name: KIND_NAMES[kind], claims: mine.filter((c) => c.kind === kind) }))
      .filter((k) => k.claims.length > 0);
    return { group, name: GROUP_NAMES[group], kinds, ids: mine.map((c) => c.id) };
  }).filter((g) => g.ids.length > 0);
}

/** A short label for a claim in lists: who (the data's words) and when (in the reader's language). */
export function claimTitle(claim: Claim, w: Words = ENGLISH): string {
  return `${claim.claimant}, ${w.date(claim.stated)}`;
}

/** The ids of claims whose title (claimant and day) another claim has too: their lists also quote them. */
export function sharedTitles(claims: readonly Claim[]): Set<string> {
  const byTitle = new Map<string, string[]>();
  for (const c of claims) {
    const key = `${c.claimant}\u0000${c.stated}`;
    byTitle.set(key, [...(byTitle.get(key) ?? []), c.id]);
  }
  return new Set([...byTitle.values()].filter((ids) => ids.length > 1).flat());
}

/** The opening words of a claim's quote, as said (its own language), to tell same-titled claims apart. */
export function quoteOpening(claim: Claim, maxWords = 8): string {
  const words = claim.statement.quote.trim().split(/\s+/);
  if (words.length <= maxWords) return words.join(' ');
  const cut = words.slice(0, maxWords).join(' ');
  return cut.endsWith('…') ? cut : `${cut} …`; // (not twice where the quote has one of its own)
}

/** A claim's title, with its quote's opening where another claim (in `shared`) has the same title. */
export const distinctTitle = (claim: Claim, shared: ReadonlySet<string>, w: Words = ENGLISH): string =>
  shared.has(claim.id)
    ? `${claimTitle(claim, w)} — ${quoted(w.lang, quoteOpening(claim))}`
    : claimTitle(claim, w);

/** The party's display name, in the reader's language. */
export const partyName = (claim: Claim, w: Words = ENGLISH): string =>
  PARTIES[claim.party] ? w.t(PARTY_KEYS[claim.party]) : claim.party;

/** "2021-05-12" -> "12 May 2021"; "2021-05" -> "May 2021"; "2021" -> "2021" (in English; Words.date otherwise). */
export const formatDate = (date: string): string => ENGLISH.date(date);
