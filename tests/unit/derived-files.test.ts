import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { mergeClaimFiles } from '../../src/app/claim_files';
import { partyGroup } from '../../src/claims/parties';
import { claimFilesOnDisk, derivedFiles } from '../../scripts/derive-claims';

describe('the derived claim files (npm run derive)', () => {
  const loaded = mergeClaimFiles(claimFilesOnDisk());
  const files = derivedFiles(loaded);
  const features = (name: string) =>
    JSON.parse(files.get(`claim-features/${name}.geojson`)!) as FeatureCollection & { version: string };

  it('are the ones committed under geo/out', () => {
    for (const [path, text] of files) expect(readFileSync(`geo/out/${path}`, 'utf8'), path).toBe(text);
  });

  it('give each party its own features, every claim with a shape in its main reading, pinned to the data', () => {
    const shapes = JSON.parse(files.get('claim-shapes.json')!) as { version: string; claims: object };
    const drawn = new Set<string>();
    for (const group of ['armenia', 'azerbaijan', 'third']) {
      const fc = features(group);
      expect(fc.version).toBe(loaded.version);
      expect(fc.version).toBe(shapes.version);
      for (const f of fc.features) {
        expect(f.properties?.party).toBe(group);
        if (f.properties?.reading === 'main') drawn.add(f.properties.claimId as string);
      }
    }
    const withShape = loaded.claims.filter((c) => Object.hasOwn(shapes.claims, c.id)).map((c) => c.id);
    expect([...drawn].sort()).toEqual(withShape.sort());
    expect(loaded.claims.every((c) => ['armenia', 'azerbaijan', 'third'].includes(partyGroup(c.party)))).toBe(
      true,
    );
    expect(features('overlap').version).toBe(loaded.version);
  });
});
