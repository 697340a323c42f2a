/** Colours of the base map: quiet, neutral, and identical for both countries. */
export const BASE_COLOURS = {
  // Inland water is cut out of the land polygons, and beyond them lie the Caspian and Black Seas: water.
  outside: '#c4d9e8',
  land: '#f7f5f0',
  neighbourLand: '#eceae4',
  countryEdge: '#a3a9b1',
  provinceFill: '#efe9dc',
  provinceLine: '#7d6f58',
  lake: '#a8cbe3',
  lakeLine: '#6d9cbf',
  /** Lake names: the water's blue, darkened to read on land and water alike. */
  lakeText: '#2f5f86',
  border: '#1f2630',
  borderCasing: '#ffffff',
  /** The reference line's straight bridges across lakes: an assumption, so grey and dotted. */
  bridge: '#6b7480',
  placeDot: '#3b4350',
  placeText: '#1f2630',
  countryText: '#6b7480',
  halo: '#ffffff',
} as const;
