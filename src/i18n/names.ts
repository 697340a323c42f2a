// The message keys of the party groups' and reference layers' names. Pure.
import type { PartyGroup } from '../claims/parties';
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
