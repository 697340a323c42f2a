// Which layers are visible, as link ids: party group ids stand for all their claims, so links stay short.
import { REFERENCE_GROUPS, type ReferenceGroup } from '../map/base_style';

export const REFERENCE_IDS = Object.keys(REFERENCE_GROUPS) as ReferenceGroup[];

/** What is visible: claim ids and reference groups. */
export interface Visibility {
  claims: Set<string>;
  refs: Set<ReferenceGroup>;
}

/** Party group id -> the ids of its claims. */
export type GroupIndex = ReadonlyMap<string, readonly string[]>;

const isRef = (id: string): id is ReferenceGroup => (REFERENCE_IDS as string[]).includes(id);

/**
 * The hidden ids of a visibility, compactly: a party group id when all its claims are hidden, else the
 * hidden claim ids; hidden reference groups by id. Sorted, so the same view always gives the same link.
 */
export function hiddenTokens(vis: Visibility, groups: GroupIndex): string[] {
  const tokens: string[] = REFERENCE_IDS.filter((r) => !vis.refs.has(r));
  for (const [group, ids] of groups) {
    const hidden = ids.filter((id) => !vis.claims.has(id));
    if (hidden.length > 0 && hidden.length === ids.length) tokens.push(group);
    else for (const id of hidden) tokens.push(id);
  }
  return tokens.sort();
}

/** Expands link tokens into claim ids and reference groups; ids that name nothing are returned as unknown. */
export function expandTokens(
  tokens: readonly string[],
  groups: GroupIndex,
  claimIds: ReadonlySet<string>,
): { claims: Set<string>; refs: Set<ReferenceGroup>; unknown: string[] } {
  const claims = new Set<string>();
  const refs = new Set<ReferenceGroup>();
  const unknown: string[] = [];
  for (const token of tokens) {
    const group = groups.get(token);
    if (group) group.forEach((id) => claims.add(id));
    else if (isRef(token)) refs.add(token);
    else if (claimIds.has(token)) claims.add(token);
    else unknown.push(token);
  }
  return { claims, refs, unknown };
}

/** The visibility a link's `shown`/`hidden` pair means: everything by default, less what is hidden. */
export function visibilityFromLink(
  link: { shown: readonly string[]; hidden: readonly string[] | 'all' },
  groups: GroupIndex,
  claimIds: ReadonlySet<string>,
): Visibility & { unknown: string[] } {
  const shown = expandTokens(link.shown, groups, claimIds);
  if (link.hidden === 'all') return { ...shown };
  const hidden = expandTokens(link.hidden, groups, claimIds);
  const claims = new Set([...claimIds].filter((id) => !hidden.claims.has(id) || shown.claims.has(id)));
  const refs = new Set(REFERENCE_IDS.filter((r) => !hidden.refs.has(r) || shown.refs.has(r)));
  return { claims, refs, unknown: [...hidden.unknown, ...shown.unknown] };
}

/**
 * What the map hides before the claims data is in, so that it never draws what a link hides, not even for a
 * moment: the reference groups and whole party groups the link hides. Which single claims a link shows or
 * hides (ids that may belong to any party), and which a date leaves out, only the claims data can tell: such
 * a link starts with every party hidden, and its claims appear once they are checked.
 */
export function hiddenBeforeData(
  link: { shown: readonly string[]; hidden: readonly string[] | 'all'; until?: string | null },
  partyGroups: readonly string[],
): { refs: ReferenceGroup[]; parties: string[] } {
  const shown = new Set(link.shown);
  const hidden = link.hidden === 'all' ? null : new Set(link.hidden);
  const isHidden = (id: string) => !shown.has(id) && (hidden === null || hidden.has(id));
  const isSingleClaim = (id: string) => !isRef(id) && !partyGroups.includes(id);
  const needsClaims =
    link.shown.some(isSingleClaim) ||
    (link.hidden !== 'all' && link.hidden.some(isSingleClaim)) ||
    !!link.until;
  return {
    refs: REFERENCE_IDS.filter(isHidden),
    parties: needsClaims ? [...partyGroups] : partyGroups.filter(isHidden),
  };
}
