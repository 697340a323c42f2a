import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (...args: string[]) => {
  const r = spawnSync('npx', ['tsx', 'scripts/check-claims.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const fx = (name: string) => `tests/fixtures/claims/${name}`;

describe('scripts/check-claims.ts', { timeout: 60_000 }, () => {
  it('exits 0 on a clean file and says so', () => {
    const r = run(fx('good.json'));
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${fx('good.json')}: 3 valid claims, no problems\n`);
  });

  it('exits 1 on a bad file, printing each problem with file, place, field, found and expected', () => {
    const r = run(fx('good.json'), fx('duplicate-ids.json'));
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `${fx('duplicate-ids.json')}: claims[2] › id: found "same", expected an id no other claim has — duplicate id:`,
    );
    expect(r.out).toContain(`${fx('duplicate-ids.json')}: 2 valid claims, 1 error(s), 0 warning(s)`);
  });

  it('reports a file that is not JSON, and warnings also fail the check', () => {
    expect(run(fx('not-json.txt')).out).toMatch(
      /not-json\.txt: file › \(whole\): .*not valid JSON at line 4/,
    );
    const r = run(fx('dangling-refs.json'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('[warning]');
  });

  it('exits 1 with usage when given no file', () => {
    const r = run();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^usage: check-claims/);
  });
});
