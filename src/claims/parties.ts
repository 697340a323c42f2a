// The closed list of parties a claim can speak for, and the group each belongs to.

/** How the map groups a party: each belligerent on its own, everyone else as `third`. */
export type PartyGroup = 'armenia' | 'azerbaijan' | 'third';

export interface PartyInfo {
  readonly name: string;
  readonly group: PartyGroup;
}

/** Every party id the data may use. Add a row here (and re-export the schema) to allow a new one. */
export const PARTIES = {
  armenia: { name: 'Armenia', group: 'armenia' },
  azerbaijan: { name: 'Azerbaijan', group: 'azerbaijan' },
  csto: { name: 'Collective Security Treaty Organization', group: 'third' },
  russia: { name: 'Russia', group: 'third' },
  osce: { name: 'OSCE (incl. the Minsk Group co-chairs)', group: 'third' },
  eu: { name: 'European Union', group: 'third' },
  usa: { name: 'United States', group: 'third' },
  france: { name: 'France', group: 'third' },
  un: { name: 'United Nations', group: 'third' },
  independent: { name: 'Independent (experts, media, archives)', group: 'third' },
} as const satisfies Record<string, PartyInfo>;

export type PartyId = keyof typeof PARTIES;

export const PARTY_IDS = Object.keys(PARTIES) as [PartyId, ...PartyId[]];

/** The map group of a party id. */
export const partyGroup = (party: PartyId): PartyGroup => PARTIES[party].group;
