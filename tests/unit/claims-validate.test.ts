import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseClaimsFile, validateClaimsData } from '../../src/claims/validate';
import type { Problem } from '../../src/claims/problems';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/claims/${name}`, import.meta.url), 'utf8');
const check = (name: string) => parseClaimsFile(fixture(name), { source: name });
const ids = (r: { claims: { id: string }[] }) => r.claims.map((c) => c.id);
const find = (problems: Problem[], where: string, field: string) =>
  problems.find((p) => p.where === where && p.field === field);

describe('parseClaimsFile: a good file', () => {
  const r = check('good.json');

  it('keeps every claim, reports nothing, returns the dataset', () => {
    expect(r.problems).toEqual([]);
    expect(ids(r)).toEqual(['arm-advance', 'aze-reply', 'csto-diplomatic']);
    expect(r.dataset?.id).toBe('fixture');
  });

  it('returns the claims as written (no ids assigned, nothing rewritten)', () => {
    const raw = JSON.parse(fixture('good.json')) as { claims: unknown[] };
    expect(r.claims).toEqual(raw.claims);
  });
});

describe('parseClaimsFile: broken files', () => {
  it('explains text that is not JSON, with line and column', () => {
    const r = check('not-json.txt');
    expect(r.claims).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.where).toBe('not-json.txt');
    expect(r.problems[0]?.message).toMatch(/^not valid JSON at line 4, column \d+/);
  });

  it('says NaN is not JSON', () => {
    const r = check('nan-coordinate.txt');
    expect(r.claims).toEqual([]);
    expect(r.problems[0]?.message).toMatch(/not valid JSON.*NaN/);
    expect(r.problems[0]?.expected).toMatch(/NaN/);
  });

  it('refuses a top level that is not an object', () => {
    const r = check('top-level-array.json');
    expect(r.claims).toEqual([]);
    expect(r.problems[0]?.message).toBe('the file must be a JSON object with "dataset" and "claims"');
    expect(r.problems[0]?.found).toBe('a list of 1');
  });

  it('reports a missing dataset and unknown top-level fields, and still keeps valid claims', () => {
    const r = check('top-level-fields.json');
    expect(find(r.problems, 'top-level-fields.json', 'dataset')?.message).toBe('missing field "dataset"');
    expect(find(r.problems, 'top-level-fields.json', 'extra')?.message).toMatch(/^unknown field "extra"/);
    expect(r.dataset).toBeUndefined();
    expect(ids(r)).toEqual(['ok']);
  });

  it('refuses a file over the size limit by its length, before parsing, quickly', () => {
    const big = `{"claims": [${'"x",'.repeat(800_000)}"x"]}`; // about 3.2 MB
    const t = performance.now();
    const r = parseClaimsFile(big);
    expect(performance.now() - t).toBeLessThan(50);
    expect(r.claims).toEqual([]);
    expect(r.problems[0]?.message).toMatch(/^the file is too large \(limit 2097152 bytes\)/);
  });

  it('counts the limit in UTF-8 bytes, not characters', () => {
    const text = JSON.stringify({ note: 'Ա'.repeat(60) }); // 60 characters of 2 bytes each
    expect(text.length).toBeLessThan(100);
    expect(parseClaimsFile(text, { maxBytes: 100 }).problems[0]?.message).toMatch(/too large/);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (value) => {
        const r = validateClaimsData(value);
        expect(Array.isArray(r.problems)).toBe(true);
        const t = parseClaimsFile(typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));
        expect(Array.isArray(t.claims)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(() => parseClaimsFile(undefined as unknown as string)).not.toThrow();
  });
});

describe('parseClaimsFile: invalid claims are left out, valid ones kept', () => {
  it('missing and unknown fields', () => {
    const r = check('fields-missing-unknown.json');
    expect(ids(r)).toEqual(['fine']);
    expect(find(r.problems, 'no-sources', 'sources')).toMatchObject({
      found: 'nothing',
      expected: 'a "sources" field',
      message: 'missing field "sources"',
      severity: 'error',
    });
    expect(find(r.problems, 'no-sources', 'colour')?.message).toMatch(/^unknown field "colour"/);
  });

  it('unknown party', () => {
    const r = check('unknown-party.json');
    expect(ids(r)).toEqual(['fine']);
    const p = find(r.problems, 'mars-claim', 'party');
    expect(p?.found).toBe('"mars"');
    expect(p?.message).toMatch(/^party must be one of "armenia", "azerbaijan", "csto"/);
  });

  it('duplicate ids: the first is kept, the second left out, and the message says which', () => {
    const r = check('duplicate-ids.json');
    expect(ids(r)).toEqual(['same', 'other']);
    expect(r.claims[0]?.claimant).toBe('First');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ where: 'claims[2]', field: 'id', found: '"same"' });
    expect(r.problems[0]?.message).toBe(
      'duplicate id: claims[0] already has "same"; that first claim is kept, this one (claims[2]) is left out',
    );
  });

  it('impossible dates and periods that end before they start', () => {
    const r = check('impossible-dates.json');
    expect(ids(r)).toEqual(['fine']);
    expect(find(r.problems, 'feb-30', 'stated')?.message).toBe('this date does not exist in the calendar');
    expect(find(r.problems, 'backwards', 'refersTo.to')).toMatchObject({
      found: '"2021-05-01"',
      message: 'the period ends before it starts: refersTo.to must not be before refersTo.from',
    });
  });

  it('coordinates out of range or not numbers', () => {
    const r = check('coordinates.json');
    expect(ids(r)).toEqual(['fine']);
    expect(find(r.problems, 'lng-out', 'shape.params.geometry.coordinates[0]')?.message).toBe(
      'a longitude must be between -180 and 180',
    );
    expect(find(r.problems, 'lat-out', 'shape.params.geometry.coordinates[1][1]')?.found).toBe('95');
    expect(find(r.problems, 'string-coord', 'shape.params.geometry.coordinates[1]')).toMatchObject({
      found: '"39.6"',
      message: 'a latitude must be a number',
    });
  });

  it('NaN and Infinity in data that did not come from JSON text', () => {
    const data = JSON.parse(fixture('good.json')) as { claims: Record<string, unknown>[] };
    const shape = (coordinates: number[]) => ({
      recipe: 'given',
      params: { geometry: { type: 'Point', coordinates } },
    });
    data.claims.push({ ...data.claims[1], id: 'nan', shape: shape([46, Number.NaN]) });
    data.claims.push({ ...data.claims[1], id: 'inf', shape: shape([Number.POSITIVE_INFINITY, 39]) });
    const r = validateClaimsData(data);
    expect(find(r.problems, 'nan', 'shape.params.geometry.coordinates[1]')).toMatchObject({
      found: 'NaN',
      message: 'a latitude must be a number',
    });
    expect(find(r.problems, 'inf', 'shape.params.geometry.coordinates[0]')?.message).toBe(
      'a longitude must be a finite number',
    );
  });

  it('unclosed and self-intersecting rings (self-intersections are reported, not repaired)', () => {
    const r = check('rings.json');
    expect(ids(r)).toEqual(['fine']);
    expect(find(r.problems, 'unclosed', 'shape.params.geometry.coordinates[0]')?.message).toBe(
      'the ring is not closed: its last position must repeat its first',
    );
    expect(find(r.problems, 'bowtie', 'shape.params.geometry')?.message).toMatch(
      /^a ring crosses itself or another ring near \[46\.25, 39\.65\]/,
    );
  });

  it('recipes with missing or absurd parameters, or an unknown recipe', () => {
    const r = check('recipe-params.json');
    expect(ids(r)).toEqual(['fine']);
    expect(find(r.problems, 'no-depth', 'shape.params.depthKm')?.message).toBe('missing field "depthKm"');
    expect(find(r.problems, 'negative-depth', 'shape.params.depthKm')).toMatchObject({
      found: '-1',
      message: 'depthKm must be more than 0 km',
    });
    expect(find(r.problems, 'huge-depth', 'shape.params.depthKm')).toMatchObject({
      found: '10000',
      message: 'depthKm must be at most 100 km',
    });
    expect(find(r.problems, 'no-recipe', 'shape.recipe')?.message).toMatch(
      /^shape.recipe must be one of "given"/,
    );
  });

  it('source URLs that are not absolute http(s): javascript:, data:, relative, ftp:', () => {
    const r = check('bad-urls.json');
    expect(ids(r)).toEqual(['fine']);
    for (const id of ['js-url', 'data-url', 'relative-url', 'ftp-url'])
      expect(find(r.problems, id, 'sources[0].url')?.message).toBe(
        'a URL must be an absolute http:// or https:// address',
      );
    expect(find(r.problems, 'archived-bad', 'sources[0].archived')).toBeDefined();
  });

  it('uses the position when a claim has no usable id', () => {
    const data = JSON.parse(fixture('good.json')) as { claims: unknown[] };
    data.claims.push({ ...(data.claims[0] as object), id: 'Not An Id!' }, 42);
    const r = validateClaimsData(data);
    expect(find(r.problems, 'claims[3]', 'id')?.found).toBe('"Not An Id!"');
    expect(r.problems.some((p) => p.where === 'claims[4]')).toBe(true);
  });
});

describe('parseClaimsFile: kept with care', () => {
  it('keeps statement text with HTML or script verbatim: it is data, and the app renders it as text', () => {
    const r = check('html-statement.json');
    expect(r.problems).toEqual([]);
    expect(r.claims[0]?.statement.quote).toBe('<script>alert(\'x\')</script><b>3.5 km</b> & "more"');
  });

  it('keeps claims whose references do not resolve, with a warning for each', () => {
    const r = check('dangling-refs.json');
    expect(ids(r)).toEqual(['talks-to-ghost', 'self-ref']);
    expect(r.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(find(r.problems, 'talks-to-ghost', 'respondsTo[0]')?.message).toBe(
      'no claim with id "ghost-claim" in this file; the claim is kept, the link will not resolve',
    );
    expect(find(r.problems, 'self-ref', 'contradicts[0]')?.message).toBe(
      'a claim cannot refer to itself; the claim is kept',
    );
  });

  it('shows found values short and escaped', () => {
    const data = JSON.parse(fixture('good.json')) as { claims: Record<string, unknown>[] };
    data.claims.push({
      ...data.claims[0],
      id: 'long',
      party: `<img src=x onerror=alert(1)>\n${'x'.repeat(500)}`,
    });
    const p = find(validateClaimsData(data).problems, 'long', 'party');
    expect(p?.found.length).toBeLessThanOrEqual(60);
    expect(p?.found).not.toContain('\n');
    expect(p?.found.endsWith('…')).toBe(true);
  });
});

describe('hostile files: bounded problems, escaped names, no repeated entries', () => {
  const file = (claims: unknown[]) => JSON.stringify({ dataset: GOOD_DATASET, claims });
  const GOOD_DATASET = { id: 'fixture', title: 't', description: 'd', licence: 'l' };
  const good = () =>
    (
      JSON.parse(readFileSync(new URL('../fixtures/claims/good.json', import.meta.url), 'utf8')) as {
        claims: Record<string, unknown>[];
      }
    ).claims;

  it('a claim with 70,000 problems neither throws nor loses the valid claims; problems are capped', () => {
    const bad = {
      ...good()[0],
      id: 'bad-one',
      respondsTo: Array.from({ length: 70_000 }, () => 'NOT AN ID'),
    };
    const r = parseClaimsFile(file([bad, ...good()]), { source: 'f' });
    expect(ids(r)).toEqual(['arm-advance', 'aze-reply', 'csto-diplomatic']);
    const mine = r.problems.filter((p) => p.where === 'bad-one');
    expect(mine.length).toBeLessThanOrEqual(20);
    expect(mine.at(-1)?.field).toBe('(more)');
    expect(mine.at(-1)?.message).toMatch(/^\d+ more problems are not listed/);
  });

  it('a file whose claims all fail keeps at most 500 problems, the last one counting the rest', () => {
    const claims = Array.from({ length: 3000 }, (_, i) => ({ id: `c${i}` }));
    const r = parseClaimsFile(file(claims), { source: 'f' });
    expect(r.problems).toHaveLength(500);
    expect(r.problems.at(-1)?.message).toMatch(/^\d+ more problems are not listed/);
  });

  it('prints unknown field names escaped: no raw control characters or markup', () => {
    const bad = { ...good()[0], ['\u001b[31mred\u202e<b>']: 1 };
    const r = parseClaimsFile(file([bad]), { source: 'f' });
    const text = r.problems.map((p) => `${p.field} ${p.found} ${p.message}`).join('\n');
    expect(text).toContain('unknown field');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('\\u001b');
  });

  it.each([
    ['respondsTo', { respondsTo: ['aze-reply', 'aze-reply'] }],
    ['contradicts', { contradicts: ['aze-reply', 'aze-reply'] }],
  ])('refuses a repeated entry in %s', (field, extra) => {
    const r = parseClaimsFile(file([{ ...good()[0], ...extra }, ...good().slice(1)]), { source: 'f' });
    expect(ids(r)).not.toContain('arm-advance');
    expect(r.problems.some((p) => p.where === 'arm-advance' && p.field === field)).toBe(true);
  });

  it('refuses a repeated lake and a repeated share', () => {
    const base = good()[0]!;
    const lakes = {
      ...base,
      id: 'lakes-twice',
      shape: {
        recipe: 'depth-band',
        params: {
          side: 'ARM',
          along: { center: [46.23, 39.6], lengthKm: 4 },
          depthKm: 1,
          lakes: ['sev-lich', 'sev-lich'],
        },
      },
    };
    const share = { feature: 'sev-lich', side: 'AZE', pct: { min: 10 } };
    const shares = { ...base, id: 'shares-twice', figures: { shares: [share, share] } };
    const r = parseClaimsFile(file([lakes, shares]), { source: 'f' });
    expect(ids(r)).toEqual([]);
    expect(r.problems.find((p) => p.where === 'lakes-twice')?.field).toBe('shape.params.lakes');
    expect(r.problems.find((p) => p.where === 'shares-twice')?.field).toBe('figures.shares');
  });
});

describe('statement.translations', () => {
  const file = JSON.parse(fixture('translations.json')) as { claims: Record<string, unknown>[] };
  const withStatement = (statement: Record<string, unknown>) => {
    const claims = structuredClone(file.claims);
    claims[1]!.statement = { ...(claims[1]!.statement as object), ...statement };
    return parseClaimsFile(JSON.stringify({ ...file, claims }), { source: 't.json' });
  };

  it('keeps a quote’s translations into Armenian, Azerbaijani and Russian as written', () => {
    const r = check('translations.json');
    expect(r.problems).toEqual([]);
    expect(r.claims[1]?.statement.translations).toEqual({
      hy: 'Զորքերը գտնվում են իրենց դիրքերում։',
      ru: 'Войска находятся на своих позициях.',
    });
  });

  it('refuses other keys, empty or overlong text, and a translation into the quote’s own language', () => {
    const other = withStatement({ translations: { de: 'Die Truppen …' } });
    expect(ids(other)).not.toContain('aze-reply');
    expect(find(other.problems, 'aze-reply', 'statement.translations.de')?.message).toMatch(
      /unknown field "de"/,
    );

    const empty = withStatement({ translations: { ru: '  ' } });
    expect(find(empty.problems, 'aze-reply', 'statement.translations.ru')?.message).toMatch(
      /must not be empty/,
    );

    const long = withStatement({ translations: { hy: 'ա'.repeat(2001) } });
    expect(find(long.problems, 'aze-reply', 'statement.translations.hy')?.message).toMatch(/at most 2000/);

    const own = withStatement({ translations: { az: 'Qoşunlar öz mövqelərində yerləşir.' } });
    expect(ids(own)).not.toContain('aze-reply');
    expect(find(own.problems, 'aze-reply', 'statement.translations')?.message).toMatch(/its own language/);

    const notText = withStatement({ translations: ['ru'] });
    expect(ids(notText)).not.toContain('aze-reply');
  });
});
