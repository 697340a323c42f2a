// The hostile corpus (tests/fixtures/hostile/): every claims file through the checker (check-claims --geo's
// code path) and through a reader's-file load (checked and derived, as the claims worker does it); every
// precomputed attack through the page's check. Each bad claim gets a problem naming it and the field; the
// valid claims in the same file survive.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readClaimsPayload } from '../../src/app/claims_payload';
import { checkLocalClaims } from '../../src/app/local_claims';
import { httpHref } from '../../src/app/safe_link';
import { checkClaimsText } from '../../src/claims/check_file';
import { formatProblem, type Problem } from '../../src/claims/problems';
import { referenceFromGeoJSON } from '../../src/claims/reference';
import { EXPECTED, VALID } from '../fixtures/hostile/expected';
import { hostilePrecomputed, precomputedAttacks } from '../fixtures/hostile/precomputed';

const DIR = 'tests/fixtures/hostile';
const read = (f: string) => readFileSync(f, 'utf8');
const geo = (f: string) => JSON.parse(read(`geo/out/${f}`));
const refs = referenceFromGeoJSON(geo('land.geojson'), geo('border.geojson'), geo('lakes.geojson'));
/** The control characters (C0, C1, bidi overrides) in a line, as code points. */
const controlsIn = (line: string): number[] =>
  [...line]
    .map((ch) => ch.codePointAt(0) ?? 0)
    .filter((c) => c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e));

const has = (problems: Problem[], [where, field, message]: [string, string, RegExp]) =>
  problems.some((p) => p.where.endsWith(where) && p.field === field && message.test(p.message));

describe('the hostile claims files, through the checker', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, { timeout: 60_000 }, () => {
      const { claims, problems } = checkClaimsText(read(`${DIR}/${file}`), refs, { source: file });
      for (const p of expected.problems) expect(has(problems, p), `${p[0]} › ${p[1]}`).toBe(true);
      expect(claims.map((c) => c.id)).toEqual([...VALID, ...(expected.kept ?? [])]);
      // Bounded, and printable: no problem list is long, and no printed line carries a raw control character.
      expect(problems.length).toBeLessThanOrEqual(20 + 2);
      for (const p of problems) expect(controlsIn(formatProblem(file, p))).toEqual([]);
    });
  }

  it('covers every file of the corpus', async () => {
    const { readdirSync } = await import('node:fs');
    expect(
      readdirSync(DIR)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(Object.keys(EXPECTED).sort());
  });
});

describe('the hostile claims files, opened as a reader’s own file (checked and derived)', () => {
  beforeAll(() => {
    vi.stubGlobal('fetch', (url: string) => Promise.resolve(new Response(read(`geo/out/${url}`))));
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });
  const base = { land: 'land.geojson', border: 'border.geojson', lakes: 'lakes.geojson' };
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, { timeout: 60_000 }, async () => {
      const local = { name: file, text: read(`${DIR}/${file}`), mode: 'instead' as const, bundled: [], base };
      const result = await checkLocalClaims({ local });
      for (const p of expected.problems) expect(has(result.problems, p), `${p[0]} › ${p[1]}`).toBe(true);
      expect(result.claims.map((c) => c.id)).toEqual([...VALID, ...(expected.kept ?? [])]);
      // The valid claim with a shape is drawn.
      expect(Object.keys(result.geometry.claims)).toContain('arm-advance');
      for (const id of expected.kept ?? [])
        if (id !== 'rtl') expect(Object.keys(result.geometry.claims), id).toContain(id);
    });
  }
});

describe('the hostile precomputed files, through the page’s check', () => {
  const real = read('geo/out/claim-shapes.json');
  const realIds = (JSON.parse(real).checked.claims as { id: string }[]).map((c) => c.id);
  for (const [file, attack] of precomputedAttacks()) {
    it(`${file}: ${attack.attacks}`, () => {
      const { text, id } = hostilePrecomputed(real, attack);
      const { loaded, geometry } = readClaimsPayload({ loaded: null, precomputed: text });
      const ids = loaded.claims.map((c) => c.id);
      const others = realIds.filter((x) => x !== id);
      expect(ids.filter((x) => x !== id)).toEqual(others);
      const errors = loaded.problems.filter((p) => p.severity === 'error');
      expect(errors.length).toBeLessThanOrEqual(500);
      if (attack.field === null) {
        expect(ids).toContain(id);
        return;
      }
      const named = errors.find(
        (p) => p.where === `claim-shapes.json: ${id}` && p.field.startsWith(attack.field!),
      );
      expect(named, JSON.stringify(errors.slice(0, 3))).toBeDefined();
      if (attack.duplicate) expect(ids.filter((x) => x === id)).toHaveLength(1);
      else expect(ids).not.toContain(id);
      if (attack.geometryFrom) expect(geometry?.shapes.has(id)).toBe(false);
    });
  }

  it('keeps a claim with a javascript: link, but the card gets no href for it', () => {
    const attack = precomputedAttacks().find(([f]) => f === 'javascript-link.json')![1];
    const { text, id } = hostilePrecomputed(real, attack);
    const claim = readClaimsPayload({ loaded: null, precomputed: text }).loaded.claims.find(
      (c) => c.id === id,
    )!;
    expect(claim.sources[0]!.url).toMatch(/^javascript:/);
    expect(httpHref(claim.sources[0]!.url)).toBeUndefined();
    expect(httpHref(claim.sources[0]!.archived)).toBeUndefined();
  });

  it('shows right-to-left text without its overrides', () => {
    const attack = precomputedAttacks().find(([f]) => f === 'rtl-override.json')![1];
    const { text, id } = hostilePrecomputed(real, attack);
    const claim = readClaimsPayload({ loaded: null, precomputed: text }).loaded.claims.find(
      (c) => c.id === id,
    )!;
    expect(claim.claimant).toBe('Ministry of Defence');
    expect(claim.statement.quote).toBe('troops withdrew');
  });
});
