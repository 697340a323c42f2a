// The bare MapLibre page of `npm run bench`: `?scenario=NAME` loads NAME.json, written by the bench:
// { style, camera, images, size }: the style taken from the running app (map.getStyle()), its camera, the
// images the app adds with map.addImage (the hatch patterns) as base64 RGBA, and the size of its map.
import { Map as MapLibreMap, setWorkerUrl } from './maplibre-gl.mjs';

setWorkerUrl(new URL('./maplibre-gl-worker.mjs', location.href).href);

const scenario = new URLSearchParams(location.search).get('scenario') ?? 'first';

// Like the app: the label fonts are loaded before the map is made, so labels are drawn in them.
const [config] = await Promise.all([
  fetch(`./${scenario}.json`).then((r) => r.json()),
  document.fonts.load('16px "Noto Sans"', 'Goris Laçın Кафан'),
  document.fonts.load('16px "Noto Sans Armenian"', 'Գորիս'),
]);

// Data given by URL (none, when the app hands its map the data inline) is written root-relative: MapLibre's
// worker fetches it, so make it absolute.
for (const source of Object.values(config.style.sources)) {
  if (typeof source.data === 'string') source.data = new URL(source.data, location.href).href;
}

// The map is the size of the app's, so both draw the same number of pixels.
const container = document.getElementById('map');
container.style.width = `${config.size.width}px`;
container.style.height = `${config.size.height}px`;

const map = new MapLibreMap({
  container: 'map',
  style: config.style,
  ...config.camera,
  attributionControl: false,
  fadeDuration: 0,
  localIdeographFontFamily: false,
});
for (const image of config.images) {
  const data = Uint8Array.from(atob(image.data), (c) => c.charCodeAt(0));
  map.addImage(
    image.id,
    { width: image.width, height: image.height, data },
    { pixelRatio: image.pixelRatio },
  );
}
window.__map = map;
map.once('idle', () => document.body.setAttribute('data-status', 'ready'));
