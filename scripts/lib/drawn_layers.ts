// Which of a page's map layers draw anything, read from the map itself (window.__map) as a viewer sees it:
// a layer draws unless its visibility is 'none' or every opacity it has is 0 (the app hides a party's claims
// by opacity). Shared by the browser tests and the benchmark.
import type { Page } from 'playwright-core';

/** The ids of the layers, of `ids` (all when null), that window.__map draws. Plain JS text for the page. */
const drawnLayersScript = (ids: readonly string[] | null) => `(() => {
  const map = window.__map;
  const ids = ${JSON.stringify(ids)} ?? map.getStyle().layers.map((l) => l.id);
  const opacities = {
    fill: ['fill-opacity'],
    line: ['line-opacity'],
    circle: ['circle-opacity', 'circle-stroke-opacity'],
    symbol: ['text-opacity', 'icon-opacity'],
    'fill-extrusion': ['fill-extrusion-opacity'],
    raster: ['raster-opacity'],
    background: ['background-opacity'],
    heatmap: ['heatmap-opacity'],
  };
  return ids.filter((id) => {
    const layer = map.getLayer(id);
    if (!layer || map.getLayoutProperty(id, 'visibility') === 'none') return false;
    const props = opacities[layer.type] ?? [];
    return props.length === 0 || props.some((p) => (map.getPaintProperty(id, p) ?? 1) !== 0);
  });
})()`;

export function drawnLayers(page: Page, ids: readonly string[] | null = null): Promise<string[]> {
  return page.evaluate(drawnLayersScript(ids));
}
