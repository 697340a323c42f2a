// The message keys of the names of parties, party groups, kinds of claim and reference layers. Pure.
import type { PartyGroup, PartyId } from '../claims/parties';
import type { ClaimKind } from '../claims/schema/claim';
import type { ReferenceGroup } from '../map/base_style';
import type { MessageKey } from './messages';

export const GROUP_KEYS: Record<PartyGroup, MessageKey> = {
  armenia: 'armeniaClaims',
  azerbaijan: 'azerbaijanClaims',
  third: 'thirdParties',
};

export const REFERENCE_KEYS: Record<ReferenceGroup, MessageKey> = {
  border: 'refBorder',
  province: 'refProvince',
  places: 'refPlaces',
};

export const KIND_KEYS: Record<ClaimKind, MessageKey> = {
  advance: 'kindAdvance',
  control: 'kindControl',
  position: 'kindPosition',
  boundary: 'kindBoundary',
  incident: 'kindIncident',
  diplomatic: 'kindDiplomatic',
  area: 'kindArea',
};

/** A claim's kind as one word, for its card and the timeline. */
export const KIND_ONE_KEYS: Record<ClaimKind, MessageKey> = {
  advance: 'oneAdvance',
  control: 'oneControl',
  position: 'onePosition',
  boundary: 'oneBoundary',
  incident: 'oneIncident',
  diplomatic: 'oneDiplomatic',
  area: 'oneArea',
};

export const PARTY_KEYS: Record<PartyId, MessageKey> = {
  armenia: 'partyArmenia',
  azerbaijan: 'partyAzerbaijan',
  csto: 'partyCsto',
  russia: 'partyRussia',
  osce: 'partyOsce',
  eu: 'partyEu',
  usa: 'partyUsa',
  france: 'partyFrance',
  un: 'partyUn',
  independent: 'partyIndependent',
};
