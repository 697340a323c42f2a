// MapLibre's camera for a tilted map (its MercatorTransform: `_calcMatrices`, `_calculateNearFarZ`), without
// padding, roll or terrain, as the app makes its map: the numbers the first paint of a tilted view
// (first_paint_pitched.ts) projects with. Offsets are in the map's pixels at its zoom, turned by its bearing
// (`turnOf` in first_paint.ts): x to the right, y down the screen, 0 at the map's centre.

/** MapLibre's vertical field of view (its default `fov`, 36.87°). */
const FOV = 0.6435011087932844;

/** MapLibre's default `maxPitch`, which the app's map keeps: a tilt beyond it opens at this tilt. */
export const MAP_MAX_PITCH = 60;

/** MapLibre's `maxMercatorHorizonAngle`, in degrees. */
const MAX_HORIZON_ANGLE = 89.25;

export interface Perspective {
  /** The tilt, degrees: the link's, at most MAP_MAX_PITCH. */
  pitch: number;
  /** The camera's distance to the map's centre, in pixels (MapLibre's `cameraToCenterDistance`). */
  distance: number;
  /** MapLibre's near and far planes: how far from the camera (in depth) the map is drawn. */
  near: number;
  far: number;
  /** The depth (MapLibre's clip-space w) of the map's points at offset y. */
  depth(y: number): number;
  /**
   * Where the map's point at offset (x, y) lands on the screen (CSS pixels from the top left), and the map's
   * scale there (`distance` over its depth). A point behind the camera gives a scale of 0 and no place.
   */
  screen(x: number, y: number): [number, number, number];
  /** The offset y of the map's points on the screen's row `sy` (CSS pixels), or -Infinity above the horizon. */
  groundY(sy: number): number;
}

export function perspective(pitch: number, size: { width: number; height: number }): Perspective {
  const p = (Math.min(Math.max(pitch, 0), MAP_MAX_PITCH) * Math.PI) / 180;
  const [cos, sin] = [Math.cos(p), Math.sin(p)];
  const { width, height } = size;
  const distance = (0.5 / Math.tan(FOV / 2)) * height;
  const depth = (y: number) => distance - y * sin;
  return {
    pitch: (p * 180) / Math.PI,
    distance,
    near: height / 50,
    far: farPlane(p, distance),
    depth,
    screen(x, y) {
      const w = depth(y);
      if (w <= 0) return [NaN, NaN, 0];
      return [width / 2 + (distance * x) / w, height / 2 + (distance * y * cos) / w, distance / w];
    },
    groundY(sy) {
      const t = (sy - height / 2) / distance;
      const d = cos + t * sin;
      return d > 0 ? (t * distance) / d : -Infinity;
    },
  };
}

/** MapLibre's far plane (`_calculateNearFarZ` at sea level, no padding or roll). */
function farPlane(p: number, distance: number): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const clamp = (x: number) => Math.min(Math.max(x, 0.01), Math.PI - 0.01);
  const groundAngle = Math.PI / 2 + p;
  const above = FOV / 2;
  const topHalf = (Math.sin(above) * distance) / Math.sin(clamp(Math.PI - groundAngle - above));
  const horizon = distance * Math.min(Math.tan(Math.PI / 2 - p) * 0.85, Math.tan(rad(MAX_HORIZON_ANGLE) - p));
  const horizonAngle = Math.atan(horizon / distance);
  const minToHorizon = rad(90 - MAX_HORIZON_ANGLE);
  const toHorizon = horizonAngle > minToHorizon ? horizonAngle : minToHorizon;
  const topHalfHorizon =
    (Math.sin(toHorizon) * distance) / Math.sin(clamp(Math.PI - groundAngle - toHorizon));
  return (Math.cos(Math.PI / 2 - p) * Math.min(topHalf, topHalfHorizon) + distance) * 1.01;
}
