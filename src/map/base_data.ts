// The project's own base-map files (built by `npm run geo`). Vite copies them into dist/ with hashed names.
import land from '../../geo/out/land.geojson?url';
import border from '../../geo/out/border.geojson?url';
import syunik from '../../geo/out/syunik.geojson?url';
import lakes from '../../geo/out/lakes.geojson?url';
import places from '../../geo/out/places.geojson?url';
import countryLabels from '../../geo/labels/countries.geojson?url';
import borderLabels from '../../geo/labels/border-labels.geojson?url';
import type { BaseDataUrls } from './base_style';

/** Resolves the bundled base-map files against the page (the page fetches them: see inline_data.ts). */
export function baseDataUrls(base: string = document.baseURI): BaseDataUrls {
  const abs = (u: string) => new URL(u, base).href;
  return {
    land: abs(land),
    border: abs(border),
    syunik: abs(syunik),
    lakes: abs(lakes),
    places: abs(places),
    countryLabels: abs(countryLabels),
    borderLabels: abs(borderLabels),
  };
}
