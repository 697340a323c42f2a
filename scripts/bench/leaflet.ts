// The Leaflet peer page (`bench/leaflet/`): Leaflet 1.9 from the npm registry, drawing the app's own GeoJSON
// files, as its build serves them, at the app's first camera and map size.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_COLOURS as C } from '../../src/map/palette';
import { OVERLAP_COLOUR, PARTY_COLOURS } from '../../src/map/claim_style';
import type { BareConfig } from './bare';

interface PeerFile {
  url: string;
  style: Record<string, unknown>;
  /** Draw points as dots. */
  dots?: boolean;
  /** Draw points as text labels, from this property. */
  labels?: string;
}

/**
 * The app's GeoJSON files, bottom to top as the app draws them, each with a plain Leaflet style in the app's
 * colours. (Names as src/map/base_data.ts and the claim features give them; the build adds a hash.)
 */
const FILES: [RegExp, Omit<PeerFile, 'url'>][] = [
  [/^land-/, { style: { color: C.countryEdge, weight: 0.8, fillColor: C.land, fillOpacity: 1 } }],
  [
    /^syunik-/,
    {
      style: {
        color: C.provinceLine,
        weight: 1.5,
        dashArray: '6 3',
        fillColor: C.provinceFill,
        fillOpacity: 0.35,
      },
    },
  ],
  [/^lakes-/, { style: { color: C.lakeLine, weight: 0.8, fillColor: C.lake, fillOpacity: 1 } }],
  ...(['armenia', 'azerbaijan', 'third'] as const).map((party): [RegExp, Omit<PeerFile, 'url'>] => [
    new RegExp(`^${party}-`),
    { style: { color: PARTY_COLOURS[party], weight: 2.2, fillOpacity: 0.3 }, dots: true },
  ]),
  [/^overlap-/, { style: { color: OVERLAP_COLOUR, weight: 0, fillOpacity: 0.4 } }],
  [/^border-(?!labels)/, { style: { color: C.border, weight: 2 } }],
  [/^border-labels-/, { style: {}, labels: 'name' }],
  [/^countries-/, { style: {}, labels: 'name' }],
  [
    /^places-/,
    {
      style: { color: C.halo, weight: 1.2, fillColor: C.placeDot, fillOpacity: 1 },
      dots: true,
      labels: 'name',
    },
  ],
];

/** Writes the Leaflet page into `dir`, drawing the files of the app built into `appDir` (served at `appPath`). */
export function writeLeafletPage(dir: string, appDir: string, appPath: string, first: BareConfig): void {
  mkdirSync(dir, { recursive: true });
  for (const f of ['index.html', 'peer.js', 'peer.css']) copyFileSync(join('bench/leaflet', f), join(dir, f));
  for (const f of ['leaflet.js', 'leaflet.css'])
    copyFileSync(join('node_modules/leaflet/dist', f), join(dir, f));
  const assets = readdirSync(join(appDir, 'assets')).filter((f) => f.endsWith('.geojson'));
  const files: PeerFile[] = FILES.map(([name, how]) => {
    const file = assets.find((f) => name.test(f));
    if (!file) throw new Error(`the Leaflet page: the app's build has no GeoJSON file like ${name}`);
    return { url: `/${appPath}assets/${file}`, ...how };
  });
  const left = assets.filter((f) => !FILES.some(([name]) => name.test(f)));
  if (left.length) throw new Error(`the Leaflet page does not draw ${left.join(', ')}: add them to FILES`);
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({ files, center: first.camera.center, zoom: first.camera.zoom, size: first.size }),
  );
}
