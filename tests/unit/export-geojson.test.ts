import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromPrecomputed, type PrecomputedFile } from '../../src/app/claim_geometry';
import { exportClaims, LICENSORS } from '../../src/export/geojson';
import { wordsFor } from '../../src/i18n/words';
import { CATALOGUE } from '../catalogues';
import { rfc7946Problems } from '../../src/geo/rfc7946';

const file = JSON.parse(readFileSync('geo/out/claim-shapes.json', 'utf8')) as PrecomputedFile;
const claims = file.checked.claims;
const geometry = fromPrecomputed(file, claims);
const about = { dataVersion: file.version, link: 'https://example.org/#map=10/39.5/46.3' };

describe('exportClaims', () => {
  const all = exportClaims(
    claims,
    geometry.shapes,
    claims.map((c) => c.id),
    about,
  );

  it('writes valid RFC 7946 for every drawn claim, with its properties', () => {
    expect(rfc7946Problems(all)).toEqual([]);
    const ids = new Set(all.features.map((f) => f.properties.id));
    expect([...ids].sort()).toEqual([...geometry.shapes.keys()].sort());
    const c = claims.find((x) => geometry.shapes.has(x.id))!;
    const f = all.features.find((x) => x.properties.id === c.id)!;
    expect(f.properties).toMatchObject({
      party: c.party,
      claimant: c.claimant,
      date: c.stated,
      quote: c.statement.quote,
      quoteForm: c.statement.form,
      recipe: c.shape!.recipe,
    });
    expect(f.properties.sources.map((s) => s.url)).toEqual(c.sources.map((s) => s.url));
    expect(all.claimlines.licences.join(' ')).toMatch(/ODbL/);
    expect(all.claimlines.dataVersion).toBe(file.version);
  });

  it('writes its note in the reader’s language, the licensors’ own words as they give them', () => {
    expect(all.claimlines.lang).toBe('en');
    const ru = exportClaims(claims, geometry.shapes, [], about, wordsFor('ru', CATALOGUE.ru)).claimlines;
    expect(ru.lang).toBe('ru');
    expect(ru.claims).toBe(CATALOGUE.ru.exportNoteClaims);
    expect(ru.licences[0]).toBe(`Опорная граница и суша: ${LICENSORS.osm}`);
    for (const licensor of Object.values(LICENSORS)) expect(ru.licences.join('\n')).toContain(licensor);
    for (const line of [
      CATALOGUE.en.exportNoteClaims,
      CATALOGUE.en.exportQuotes,
      'Reference border',
      'Places:',
    ])
      expect(JSON.stringify(ru)).not.toContain(line);
  });

  it('gives a derived shape its narrowest and widest readings', () => {
    const derived = claims.find((c) => geometry.shapes.get(c.id)?.wide)!;
    const readings = all.features
      .filter((f) => f.properties.id === derived.id)
      .map((f) => f.properties.reading);
    expect(readings).toEqual(expect.arrayContaining(['wide', 'main', 'narrow']));
  });

  it('leaves out the claims not shown', () => {
    const one = [...geometry.shapes.keys()][0]!;
    const only = exportClaims(claims, geometry.shapes, [one], about);
    expect(new Set(only.features.map((f) => f.properties.id))).toEqual(new Set([one]));
    expect(exportClaims(claims, geometry.shapes, [], about).features).toEqual([]);
  });

  it('winds clockwise exteriors the RFC 7946 way', () => {
    const cw = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [0, 1],
          [1, 1],
          [1, 0],
          [0, 0],
        ],
      ],
    };
    const c = claims.find((x) => x.shape)!;
    const out = exportClaims([c], new Map([[c.id, { geometry: cw }]]), [c.id], about);
    expect(rfc7946Problems({ type: 'Polygon', coordinates: cw.coordinates })).not.toEqual([]);
    expect(rfc7946Problems(out)).toEqual([]);
  });
});
