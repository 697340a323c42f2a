import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeClaimFiles, isClaimsFileName } from '../../src/app/claim_files';
import { cardChecked, cardShape, cardWhoseLine, statedFigures } from '../../src/app/card_model';
import { emptyGeometry, fromPrecomputed, toPrecomputed } from '../../src/app/claim_geometry';
import { buildLayerTree, formatDate, quoteOpening, sharedTitles } from '../../src/app/layer_tree';
import { byCodeUnits } from '../../src/app/order';
import type { GivenParams } from '../../src/claims/schema/shape';
import type { Claim } from '../../src/claims/schema/claim';
import { phrase } from '../../src/i18n/phrases';
import { EN_ALL } from '../../src/i18n/english';

const good = readFileSync('tests/fixtures/claims/good.json', 'utf8');

describe('mergeClaimFiles', () => {
  it('keeps the first claim of an id used in two files, and reports the second with its file', () => {
    const merged = mergeClaimFiles([
      ['b.json', good],
      ['a.json', good],
    ]);
    const once = mergeClaimFiles([['a.json', good]]);
    expect(merged.claims.map((c) => c.id)).toEqual(once.claims.map((c) => c.id));
    const dup = merged.problems.filter((p) => p.field === 'id' && p.severity === 'error');
    expect(dup).toHaveLength(once.claims.length);
    expect(dup[0]!.where).toMatch(/^b\.json: /);
  });

  it('pins the version to the files’ content and order-independent names', () => {
    const a = mergeClaimFiles([['a.json', good]]).version;
    expect(mergeClaimFiles([['a.json', good + ' ']]).version).not.toBe(a);
    expect(isClaimsFileName('schema.json')).toBe(false);
    expect(isClaimsFileName('syunik-2021-05.json')).toBe(true);
  });
});

describe('precomputed geometry', () => {
  it('round-trips through the file format, ids sorted', () => {
    const g = emptyGeometry();
    const shape = {
      geometry: { type: 'Point' as const, coordinates: [46.2, 39.6] },
      assumptions: [phrase('phAltBeyond', {})],
      notes: [],
    };
    const figures = {
      areaKm2: { main: 0 },
      deepestKm: { main: 1.5 },
      deepestAt: [46.2, 39.6] as [number, number],
    };
    g.shapes.set('b', shape).set('a', shape);
    g.figures.set('b', figures).set('a', figures);
    g.errors.set('c', phrase('errRefEmpty', {}));
    const file = toPrecomputed({ version: 'v1', claims: [], problems: [] }, g);
    expect(Object.keys(file.claims)).toEqual(['a', 'b']);
    const back = fromPrecomputed(JSON.parse(JSON.stringify(file)), []);
    expect(back.shapes.get('a')).toEqual(shape);
    expect(back.errors.get('c')).toEqual({ key: 'errRefEmpty' });
  });

  it('leaves out a given geometry kept as it is, and takes it back from the claim', () => {
    const own: GivenParams['geometry'] = {
      type: 'Polygon',
      coordinates: [
        [
          [46.2, 39.5],
          [46.3, 39.5],
          [46.3, 39.6],
          [46.2, 39.5],
        ],
      ],
    };
    const fixture = mergeClaimFiles([['good.json', good]]).claims[0]!;
    const given: Claim = { ...fixture, id: 'drawn', shape: { recipe: 'given', params: { geometry: own } } };
    const claims = [given];
    const g = emptyGeometry();
    const moved = { type: 'Point' as const, coordinates: [46, 39] };
    g.shapes.set(given.id, { geometry: own, assumptions: [], notes: [] });
    g.shapes.set('changed', { geometry: moved, assumptions: [], notes: [phrase('phGivenRewound', {})] });
    const text = JSON.stringify(toPrecomputed({ version: 'v1', claims, problems: [] }, g));
    const file = JSON.parse(text) as ReturnType<typeof toPrecomputed>;
    expect(file.claims[given.id]!.shape.geometry).toBeUndefined();
    expect(file.claims['changed']!.shape.geometry).toEqual(moved);
    const back = fromPrecomputed(file, claims);
    expect(back.shapes.get(given.id)!.geometry).toEqual(own);
    expect(back.shapes.get('changed')!.geometry).toEqual(moved);
    // Without its claim (left out as invalid), a left-out geometry cannot be drawn: the shape is dropped.
    expect(fromPrecomputed(file, []).shapes.has(given.id)).toBe(false);
  });
});

describe('card and panel models', () => {
  const { claims } = mergeClaimFiles([['good.json', good]]);

  it('describes a recipe and its parameters in words, or says why a shape is missing', () => {
    const withShape = claims.find((c) => c.shape?.recipe === 'depth-band')!;
    const card = cardShape(withShape, emptyGeometry(), EN_ALL)!;
    expect(card.recipeText).toMatch(/depth/);
    expect(card.params).toContain('depth: 3.5 km');
    expect(card.error).toBeTruthy();
    expect(
      cardShape(
        claims.find((c) => !c.shape)!,
        emptyGeometry(),
      ),
    ).toBeNull();
  });

  it('writes stated figures as words, a maximum as "up to"', () => {
    expect(
      statedFigures({ areaKm2: { min: 40, max: 45 }, troops: { min: 250 }, depthKm: { max: 3.5 } }),
    ).toEqual(['area: 40–45 km²', 'depth: up to 3.5 km', 'troops: over 250']);
  });

  it('says when a claim was checked, what was found and what is open, or that it was not checked', () => {
    const c = claims[0]!;
    expect(cardChecked(c)).toEqual({ when: 'Not yet checked against its sources.' });
    expect(
      cardChecked({ ...c, checked: { on: '2026-12-03', by: 'quote found at source 1', open: 'the date' } }),
    ).toEqual({
      when: 'Checked against its sources on 3 Dec 2026.',
      by: 'quote found at source 1',
      open: 'the date',
    });
    expect(cardChecked({ ...c, checked: { on: '2026-12', by: 'x' } })).not.toHaveProperty('open');
  });

  it('says whose line a shape draws: the claimant’s own by default, or the party that described it', () => {
    const c = claims.find((x) => x.shape && x.party === 'armenia')!;
    expect(cardWhoseLine(c)).toMatchObject({ group: 'armenia', other: false });
    const shape = {
      ...c.shape!,
      whoseLine: { party: 'armenia' as const, basis: 'Ministry of Defence, 16 May' },
    };
    const described = cardWhoseLine({ ...c, party: 'azerbaijan', shape });
    expect(described).toEqual({
      group: 'armenia',
      other: true,
      text: 'Line as described by Armenia (Ministry of Defence, 16 May), not by Azerbaijan.',
    });
    // Naming the claim's own party is the default, not another's description.
    expect(cardWhoseLine({ ...c, shape })).toMatchObject({ other: false });
    expect(cardWhoseLine({ ...c, shape: undefined })).toBeNull();
  });

  it('groups claims by party, then kind, and dates read as words', () => {
    const tree = buildLayerTree(claims);
    expect(tree.map((g) => g.group)).toEqual(['armenia', 'azerbaijan', 'third']);
    expect(tree.flatMap((g) => g.ids).sort()).toEqual(claims.map((c) => c.id).sort());
    expect(formatDate('2021-05-12')).toBe('12 May 2021');
    expect(formatDate('2021-05')).toBe('May 2021');
  });

  it('lists claims by date, then id, in the same order in every locale', () => {
    const base = claims[0]!;
    const at = (id: string, stated: string): Claim => ({ ...base, id, stated });
    const shuffled = [
      at('b-2', '2021-05-13'),
      at('b-10', '2021-05-12'),
      at('a-1', '2021-05-13'),
      at('c', '2021-05'),
    ];
    const listed = buildLayerTree(shuffled).flatMap((g) => g.kinds.flatMap((k) => k.claims.map((c) => c.id)));
    expect(listed).toEqual(['c', 'b-10', 'a-1', 'b-2']);
    expect(['b', 'B', 'a', 'é', 'e'].sort(byCodeUnits)).toEqual(['B', 'a', 'b', 'e', 'é']);
  });
});

describe('overlapFeatures', () => {
  it('draws each pair once, with both claim ids, from the side that holds the geometry', async () => {
    const { overlapFeatures } = await import('../../src/map/claim_features');
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [46.2, 39.5],
          [46.3, 39.5],
          [46.3, 39.6],
          [46.2, 39.5],
        ],
      ],
    };
    const fc = overlapFeatures(
      new Map([
        ['am-1', [{ id: 'az-1', km2: 3, geometry: square }]],
        ['az-1', [{ id: 'am-1', km2: 3 }]],
      ]),
    );
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]!.properties).toEqual({ a: 'am-1', b: 'az-1' });
  });
});

describe('telling apart claims with the same title', () => {
  const claim = (id: string, claimant: string, stated: string, quote: string) =>
    ({ id, claimant, stated, statement: { quote, lang: 'en', form: 'direct' } }) as unknown as Claim;
  it('marks only the claims whose claimant and day another claim shares', () => {
    const claims = [
      claim('a', 'Spokesperson', '2021-05-16', 'one'),
      claim('b', 'Spokesperson', '2021-05-16', 'two'),
      claim('c', 'Spokesperson', '2021-05-20', 'three'),
      claim('d', 'Minister', '2021-05-16', 'four'),
    ];
    expect([...sharedTitles(claims)].sort()).toEqual(['a', 'b']);
  });
  it('quotes the opening words, as said', () => {
    const long = claim(
      'x',
      'X',
      '2021',
      '  The   issue should be  resolved through bilateral contacts, she said. ',
    );
    expect(quoteOpening(long)).toBe('The issue should be resolved through bilateral contacts, …');
    expect(quoteOpening(claim('y', 'Y', '2021', 'Short words.'))).toBe('Short words.');
    const cut = claim('z', 'Z', '2021', 'We advise the political and military circles … to refrain from it');
    expect(quoteOpening(cut, 7)).toBe('We advise the political and military circles …');
  });
});
