// Notices name a map file as it is named under geo/, not as the build renamed it.
import { describe, expect, it } from 'vitest';
import { dataFileName } from '../../src/map/data_file_name';

describe('dataFileName', () => {
  it("drops the hash Vite's build adds to a file's name", () => {
    expect(dataFileName('http://h/assets/armenia-BA6aFGvh.geojson')).toBe('armenia.geojson');
    expect(dataFileName('http://h/assets/border-labels-Lydl6fVC.geojson')).toBe('border-labels.geojson');
    // A hash may itself hold '-' and '_'.
    expect(dataFileName('http://h/assets/places-CInL2DX-.geojson')).toBe('places.geojson');
    expect(dataFileName('/assets/land-Br2_mUIw.geojson?v=1#x')).toBe('land.geojson');
  });

  it('keeps a name the build did not rename (the dev server, a reader-named file)', () => {
    expect(dataFileName('http://h/geo/out/border-labels.geojson')).toBe('border-labels.geojson');
    expect(dataFileName('http://h/geo/out/claim-features/third.geojson')).toBe('third.geojson');
    expect(dataFileName('land.geojson')).toBe('land.geojson');
    // Seven characters after the last '-' are not a build hash.
    expect(dataFileName('/a/claims-armenia.geojson')).toBe('claims-armenia.geojson');
  });
});
