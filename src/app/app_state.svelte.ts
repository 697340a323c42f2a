// The app's state: the data (read-only once loaded, keyed by id) and the view state a link carries.
import type { Claim } from '../claims/schema/claim';
import type { Problem } from '../claims/problems';
import { partyGroup } from '../claims/parties';
import { byLastDay, statedBy } from '../claims/dates';
import type { ReferenceGroup } from '../map/base_style';
import { DEFAULT_VIEW, type ColourBy, type CompareMode, type FieldName, type ViewState } from '../url/state';
import { hiddenTokens, REFERENCE_IDS, visibilityFromLink, type GroupIndex } from './layer_ids';
import { PARTY_GROUPS } from './layer_tree';
import type { Lang } from '../i18n/langs';
import type { MessageKey, Params } from '../i18n/messages';
import type { Notice } from '../url/link_notice';
import type { Phrase } from '../i18n/phrases';

/** Why the app could not load: a message and its reason as a phrase, said in the reader's language when shown. */
export interface Failure {
  key: MessageKey;
  reason?: Phrase;
}

export type LoadStatus = 'loading' | 'ready' | 'error';

export class AppState {
  status: LoadStatus = $state('loading');
  /** Said when shown, so it follows a switch of language. */
  failure: Failure | null = $state.raw(null);

  // Data: replaced whole, never mutated.
  claims: Claim[] = $state.raw([]);
  problems: Problem[] = $state.raw([]);
  dataVersion = $state('');

  // View state: what a link restores.
  visibleClaims: ReadonlySet<string> = $state.raw(new Set());
  visibleRefs: ReadonlySet<ReferenceGroup> = $state.raw(new Set(REFERENCE_IDS));
  selected: string | null = $state(null);
  compare: CompareMode = $state('off');
  colourBy: ColourBy = $state('party');
  divider = $state(0.5);
  swapped = $state(false);
  until: string | null = $state(null);
  /** The compact interface of an embedded view. */
  embed = $state(false);
  /** The language the link asks for; null: the browser's. */
  lang: Lang | null = $state(null);

  // Transient.
  hovered: string | null = $state(null);
  /** Shown in the reader's language, so they follow a switch of language. */
  notices: Notice[] = $state.raw([]);

  readonly byId = $derived(new Map(this.claims.map((c) => [c.id, c])));

  /** Party group -> its claim ids. */
  readonly groups: GroupIndex = $derived(
    new Map(
      PARTY_GROUPS.map((g) => [g, this.claims.filter((c) => partyGroup(c.party) === g).map((c) => c.id)]),
    ),
  );

  /** Distinct statement dates, ascending by the last day each covers: the steps of the date filter. */
  readonly dates = $derived([...new Set(this.claims.map((c) => c.stated))].sort(byLastDay));

  /** The claims on the map: toggled on, and stated up to the date filter. */
  readonly shownIds: string[] = $derived(
    this.claims
      .filter((c) => this.visibleClaims.has(c.id) && (this.until === null || statedBy(c.stated, this.until)))
      .map((c) => c.id),
  );

  /** Adds a notice for the reader (a message and its plain-text parameters); the same one is not shown twice. */
  notify(key: MessageKey, params?: Params, problems?: readonly Problem[]): void {
    this.addNotice({ key, ...(params ? { params } : {}), ...(problems ? { problems } : {}) });
  }

  /** Adds a notice made elsewhere (a link's, with its problems as data); the same one is not shown twice. */
  addNotice(notice: Notice): void {
    const same = (n: Notice) => JSON.stringify(n) === JSON.stringify(notice);
    if (!this.notices.some(same)) this.notices = [...this.notices, notice];
  }

  dismissNotice(notice: Notice): void {
    this.notices = this.notices.filter((n) => n !== notice);
  }

  dismissAllNotices(): void {
    this.notices = [];
  }

  /** Shows or hides claims. */
  toggleClaims(ids: readonly string[], on: boolean): void {
    const next = new Set(this.visibleClaims);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    this.visibleClaims = next;
  }

  /** Shows only these claims. */
  showOnly(ids: readonly string[]): void {
    this.visibleClaims = new Set(ids);
  }

  toggleRef(group: ReferenceGroup, on: boolean): void {
    const next = new Set(this.visibleRefs);
    if (on) next.add(group);
    else next.delete(group);
    this.visibleRefs = next;
  }

  /** Applies the non-camera part of a link. Returns the ids the link names that the data does not have. */
  applyLink(link: ViewState): string[] {
    const ids = new Set(this.claims.map((c) => c.id));
    const vis = visibilityFromLink(link, this.groups, ids);
    this.visibleClaims = vis.claims;
    this.visibleRefs = vis.refs;
    const missing = [...vis.unknown];
    if (link.selected && !ids.has(link.selected)) missing.push(link.selected);
    this.selected = link.selected && ids.has(link.selected) ? link.selected : null;
    this.compare = link.compare;
    this.colourBy = link.colourBy;
    this.divider = link.divider;
    this.swapped = link.swapped;
    this.until = link.until;
    this.embed = link.embed;
    this.lang = link.lang;
    return missing;
  }

  /** The non-camera part of the view state, for the link. */
  linkFields(): Pick<ViewState, FieldName> {
    return {
      shown: [],
      hidden: hiddenTokens(
        { claims: new Set(this.visibleClaims), refs: new Set(this.visibleRefs) },
        this.groups,
      ),
      selected: this.selected,
      compare: this.compare,
      colourBy: this.colourBy,
      // The divider is part of the view only in swipe mode; elsewhere the link leaves it out.
      divider: this.compare === 'swipe' ? this.divider : DEFAULT_VIEW.divider,
      swapped: this.swapped,
      until: this.until,
      dataVersion: this.dataVersion || null,
      embed: this.embed,
      lang: this.lang,
    };
  }
}
