// The visible claims as a GeoJSON file to take away: one feature per drawn reading of each claim's shape,
// valid RFC 7946 (right-hand rule, WGS 84 longitude/latitude), with a note of where the data comes from. Pure.
import { rewind } from '@turf/rewind';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Claim } from '../claims/schema/claim';
import type { DrawableShape, Reading } from '../map/claim_features';
import type { Lang } from '../i18n/langs';
import type { Words } from '../i18n/words';
import { EN_ALL } from '../i18n/english';

export interface ExportedClaimProps {
  id: string;
  party: string;
  claimant: string;
  /** When the statement was made (YYYY-MM-DD). */
  date: string;
  quote: string;
  quoteLang: string;
  /** "direct": in quotation marks as the claimant's (perhaps an outlet's translation); "reported": the
   * publisher's wording; "paraphrase": the dataset editors' own, where no verbatim wording is recorded. */
  quoteForm: 'direct' | 'reported' | 'paraphrase';
  /** The English translation of a quote in another language. */
  translation?: string;
  sources: { publisher: string; title: string; url: string; published?: string }[];
  /** How the shape was drawn: `given` (drawn by the source) or a recipe derived from the words. */
  recipe: string;
  /** Which reading of a derived shape: the main one, or its narrowest or widest. */
  reading: Reading;
}

/** Each licensor's own wording of its data and licence: written as they word it, in every language. */
export const LICENSORS = {
  osm: '© OpenStreetMap contributors, ODbL 1.0 (https://www.openstreetmap.org/copyright)',
  naturalEarth: 'Natural Earth, public domain (https://www.naturalearthdata.com/)',
  geonames: 'GeoNames, CC BY 4.0 (https://www.geonames.org/)',
} as const;

/** What the exported file says about the data's origin and licences (a foreign member, as RFC 7946 allows). */
export interface ExportNote {
  generator: 'Claimlines';
  /** The language the note is written in (the reader's). */
  lang: Lang;
  claims: string;
  licences: string[];
}

/** The note in the reader's language; the licensors' words as they give them. */
export const exportNote = (w: Words = EN_ALL): ExportNote => ({
  generator: 'Claimlines',
  lang: w.lang,
  claims: w.t('exportNoteClaims'),
  licences: [
    w.t('exportLicenceLand', { licence: LICENSORS.osm }),
    w.t('exportLicenceProvince', { licence: LICENSORS.naturalEarth }),
    w.t('exportLicencePlaces', { licence: LICENSORS.geonames }),
    w.t('exportQuotes'),
  ],
});

export type ExportedClaims = FeatureCollection<Geometry, ExportedClaimProps> & {
  claimlines: ExportNote & { dataVersion: string; link: string };
};

/** The shown claims with a shape, each reading a feature (wide, main, narrow, then a drawn line). */
export function exportClaims(
  claims: readonly Claim[],
  shapes: ReadonlyMap<string, DrawableShape>,
  shownIds: readonly string[],
  about: { dataVersion: string; link: string },
  w: Words = EN_ALL,
): ExportedClaims {
  const shown = new Set(shownIds);
  const features: Feature<Geometry, ExportedClaimProps>[] = [];
  for (const claim of claims) {
    const shape = shapes.get(claim.id);
    if (!shown.has(claim.id) || !shape || !claim.shape) continue;
    const props = (reading: Reading): ExportedClaimProps => ({
      id: claim.id,
      party: claim.party,
      claimant: claim.claimant,
      date: claim.stated,
      quote: claim.statement.quote,
      quoteLang: claim.statement.lang,
      quoteForm: claim.statement.form,
      ...(claim.statement.translation ? { translation: claim.statement.translation } : {}),
      sources: claim.sources.map((s) => ({
        publisher: s.publisher,
        title: s.title,
        url: s.url,
        ...(s.published ? { published: s.published } : {}),
      })),
      recipe: claim.shape!.recipe,
      reading,
    });
    const add = (geometry: Geometry | undefined, reading: Reading) => {
      // RFC 7946's right-hand rule: exteriors counter-clockwise, holes clockwise.
      if (geometry)
        features.push({
          type: 'Feature',
          geometry: rewind(geometry) as Geometry,
          properties: props(reading),
        });
    };
    add(shape.wide, 'wide');
    add(shape.geometry, 'main');
    add(shape.narrow, 'narrow');
    add(shape.line, 'main');
  }
  return { type: 'FeatureCollection', features, claimlines: { ...exportNote(w), ...about } };
}
