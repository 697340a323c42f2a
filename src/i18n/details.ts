// The interface's longer English words that only some views need: the recipes' sentences (a card's "how the
// shape was drawn"), the checker's problems, why something could not load, the GeoJSON export's note. A chunk of
// its own, loaded when first needed (i18n.svelte.ts): the first view does not carry them. The other
// languages' catalogues hold these keys too (they are loaded whole, when picked). With them comes what says a
// phrase in any language (say_phrase.ts). Pure.

export { sayPhrase } from './say_phrase';

export const enDetails = {
  phGivenAsIs:
    'The shape is drawn as given in the data (checked: closed rings, coordinates in range, no self-intersections).',
  phGivenRewound:
    'Ring winding repaired to the RFC 7946 right-hand rule (outer rings counter-clockwise, holes clockwise).',
  phBandStretch:
    'Border stretch: {refLine}, {length} of it, centred on its point nearest to {center} (half the length either way, measured along the line).',
  phBandDepth: 'Depth: every point of {side} land within {depth} of that stretch.',
  phBandReadings:
    'Narrowest reading: {depthNarrow} km deep along {lengthNarrow} km of border; widest: {depthWide} km deep along {lengthWide} km.',
  phBandLake: "Lake {lake}: its part on {side} side of the reference line counts as that side's ground.",
  phBandCentre: 'The centre is {km} km from the reference border.',
  phBandSimplified:
    'The border stretch ({from} vertices) was simplified to {to} before the band was drawn: its far edge may be up to {km} km off.',
  phBandLineEnds:
    'The reference line ends within the stretch: the widest stretch is {got} km, not {wide} km.',
  phBandBreak: 'The stretch crosses a {km} km break in the reference line, bridged straight.',
  phPositions: 'Positions: {points}.',
  phPositionRadius: 'Each is known to within {radius}: the area drawn around the points.',
  phPositionRadii: 'Each is known to within {radius}: the narrow and wide readings drawn around the points.',
  phAltRuns:
    'The claimed boundary runs as given ({n} positions, from {from} to {to}); its ends join {refLine} within {snap} km.',
  phAltBeyond: 'Beyond its ends the claim is read as accepting the reference line.',
  phAltArea: 'The shape is the area between the two lines: land and water on different sides under each.',
  phJoined:
    "The line's ends are joined to the reference line at {from} ({fromM} m away) and {to} ({toM} m away).",
  phShareClaimed: 'The dividing line is the claimed line as given; beyond its ends, {refLine}.',
  phShareReference: 'The dividing line is {refLine}.',
  phSharePart: 'Each part of {lake} goes to the side of the line it lies on; the shape drawn is {side} part.',
  phSampled:
    'The outline is long: its deepest point was sought on points {m} m apart (not {usual} m), so the depth may be up to {short} m short.',
  phRefLine: 'the reference border line (OpenStreetMap-derived, bridged straight where it breaks at a lake)',
  phPosition: '[{lng}, {lat}]',
  phKmRange: '{narrow}–{wide} km (main shape: {main} km)',
  phUnreadable: '(a note this version of the app cannot read)',
  sideOfArmenia: "Armenia's",
  sideOfAzerbaijan: "Azerbaijan's",
  errCentreFar: 'along.center {center} is {km} km from the reference border (at most {max} km allowed)',
  errCentreNoLine: 'along.center {center} is far from the reference border (at most {max} km allowed)',
  errNoGround: 'no ground on {side} side',
  errBandEmpty: 'the band holds none of {side} land: is along.center near that side of the border?',
  errRefEmpty: 'the reference line is empty',
  errStartFar:
    "the line's start is {km} km from the reference line (at most {max} km allowed): a claimed boundary must start and end on the reference border",
  errEndFar:
    "the line's end is {km} km from the reference line (at most {max} km allowed): a claimed boundary must start and end on the reference border",
  errDifferentPieces: 'the line starts and ends near different pieces of the reference line',
  errNoLake: 'no lake "{lake}" in the reference geography (known: {known})',
  errRecipe: '{recipe} failed: {reason}',
  errNotDrawn: "not drawn: computing this data's shapes took more than {s} s, and this one was left for last",
  paramSide: 'side',
  paramLength: 'length',
  paramDepth: 'depth',
  paramRadius: 'radius',
  paramSnap: 'snap',
  paramFeature: 'feature',
  prMoreProblems: '{n} more problems are not listed; fix the ones above and check again',
  prUnknownField: 'unknown field {name} (a typo? see schema.json for the allowed fields)',
  prMissingField: 'missing field {name}',
  prTypeText: 'must be text',
  prTypeNumber: 'must be a number',
  prTypeBoolean: 'must be true or false',
  prTypeList: 'must be a list',
  prTypeObject: 'must be an object',
  prBadForm: 'does not have the required form (see schema.json)',
  prNotFinite: 'must be a finite number',
  prTooLong: 'too long: at most {max}',
  prTooShort: 'too short: at least {min}',
  prOutOfRange: 'out of range: expected {expected}',
  prNotOneOf: 'not one of the allowed values: {expected}',
  prBadValue: 'not a valid value (see schema.json)',
  prNoSuchDate: 'this date does not exist in the calendar',
  prNotHttpUrl: 'a URL must be an absolute http:// or https:// address',
  prNeedsTranslation: 'a quote not in English needs an English translation',
  prOwnLanguage: 'a quote needs no translation into its own language: the quote is the original',
  prEmptyRange: 'a range needs min, max or both',
  prMinOverMax: 'min must not be larger than max',
  prShareRange: 'a share is between 0 and 100 percent',
  prPeriodOrder: 'the period ends before it starts: refersTo.to must not be before refersTo.from',
  prRingOpen: 'the ring is not closed: its last position must repeat its first',
  prShapePositions: 'a claim shape may have at most {max} positions',
  prRingsCross: 'a ring crosses itself or another ring near {at}; self-intersections are not repaired',
  prReadingsOrder: 'the narrow reading must not be larger than the wide one',
  prListedTwice: 'the list lists an entry twice: name each once',
  prNotJson: 'not valid JSON: {reason}',
  prNotJsonAt: 'not valid JSON at line {line}, column {column}: {reason}',
  prNotText: 'not text',
  prFileTooLarge: 'the file is too large (limit {max} bytes); split it into several files',
  prNotObject: 'the file must be a JSON object with "dataset" and "claims"',
  prDuplicateId:
    'duplicate id: claims[{first}] already has "{id}"; that first claim is kept, this one (claims[{index}]) is left out',
  prBidi: 'the text holds an invisible control that reverses text around it; the app shows it without',
  prSelfReference: 'a claim cannot refer to itself; the claim is kept',
  prNoSuchClaim: 'no claim with id "{id}" in this file; the claim is kept, the link will not resolve',
  prTooManyPositions:
    'the shape has {n} positions in all, more than the {max} a claim may have; the claim is left out',
  prOutsideRegion:
    "{at} lies outside the case's region (longitude {w} to {e}, latitude {s} to {n}); the claim is left out",
  prOutsideRegionMore:
    "{at} lies outside the case's region (longitude {w} to {e}, latitude {s} to {n}), as do {more} more of the shape's {count} positions; the claim is left out",
  prFileBudget:
    "the file's shapes would have more than {max} positions with this claim; it is left out (split the file)",
  prMalformed: 'malformed in the precomputed file; left out',
  prSecondId: 'a second claim with this id; the first is kept',
  prIdUsed: 'the id "{id}" is already used by a bundled claim; this claim is left out',
  prLocalTooLarge: 'the file is too large ({size} bytes); nothing was read',
  errLoad: 'Could not load {url} (HTTP {status}).',
  errLoadClaims: 'Could not load the claims file {name} (HTTP {status}).',
  errPrecomputedUnreadable: 'The precomputed claims file (claim-shapes.json) could not be read.',
  errPrecomputedNoList: 'The precomputed claims file (claim-shapes.json) has no list of claims.',
  exportNoteClaims:
    'Claims: what each side said, with its sources; a derived shape (recipe other than "given") is a reading of the words by a stated recipe, not a surveyed line.',
  exportLicenceLand: 'Reference border and land: {licence}',
  exportLicenceProvince: 'Syunik outline: {licence}',
  exportLicencePlaces: 'Places: {licence}',
  exportQuotes: 'Quotes are brief and attributed to their sources.',
  errImageEncode: 'The image could not be encoded.',
} as const;
