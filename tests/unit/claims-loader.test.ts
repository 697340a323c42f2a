import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergeClaimFiles } from '../../src/app/claim_files';
import { fromPrecomputed, type PrecomputedFile } from '../../src/app/claim_geometry';
import { fetchAndCheckClaims, loadClaimsData } from '../../src/app/claims_loader';
import { precomputedVersion, readClaimsPayload } from '../../src/app/claims_payload';
import { claimFilesOnDisk } from '../../scripts/derive-claims';
import { reasonIn } from '../../src/i18n/phrases';
import { EN_ALL } from '../../src/i18n/english';

// The project's own claims and the precomputed file `npm run derive` wrote for them.
const files = claimFilesOnDisk();
const shapesText = readFileSync('geo/out/claim-shapes.json', 'utf8');
const checked = mergeClaimFiles(files);
const request = {
  files: files.map(([name]) => [name, `http://data.test/claims/${name}`] as [string, string]),
  precomputedUrl: 'http://data.test/claim-shapes.json',
};

/** Serves `texts` by URL as fetch would; any other URL is a 404. Counts what was asked for. */
function serve(texts: Record<string, string>) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url);
    const text = texts[url];
    return Promise.resolve(new Response(text ?? 'not found', { status: text === undefined ? 404 : 200 }));
  });
  return asked;
}

const onDisk = (claims = files) => ({
  ...Object.fromEntries(claims.map(([name, text]) => [`http://data.test/claims/${name}`, text])),
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the claims loader', () => {
  it('takes the check `npm run derive` made when the claims files are the ones it was made from', async () => {
    expect(precomputedVersion(shapesText)).toBe(checked.version);
    serve({ ...onDisk(), [request.precomputedUrl]: shapesText });
    const payload = await fetchAndCheckClaims(request);
    expect(payload).toEqual({ loaded: null, precomputed: shapesText });
    const { loaded, geometry } = readClaimsPayload(payload);
    expect(loaded).toEqual(checked);
    const file = JSON.parse(shapesText) as PrecomputedFile;
    expect(geometry).toEqual(fromPrecomputed(file, checked.claims));
    expect(geometry?.shapes.size).toBeGreaterThan(0);
  });

  it('checks every claim itself when a claims file has changed, and leaves the stale shapes out', async () => {
    const [name, text] = files[0]!;
    const edited = text.replace('"claims"', '"claims" ');
    serve({ ...onDisk([[name, edited], ...files.slice(1)]), [request.precomputedUrl]: shapesText });
    const payload = await fetchAndCheckClaims(request);
    expect(payload.loaded).not.toBeNull();
    const { loaded, geometry } = readClaimsPayload(payload);
    expect(loaded.claims).toEqual(checked.claims);
    expect(loaded.version).not.toBe(checked.version);
    expect(geometry).toBeNull(); // computed in the browser instead
  });

  it('checks every claim itself when the precomputed file is missing, unreadable or of an older kind', async () => {
    const older = shapesText.replace(/"checked":\{.*?\},"claims":\{/s, '"claims":{');
    for (const precomputed of [undefined, 'not json', '[]', older]) {
      serve({ ...onDisk(), ...(precomputed === undefined ? {} : { [request.precomputedUrl]: precomputed }) });
      const payload = await fetchAndCheckClaims(request);
      expect(payload.loaded, String(precomputed).slice(0, 20)).not.toBeNull();
      const { loaded, geometry } = readClaimsPayload(payload);
      expect(loaded).toEqual(checked);
      if (precomputed === older) expect(geometry?.shapes.size).toBeGreaterThan(0);
      else expect(geometry).toBeNull();
    }
  });

  it('says which claims file could not load', async () => {
    serve({ [request.precomputedUrl]: shapesText });
    await expect(loadClaimsData(request)).rejects.toThrow(
      `Could not load the claims file ${files[0]![0]} (HTTP 404)`,
    );
  });

  it('says so when a precomputed file that matched cannot be read', () => {
    const failed = (() => {
      try {
        readClaimsPayload({ loaded: null, precomputed: '{"version":"00000000","checked":' });
      } catch (e) {
        return e;
      }
    })();
    expect(reasonIn(failed, EN_ALL)).toMatch(/\(claim-shapes\.json\) could not be read/);
  });
});
