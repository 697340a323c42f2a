// The first paint's camera for a tilted map (src/map/perspective.ts) against MapLibre's own: its
// MercatorTransform, from MapLibre's sources, set up as the app's map is (default field of view and maxPitch).
import { describe, expect, it } from 'vitest';
import { projector } from '../../src/map/first_paint';
import { MAP_MAX_PITCH, perspective } from '../../src/map/perspective';
import { mercator, type Camera } from '../../src/map/view';

/**
 * MapLibre's own sources (not its bundle, which does not export its transform), imported by a path that the
 * type checker does not follow: it would check them with the app's settings.
 */
async function fromMapLibre(path: string, name: string): Promise<new (...args: unknown[]) => unknown> {
  const url = new URL(`../../node_modules/maplibre-gl/src/${path}.ts`, import.meta.url).href;
  const module = (await import(/* @vite-ignore */ url)) as Record<
    string,
    new (...args: unknown[]) => unknown
  >;
  return module[name]!;
}
const LngLat = await fromMapLibre('geo/lng_lat', 'LngLat');
const MercatorTransform = await fromMapLibre('geo/projection/mercator_transform', 'MercatorTransform');

interface Transform {
  cameraToCenterDistance: number;
  pitch: number;
  worldSize: number;
  modelViewProjectionMatrix: number[];
  screenPointToLocation(p: { x: number; y: number }): { lng: number; lat: number };
  locationToScreenPoint(p: unknown): { x: number; y: number };
  resize(width: number, height: number): void;
  setZoom(zoom: number): void;
  setCenter(center: unknown): void;
  setBearing(bearing: number): void;
  setPitch(pitch: number): void;
  _farZ: number;
  _nearZ: number;
}

function mapLibre(camera: Camera, size: { width: number; height: number }) {
  const t = new MercatorTransform({ maxPitch: MAP_MAX_PITCH }) as Transform;
  t.resize(size.width, size.height);
  t.setZoom(camera.zoom);
  t.setCenter(new LngLat(camera.center[0], camera.center[1]));
  t.setBearing(camera.bearing);
  t.setPitch(camera.pitch);
  return t;
}

/** Where the first paint puts [lng, lat]: the flat map's turned offset, then the perspective. */
function ours(camera: Camera, size: { width: number; height: number }, at: [number, number]) {
  const view = perspective(camera.pitch, size);
  const [x, y] = projector(camera, size)(at);
  return view.screen(x - size.width / 2, y - size.height / 2);
}

const CASES: [Camera, { width: number; height: number }][] = [
  [
    { center: [46.24, 39.58], zoom: 10.6, bearing: 0, pitch: 40 },
    { width: 1440, height: 854 },
  ],
  [
    { center: [46.26, 39.59], zoom: 11, bearing: 35, pitch: 60 },
    { width: 1440, height: 854 },
  ],
  [
    { center: [46.3, 39.55], zoom: 10.4, bearing: -20, pitch: 55 },
    { width: 375, height: 541 },
  ],
  [
    { center: [46.3, 39.55], zoom: 8, bearing: 170, pitch: 12.5 },
    { width: 800, height: 600 },
  ],
  // Beyond the map's maxPitch: MapLibre opens at its maxPitch, and so does the first paint.
  [
    { center: [46.26, 39.59], zoom: 11, bearing: 10, pitch: 75 },
    { width: 1440, height: 854 },
  ],
];

describe('the perspective of a tilted first paint', () => {
  for (const [camera, size] of CASES) {
    const name = `${camera.zoom}/${camera.bearing}/${camera.pitch} at ${size.width}×${size.height}`;
    it(`puts points where MapLibre does (${name})`, () => {
      const t = mapLibre(camera, size);
      const view = perspective(camera.pitch, size);
      expect(view.distance).toBeCloseTo(t.cameraToCenterDistance, 9);
      expect(view.pitch).toBeCloseTo(t.pitch, 9);
      // Points across the screen, found with MapLibre's own inverse, and a few off it.
      const points: [number, number][] = [];
      for (const fx of [0, 0.1, 0.5, 0.9, 1])
        for (const fy of [0, 0.05, 0.5, 0.95, 1]) {
          const ll = t.screenPointToLocation({ x: fx * size.width, y: fy * size.height });
          points.push([ll.lng, ll.lat]);
        }
      points.push([camera.center[0] + 0.3, camera.center[1] - 0.2], [46.5, 39.2]);
      for (const at of points) {
        const theirs = t.locationToScreenPoint(new LngLat(at[0], at[1]));
        const [x, y, k] = ours(camera, size, at);
        expect(x).toBeCloseTo(theirs.x, 4);
        expect(y).toBeCloseTo(theirs.y, 4);
        // The scale: MapLibre's camera-to-centre distance over the point's depth (its clip-space w).
        const [mx, my] = mercator(at);
        const m = t.modelViewProjectionMatrix;
        const w = m[3]! * mx * t.worldSize + m[7]! * my * t.worldSize + m[15]!;
        expect(k).toBeCloseTo(t.cameraToCenterDistance / w, 9);
        expect(view.depth(view.groundY(y))).toBeCloseTo(w, 6);
      }
    });

    it(`sees as far as MapLibre's far plane (${name})`, () => {
      const t = mapLibre(camera, size);
      const view = perspective(camera.pitch, size);
      expect(view.far).toBeCloseTo(t._farZ, 6);
      expect(view.near).toBeCloseTo(t._nearZ, 9);
    });
  }
});
