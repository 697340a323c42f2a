// The interface's words: a small typed catalogue. English is the source, here; every other language is a
// module of its own (hy.ts, az.ts, ru.ts), typed `Messages`, so a missing key fails `npm run check`, and
// tests/unit/i18n-messages.test.ts checks keys and {placeholders} too. Those modules are loaded only when a
// reader picks the language (catalogues.ts): English readers download none of them. Claims keep their own
// words: only the interface is here. Pure.

import type { enDetails } from './details';

export const en = {
  title: 'Syunik and Gegharkunik border claims, May 2021',
  language: 'Language',
  compareMode: 'Compare mode',
  modeMap: 'Map',
  modeSwipe: 'Swipe',
  modeOverlay: 'Overlay',
  swapSides: 'Swap sides',
  homeView: 'Back to the claims',
  share: 'Share view',
  shared: 'Shared',
  linkCopied: 'Link copied',
  copyThisLink: 'Copy this link:',
  linkToView: 'Link to this view',
  export: 'Export',
  layersTab: 'Layers',
  timelineTab: 'Timeline',
  panelLabel: 'Layers and statements',
  loading: 'Loading the map and the claims…',
  mapRegion: 'Map of the Syunik border area',
  mapCanvas: 'Map',
  skipToMap: 'Skip to the map',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetNorth: 'Drag to turn the map; click to put north up and the map flat',
  unitKm: 'km',
  unitM: 'm',
  fullView: 'Open the full view ↗',
  armeniaClaims: 'Armenia’s claims',
  azerbaijanClaims: 'Azerbaijan’s claims',
  thirdParties: 'Third parties',
  refBorder: 'Armenia–Azerbaijan boundary (OpenStreetMap reference line)',
  refProvince: 'Syunik province outline',
  refPlaces: 'Places',
  overlapName: 'Claimed by both sides',
  claimsCount: 'claims: {n}',
  datesAll: 'All statements, every date',
  datesUntil: 'Claims stated up to {date}',
  attribution: 'Map data: {sources}. Claims: see each claim’s sources.',
  openLocal: 'Open a claims file…',
  localModeLabel: 'Show the file’s claims',
  beside: 'beside ours',
  instead: 'instead of ours',
  dropHint: 'Or drop one on the map. It stays on this device.',
  checking: 'Checking the file…',
  showingFile: 'Showing {name}.',
  problemCount: 'Problems: {n}.',
  backToBundled: 'Back to the bundled claims',
  andMore: 'and {n} more',
  reference: 'Reference',
  only: 'only',
  showOnly: 'Show only {name}',
  shownOf: '{shown} of {total} shown',
  listAll: 'List all {n}',
  kindAdvance: 'Advances',
  kindControl: 'Control',
  kindPosition: 'Positions',
  kindBoundary: 'Boundary lines',
  kindIncident: 'Incidents',
  kindDiplomatic: 'Diplomatic',
  kindArea: 'Areas',
  swipeSide: '{name} (swipe side)',
  cardLabel: 'Claim card',
  mapFailed: 'The map could not load its data.',
  appFailed: 'The app could not load its data: {reason}',
  localFileLabel: 'Your own claims file',
  dismissAll: 'Dismiss all {n} notices',
  dismissNotice: 'Dismiss this notice',
  noticeLink:
    'This link asked for things the app could not use ({n}; text in quotes comes from the link, not from this site): {list}.',
  noticeLinkMore:
    'This link asked for things the app could not use ({n}; text in quotes comes from the link, not from this site): {list}; and {rest} more not listed.',
  noticeLocalLink:
    "This link was made with a claims file opened on the reader's own device ({version}): open the same file (Open a claims file…) to see its claims.",
  noticeDataChanged: 'The data has changed since this link was made; these claims no longer exist: {ids}.',
  noticeDataChangedAll: 'The data has changed since this link was made; all its claims still exist.',
  noticeUnknownIds: 'Link: ignored unknown claim or layer ids: {ids}.',
  noticeAllHidden: 'Link: it hides every claim, so the map shows none.',
  noticeAllHiddenRefs:
    'Link: it hides every claim and every reference layer, so the map shows only land and lakes.',
  mapFileUnreadable: 'Map data {file} could not be read ({reason}); it is left out.',
  mapFileHttp: 'Map data {file} could not load (HTTP {status}); it is left out.',
  mapFileNotJson: 'Map data {file} is not JSON; it is left out.',
  mapFileTooLarge: 'Map data {file} is larger than {max} MB, the most a map file may be; it is left out.',
  mapFileNotCollection: 'Map data {file} is not a GeoJSON FeatureCollection; it is left out.',
  mapFeaturesMalformed:
    'Map data {file}: features left out: {n}, not valid GeoJSON features (the first: {at}).',
  mapFeaturesNotNumbers:
    'Map data {file}: features left out: {n}, with positions that are not numbers (the first: {at}).',
  mapFeaturesOutside:
    "Map data {file}: features left out: {n}, with positions outside the map's region, longitude {west} to {east}, latitude {south} to {north} (the first: {at}, {found}).",
  mapFeaturesTooBig:
    'Map data {file}: features left out: {n}, with more than {max} positions each (the first: {at}).',
  mapFeaturesLongText:
    'Map data {file}: features left out: {n}, with a text longer than {max} characters (the first: {at}, {found} characters).',
  mapFeaturesOverBudget:
    'Map data {file}: features left out: {n}, past the {features} features or {max} positions a map file may have (the first: {at}).',
  mapFeaturesUnknownClaim:
    'Map data {file}: features left out: {n}, drawing claims that are not in the claims data (the first: {at}, claim {found}).',
  noticeRederive:
    'The claims data is newer than its precomputed shapes (npm run derive): computing them here.',
  noticeInvalid: 'Invalid entries left out of the claims data: {n}. {list}.',
  noticeFileUnreadable: 'The file {name} could not be read: {reason}',
  timelineHeading: 'Statements by date',
  showStated: 'Show claims stated',
  untilAllDates: 'all dates',
  untilDate: 'up to {date}',
  showMore: 'Show more ({n} left)',
  compareLabel: 'Comparison of the shown claims',
  compareHeading: 'Overlay: shown claims compared',
  compareBoth: 'Claimed in both sides’ shapes',
  compareOnly: 'Only in',
  compareNote: 'Areas of the drawn shapes (main readings) of the claims now shown; overlap is cross-hatched.',
  km2: '{n} km²',
  km: '{n} km',
  swipeDivider: 'Swipe divider between {a} and {b}',
  colourShapesBy: 'Colour shapes by',
  colourByParty: 'who said it',
  colourByLine: 'whose line',
  derivedKey: 'Hatched: derived from the words by a stated recipe, not surveyed',
  overlapLegend:
    'Red cross-hatch: where shapes drawn for the two sides’ claims overlap, as drawn (a dotted outline is one party’s description of the other’s line)',
  derivedLegend:
    'Hatched, with a dashed edge: a shape derived from the words by a stated recipe, not a surveyed line. Around it, a pale fill to a fine dotted edge is its widest reading; a dashed line inside, its narrowest (its card gives the recipe)',
  describedLegend:
    'Dotted outline: a line described by another party than the one that said it, in the describer’s colour',
  bridgeLegend:
    'Border across Sev Lich: a straight bridge between the shore points, an assumption of this map (the land data has a coarse gap there, not a surveyed shore)',
  showOnMap: 'Show {name} on the map',
  openCardOf: 'Open the card of {name}',
  closeCard: 'Close the card',
  about: 'refers to {date}',
  unconfirmed: 'unconfirmed',
  translation: 'Translation ({lang})',
  statedOn: 'stated {date}',
  sources: 'Sources',
  linkNotShown: '(link not shown: not http(s))',
  archivedCopy: 'archived copy',
  howDrawn: 'How the shape was drawn',
  assumptions: 'Assumptions:',
  noShape: 'No shape.',
  figures: 'Figures',
  figArea: 'Area',
  figDepth: 'Deepest point from the reference border',
  figOverlap: 'Overlap with',
  figShare: '{lake} by side under this shape',
  coarseOutline: "on this map's coarse outline",
  openTotal: 'Open the total’s card',
  wordsFigures: 'Figures in the words',
  editorsNote: 'Editor’s note',
  checkedHeading: 'Checked',
  found: 'Found:',
  stillOpen: 'Still open:',
  related: 'Related statements',
  respondsTo: 'Responds to',
  contradicts: 'Contradicts',
  answeredBy: 'Answered by',
  notChecked: 'Not yet checked against its sources.',
  checkedOn: 'Checked against its sources on {date}.',
  lineOwn: "Line as {party} gives it (the claimant's own).",
  lineOther: 'Line as described by {by}, not by {party}.',
  lineOtherBasis: 'Line as described by {by} ({basis}), not by {party}.',
  shareText: 'Armenia ≈{arm}, Azerbaijan ≈{aze}',
  depthBoundMax:
    'Depth in the words: up to {max} km, a maximum. The band is drawn as deep as the words allow, so its area is an upper bound: the ground held can be less.',
  depthBoundRange:
    'Depth in the words: {range} km. The band is drawn as deep as the words allow, so its area is an upper bound: the ground held can be less.',
  rangeSpan: '{min}–{max}',
  rangeAbout: 'about {n}',
  rangeUpTo: 'up to {n}',
  rangeUpToAbout: 'up to about {n}',
  rangeOver: 'over {n}',
  rangeOverAbout: 'over about {n}',
  totalOf: "{party}'s own total of {range} km² ({title})",
  totalCannot:
    'Even at its narrowest ({least} km²; {main} km² as drawn), this shape alone is larger than {total}: as drawn, the two cannot both hold.',
  totalMain:
    'As drawn ({main} km²), this shape alone is larger than {total}; its narrowest reading ({least} km²) fits within it.',
  totalWide:
    'At its widest ({most} km²), this shape alone is larger than {total}; {main} km² as drawn fits within it.',
  totalWithin: 'This shape ({main} km² as drawn, {most} km² at its widest) fits within {total}.',
  statedArea: 'area: {range} km²',
  statedDepth: 'depth: {range} km',
  statedLength: 'length: {range} km',
  statedDistance: 'distance: {range} km',
  statedTroops: 'troops: {range}',
  statedShare: 'share of {feature} on the {side} side: {range}%',
  oneAdvance: 'advance',
  oneControl: 'control',
  onePosition: 'position',
  oneBoundary: 'boundary',
  oneIncident: 'incident',
  oneDiplomatic: 'diplomatic',
  oneArea: 'area',
  partyArmenia: 'Armenia',
  partyAzerbaijan: 'Azerbaijan',
  partyCsto: 'Collective Security Treaty Organization',
  partyRussia: 'Russia',
  partyOsce: 'OSCE (incl. the Minsk Group co-chairs)',
  partyEu: 'European Union',
  partyUsa: 'United States',
  partyFrance: 'France',
  partyUn: 'United Nations',
  partyIndependent: 'Independent (experts, media, archives)',
  lakeSevLich: 'Sev Lich',
  bridgeNote:
    "Border across {lake}: a straight bridge between the shore points ({km} km), an assumption of this map. The lake's outline is a {n}-vertex gap in the land data, not a surveyed shore, and this shape and its figures use both.",
  mapBorder: 'Armenia–Azerbaijan boundary',
  mapBorderNote: 'reference line · OpenStreetMap',
  mapProvince: 'SYUNIK',
} as const;

/**
 * Every message's key: the interface's (`en`, here, in the first view's code) and the details' (details.ts:
 * the recipes' sentences, the checker's problems, the export's note; English loaded when first needed).
 */
export type MessageKey = keyof typeof en | keyof typeof enDetails;
export type Messages = Record<MessageKey, string>;

/** The {placeholders} of a message, sorted. */
export const placeholders = (message: string): string[] =>
  [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

export type Params = Record<string, string | number>;

/** A message's {placeholders} filled with plain text (the UI never renders HTML); unknown ones stay as they are. */
export const fill = (text: string, params: Params = {}, show: (n: number) => string = String): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : typeof value === 'number' ? show(value) : value;
  });
