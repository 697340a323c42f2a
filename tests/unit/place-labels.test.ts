import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localNames } from '../../geo/lib/local_names.mjs';
import { ENGLISH_MAP_LABELS, labelTexts } from '../../src/map/base_style';
import { evaluate, textSections } from '../../src/map/style_eval';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { LAKE_LABEL_SOURCE, lakeLabelFeatures, withLakeLabels } from '../../src/map/lake_labels';

type Props = Record<string, unknown>;

/** The text a reader of `lang` sees in a label layer for a feature with these properties, as lines. */
function linesOf(layer: string, lang: string, properties: Props, geometryType = 'Point'): string[] {
  const expr = labelTexts({ ...ENGLISH_MAP_LABELS, lang })[layer]!;
  return textSections(evaluate(expr, { zoom: 11, properties, geometryType }))
    .map((s) => s.text)
    .join('')
    .split('\n');
}

/** The place label a reader of `lang` sees for a feature (its local names as the build sets them), as lines. */
const label = (lang: string, place: Props): string[] =>
  linesOf('place-labels', lang, { ...place, ...localNames(place as Parameters<typeof localNames>[0]) });

const base = { name_hy: null, name_az: null, name_ru: null };
const tabriz = { ...base, name: 'Tabriz', country: 'IRN', name_az: 'Təbriz', name_ru: 'Тебриз' };
const goris = {
  ...base,
  name: 'Goris',
  country: 'ARM',
  name_hy: 'Գորիս',
  name_az: 'Goris',
  name_ru: 'Горис',
};
const lachin = { ...base, name: 'Lachin', country: 'AZE', name_az: 'Laçın' };
const stepanakert = {
  ...base,
  name: 'Stepanakert / Khankendi',
  country: 'AZE',
  name_hy: 'Ստեփանակերտ',
  name_az: 'Xankəndi',
  name_ru: 'Степанакерт / Ханкенди',
};

describe('place labels: the name in the reader’s language, the local name beside it', () => {
  it('gives a place outside Armenia and Azerbaijan no second line, even where it has an Azerbaijani name', () => {
    expect(label('en', tabriz)).toEqual(['Tabriz']);
    expect(label('ru', tabriz)).toEqual(['Тебриз']);
    expect(label('az', tabriz)).toEqual(['Təbriz']);
  });

  it('puts an Armenian town’s Armenian name beside it, never its Azerbaijani one', () => {
    expect(label('en', goris)).toEqual(['Goris', 'Գորիս']);
    expect(label('ru', goris)).toEqual(['Горис', 'Գորիս']);
    expect(label('az', goris)).toEqual(['Goris', 'Գորիս']);
    expect(label('hy', goris)).toEqual(['Գորիս']);
  });

  it('puts an Azerbaijani town’s Azerbaijani name beside it, and no second line where it is the first', () => {
    expect(label('en', lachin)).toEqual(['Lachin', 'Laçın']);
    expect(label('ru', lachin)).toEqual(['Lachin', 'Laçın']);
    expect(label('az', lachin)).toEqual(['Laçın']);
  });

  it('shows both local names of a place known by two names, leaving out the one already shown', () => {
    expect(label('en', stepanakert)).toEqual(['Stepanakert / Khankendi', 'Ստեփանակերտ / Xankəndi']);
    expect(label('ru', stepanakert)).toEqual(['Степанакерт / Ханкенди', 'Ստեփանակերտ / Xankəndi']);
    expect(label('hy', stepanakert)).toEqual(['Ստեփանակերտ', 'Xankəndi']);
    expect(label('az', stepanakert)).toEqual(['Xankəndi', 'Ստեփանակերտ']);
  });
});

describe('place labels over the built places.geojson', () => {
  const places = JSON.parse(readFileSync('geo/out/places.geojson', 'utf8')) as {
    features: { properties: Props }[];
  };
  const byId = (id: string) => {
    const f = places.features.find((x) => x.properties.id === id);
    if (!f) throw new Error(`no place ${id}`);
    return f.properties;
  };

  it('shows a Russian reader Горис with Գորիս beside it', () => {
    expect(label('ru', byId('goris'))).toEqual(['Горис', 'Գորիս']);
  });

  it('shows an Azerbaijani reader Meghri’s Azerbaijani name with the Armenian one beside it', () => {
    expect(label('az', byId('meghri'))).toEqual(['Meğri', 'Մեղրի']);
  });

  it('shows a place without a Russian name to a Russian reader in English with the local name beside it', () => {
    expect(byId('lachin').name_ru).toBeNull();
    expect(label('ru', byId('lachin'))).toEqual(['Lachin', 'Laçın']);
  });

  it('shows the two-name places to a Russian reader in both forms, as the English label does', () => {
    expect(label('ru', byId('stepanakert-khankendi'))).toEqual([
      'Степанакерт / Ханкенди',
      'Ստեփանակերտ / Xankəndi',
    ]);
    expect(label('ru', byId('shusha-shushi'))).toEqual(['Шуша / Шуши', 'Շուշի / Şuşa']);
  });

  it('shows an English reader Tabriz alone, though it has an Azerbaijani name', () => {
    expect(byId('tabriz').name_az).toBe('Təbriz');
    expect(label('en', byId('tabriz'))).toEqual(['Tabriz']);
  });
});

describe('lake labels: the border lake named by both sides in every language', () => {
  const sevLich = { name: 'Sev Lich', name_hy: 'Սև լիճ', name_az: 'Qaragöl' };
  const sevan = { name: 'Lake Sevan', name_hy: 'Սևանա լիճ', name_az: null };
  const lake = (lang: string, properties: Props) => linesOf('lake-labels', lang, properties);

  it('shows the reader’s name first and the other side’s (or both local names) under it', () => {
    expect(lake('en', sevLich)).toEqual(['Sev Lich', 'Սև լիճ · Qaragöl']);
    expect(lake('ru', sevLich)).toEqual(['Sev Lich', 'Սև լիճ · Qaragöl']);
    expect(lake('hy', sevLich)).toEqual(['Սև լիճ', 'Qaragöl']);
    expect(lake('az', sevLich)).toEqual(['Qaragöl', 'Սև լիճ']);
  });

  it('gives a lake with one local name just that, and one with none a single line', () => {
    expect(lake('en', sevan)).toEqual(['Lake Sevan', 'Սևանա լիճ']);
    expect(lake('hy', sevan)).toEqual(['Սևանա լիճ']);
    expect(lake('en', { name: 'Unnamed', name_hy: null, name_az: null })).toEqual(['Unnamed']);
  });
});

describe('lake labels: one point inside each named lake', () => {
  const lakes = JSON.parse(readFileSync('geo/out/lakes.geojson', 'utf8')) as FeatureCollection<Polygon>;

  it('gives each named lake of the built lakes.geojson one point, inside it, with its names', () => {
    const named = lakes.features.filter((f) => f.properties?.name);
    expect(named.map((f) => f.properties!.id)).toContain('sev-lich');
    const points = lakeLabelFeatures(lakes).features;
    expect(points.map((p) => p.properties)).toEqual(named.map((f) => f.properties));
    points.forEach((p, i) => {
      expect(p.geometry.type).toBe('Point');
      expect(booleanPointInPolygon(p.geometry as Point, named[i]!)).toBe(true);
    });
  });

  it('fills the style’s lake label source from inline lake data, and labels nothing from a URL or junk', () => {
    const style = (data: unknown) =>
      ({
        version: 8,
        sources: { lakes: { type: 'geojson', data } },
        layers: [],
      }) as unknown as StyleSpecification;
    const filled = withLakeLabels(style(lakes)).sources[LAKE_LABEL_SOURCE] as { data: FeatureCollection };
    expect(filled.data.features.length).toBeGreaterThan(0);
    for (const junk of [
      'lakes.geojson',
      null,
      { features: 'x' },
      { features: [null, { properties: { name: 'A' } }] },
    ])
      expect(
        (withLakeLabels(style(junk)).sources[LAKE_LABEL_SOURCE] as { data: FeatureCollection }).data.features,
      ).toEqual([]);
  });
});
