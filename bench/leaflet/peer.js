// The Leaflet peer of `npm run bench`: what a reader would otherwise be shown, Leaflet 1.9 (the engine of uMap
// and TimeMap) fetching the app's own GeoJSON files (the base map and the claim features, as the app's build
// serves them) and drawing them as SVG, at the app's first camera and map size. `config.json` (written by the
// bench) lists the files, each with a plain Leaflet style, the camera and the size. Once everything is drawn,
// it marks the body `data-map-pixels` and `data-status=ready`: its first complete, interactive view.
/* global L */
const config = await fetch('./config.json').then((r) => r.json());

const container = document.getElementById('map');
container.style.width = `${config.size.width}px`;
container.style.height = `${config.size.height}px`;

// Leaflet's world is 256 px at zoom 0, MapLibre's 512: the same view is one zoom level up.
const map = L.map(container, { zoomSnap: 0, zoomControl: true, attributionControl: false }).setView(
  [config.center[1], config.center[0]],
  config.zoom + 1,
  { animate: false },
);

const files = await Promise.all(
  config.files.map(async (f) => ({ ...f, data: await fetch(f.url).then((r) => r.json()) })),
);
for (const f of files) {
  L.geoJSON(f.data, {
    style: () => f.style,
    // A point is a dot, a label (Leaflet's way: a marker of text), or both.
    pointToLayer: (feature, at) => {
      const parts = [];
      if (f.dots) parts.push(L.circleMarker(at, { radius: 4, ...f.style }));
      if (f.labels) {
        const label = L.marker(at, {
          icon: L.divIcon({ className: 'label', html: '', iconSize: null }),
          interactive: false,
        });
        label.on('add', () => {
          label.getElement().textContent = feature.properties?.[f.labels] ?? '';
        });
        parts.push(label);
      }
      return L.featureGroup(parts);
    },
  }).addTo(map);
}
document.body.dataset.mapPixels = '';
document.body.dataset.status = 'ready';
