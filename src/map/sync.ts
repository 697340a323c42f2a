import type { Map as MapLibreMap } from 'maplibre-gl';

/** Keeps two maps' cameras the same, whichever moves. Returns a function that stops it. */
export function syncMaps(a: MapLibreMap, b: MapLibreMap): () => void {
  let busy = false;
  const follow = (from: MapLibreMap, to: MapLibreMap) => () => {
    if (busy) return;
    busy = true; // to.jumpTo fires `move` on `to`; don't echo it back
    to.jumpTo({
      center: from.getCenter(),
      zoom: from.getZoom(),
      bearing: from.getBearing(),
      pitch: from.getPitch(),
    });
    busy = false;
  };
  const aToB = follow(a, b);
  const bToA = follow(b, a);
  a.on('move', aToB);
  b.on('move', bToA);
  aToB();
  return () => {
    a.off('move', aToB);
    b.off('move', bToA);
  };
}
