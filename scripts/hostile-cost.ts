// `npm run hostile-cost`: what each file of the hostile corpus (tests/fixtures/hostile/) costs. In Node, each
// claims file is checked and derived as `npm run derive` would (check-claims --geo, then every shape, figure and
// overlap), and each precomputed attack read as the page reads it, every one in a process of its own: wall
// time and peak resident memory. In the built app (dist/, `npm run build` first), in headless Chromium, each
// claims file is dropped on the map as a reader's own (a drop event made in the page, from a File fetched before:
// long tasks are recorded from the drop, so they are the page's own work), each precomputed attack served as
// the build's file, and each hostile map file served in a copy of the build: the longest main-thread task while
// it loads (what the reader feels as a frozen page), the time to the result, and the page's JS heap after (CDP
// Performance.getMetrics; the claims worker's own heap is not in it).
// The real claims are measured too, derived as the claims worker derives them when the precomputed file is
// stale: in Node, and in the page (from the claims read to their shapes drawn: the worker's derivation).
//   npm run hostile-cost [-- --node-only | --browser-only] [--only <regexp of rows' names>]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resourceUsage } from 'node:process';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { mergeClaimFiles } from '../src/app/claim_files';
import { readClaimsPayload } from '../src/app/claims_payload';
import { deriveAll } from '../src/app/derive_all';
import { checkClaimsText } from '../src/claims/check_file';
import { referenceFromGeoJSON } from '../src/claims/reference';
import { MAP_FILE_ATTACKS, type MapFileAttack } from '../tests/fixtures/hostile/map-files';
import {
  hostilePrecomputed,
  precomputedAttacks,
  type PrecomputedAttack,
} from '../tests/fixtures/hostile/precomputed';
import { launchChromium } from './lib/chromium';
import { serveStatic } from './lib/static-server';

const DIR = 'tests/fixtures/hostile';
const BASELINE_NODE = 'baseline: Node, no fixture';
const BASELINE_FILE = 'baseline: a valid file (tests/fixtures/claims/good.json)';
const BASELINE_PAGE = 'baseline: the page with the real precomputed file';
/** The real claims derived, as the claims worker does when the precomputed file is stale (worker_call.ts). */
const REAL_DERIVE = 'real data: every bundled claim derived (a stale precomputed file)';
const claimsFiles = () =>
  readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();

/** A hostile map file's row: measured in the page only (Node never reads the map's files). */
const mapRow = (a: MapFileAttack) => `map:${a.file.split('/').pop()}: ${a.attacks}`;

/** `--only <regexp>`: measure only the rows whose name it matches. */
let only: RegExp | null = null;
const wanted = (row: string) => only === null || only.test(row);

interface NodeCost {
  ms: number;
  peakMB: number;
}

/** In this process: one fixture's cost (`claims:<file>` or `precomputed:<file>`), printed as JSON. */
function measureOne(what: string): void {
  const [kind, file] = what.split(':') as [string, string];
  const geo = (f: string) => JSON.parse(readFileSync(`geo/out/${f}`, 'utf8'));
  const refs = referenceFromGeoJSON(geo('land.geojson'), geo('border.geojson'), geo('lakes.geojson'));
  const real = readFileSync('geo/out/claim-shapes.json', 'utf8');
  const start = performance.now();
  if (kind === 'claims') {
    const text = readFileSync(`${DIR}/${file}`, 'utf8');
    checkClaimsText(text, refs, { source: file }); // check-claims --geo
    deriveAll(mergeClaimFiles([[file, text]]).claims, refs); // npm run derive
  } else if (kind === 'real') {
    const files = readdirSync('geo/claims')
      .filter((f) => f.endsWith('.json') && f !== 'schema.json')
      .map((f): [string, string] => [f, readFileSync(`geo/claims/${f}`, 'utf8')]);
    deriveAll(mergeClaimFiles(files).claims, refs);
  } else if (kind === 'precomputed') {
    const attack = precomputedAttacks().find(([f]) => f === file)![1];
    readClaimsPayload({ loaded: null, precomputed: hostilePrecomputed(real, attack).text });
  }
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, peakMB: resourceUsage().maxRSS / 1024 } satisfies NodeCost));
}

function inChild(what: string): NodeCost {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/hostile-cost.ts', '--one', what], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as NodeCost;
}

interface BrowserCost {
  longestTaskMs: number;
  resultMs: number;
  heapMB: number;
  /** For the real data derived in the worker: from the claims read to their shapes drawn (App's marks). */
  deriveMs?: number;
}

/** Records the longest main-thread task from now on (Long Tasks API; tasks over 50 ms). */
const watchLongTasks = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __longest: number; __observer?: PerformanceObserver };
    w.__longest = 0;
    w.__observer?.disconnect();
    w.__observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    });
    w.__observer.observe({ type: 'longtask' });
  });

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

async function browserCosts(): Promise<Map<string, BrowserCost>> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first.');
  const server = await serveStatic('dist', { prefix: '/app/' });
  const browser = await launchChromium();
  const out = new Map<string, BrowserCost>();
  const ready = (page: Page) =>
    page.waitForSelector('[data-status=ready]', { state: 'attached', timeout: 120_000 });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}#map=10/39.6/46.2`);
    await ready(page);
    await page.selectOption('[data-testid=local-mode]', 'instead');
    // First a valid file (the baseline: what any file's claims cost to draw), then the corpus.
    const files = [
      ['good.json', 'tests/fixtures/claims/good.json'],
      ...claimsFiles().map((f) => [f, `${DIR}/${f}`]),
    ];
    let loads = 0;
    // Each file is handed to the page as a reader's drop would: fetched from the served fixture into a File
    // first, then dropped on the map (dragenter, drop) from inside the page, and long tasks recorded only from
    // there: the page's own work, not the harness's (Playwright's setInputFiles built the file in the page, in
    // a task of its own of about 0.5 s for the 1.6 MB files).
    await page.route(/\/__fixture\/.+$/, (route) =>
      route.fulfill({
        body: readFileSync(
          decodeURIComponent(new URL(route.request().url()).pathname.split('/__fixture/')[1]!),
        ),
        contentType: 'application/json',
      }),
    );
    for (const [i, [file, path]] of files.entries()) {
      if (!wanted(i === 0 ? BASELINE_FILE : `claims:${file}`)) continue;
      await page.evaluate(
        async ([url, name]) => {
          const blob = await (await fetch(url!)).blob();
          (window as unknown as { __file: File }).__file = new File([blob], name!, {
            type: 'application/json',
          });
        },
        [`${server.url}__fixture/${encodeURIComponent(path!)}`, file!],
      );
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      await watchLongTasks(page);
      const start = Date.now();
      await page.evaluate(() => {
        const dt = new DataTransfer();
        dt.items.add((window as unknown as { __file: File }).__file);
        const target = document.querySelector('.map')!;
        target.dispatchEvent(
          new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }),
        );
        target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      });
      await page.waitForSelector(`section.local[data-loads="${++loads}"]`, {
        state: 'attached',
        timeout: 120_000,
      });
      const resultMs = Date.now() - start;
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
      const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
      out.set(i === 0 ? BASELINE_FILE : `claims:${file}`, {
        longestTaskMs,
        resultMs,
        heapMB: await heapMB(page),
      });
      process.stderr.write('.');
    }
    await page.close();
    const none: PrecomputedAttack = { attacks: 'nothing', field: null };
    const pages: [string, PrecomputedAttack | 'stale'][] = [
      [BASELINE_PAGE, none],
      [REAL_DERIVE, 'stale'],
      ...precomputedAttacks().map(([f, a]): [string, PrecomputedAttack] => [`precomputed:${f}`, a]),
    ];
    for (const [row, attack] of pages.filter(([r]) => wanted(r))) {
      const p = await browser.context.newPage();
      await p.addInitScript(() => {
        const w = window as unknown as { __longest: number };
        w.__longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      await p.route(/\/assets\/claim-shapes-[^/]+\.json$/, async (route) => {
        const real = await (await route.fetch()).text();
        // Stale: another version, so the page checks the claims files and derives their shapes in its worker.
        const body =
          attack === 'stale'
            ? real.replace(/"version":"[^"]*"/, '"version":"stale"')
            : hostilePrecomputed(real, attack).text;
        await route.fulfill({ body, contentType: 'application/json' });
      });
      const start = Date.now();
      await p.goto(`${server.url}#map=10/39.6/46.2`);
      await ready(p);
      const resultMs = Date.now() - start;
      const longestTaskMs = await p.evaluate(() => (window as unknown as { __longest: number }).__longest);
      // (No named functions inside: tsx would wrap them in a helper the page does not have.)
      const deriveMs = await p.evaluate(
        () =>
          (performance.getEntriesByName('claims-drawn', 'mark')[0]?.startTime ?? NaN) -
          (performance.getEntriesByName('claims-loaded', 'mark')[0]?.startTime ?? NaN),
      );
      out.set(row, {
        longestTaskMs,
        resultMs,
        heapMB: await heapMB(p),
        ...(attack === 'stale' ? { deriveMs } : {}),
      });
      await p.close();
      process.stderr.write('.');
    }
    // Each hostile map file in a copy of the build, in place of its file (served as a server serves it: the
    // huge ones too, which Playwright's request interception cannot carry).
    for (const attack of MAP_FILE_ATTACKS.filter((a) => wanted(mapRow(a)))) {
      const dir = mkdtempSync(join(tmpdir(), 'hostile-map-'));
      try {
        cpSync('dist', dir, { recursive: true });
        const name = attack.file
          .split('/')
          .pop()!
          .replace(/\.geojson$/, '');
        const built = readdirSync(`${dir}/assets`).find((f) =>
          new RegExp(`^${name}-[\\w-]{8}\\.geojson$`).test(f),
        );
        if (!built) throw new Error(`the build has no ${attack.file}`);
        writeFileSync(`${dir}/assets/${built}`, attack.make(readFileSync(`geo/out/${attack.file}`, 'utf8')));
        const copy = await serveStatic(dir, { prefix: '/app/' });
        const p = await browser.context.newPage();
        await p.addInitScript(() => {
          const w = window as unknown as { __longest: number };
          w.__longest = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
          }).observe({ type: 'longtask', buffered: true });
        });
        const start = Date.now();
        await p.goto(`${copy.url}#map=10/39.6/46.2`);
        await ready(p);
        const resultMs = Date.now() - start;
        const longestTaskMs = await p.evaluate(() => (window as unknown as { __longest: number }).__longest);
        out.set(mapRow(attack), { longestTaskMs, resultMs, heapMB: await heapMB(p) });
        await p.close();
        await copy.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      process.stderr.write('.');
    }
  } finally {
    await browser.close();
    server.close();
  }
  process.stderr.write('\n');
  return out;
}

async function main(args: string[]) {
  const oneAt = args.indexOf('--one');
  if (oneAt >= 0) return measureOne(args[oneAt + 1]!);
  const onlyAt = args.indexOf('--only');
  if (onlyAt >= 0) only = new RegExp(args[onlyAt + 1] ?? '');
  const all = [
    ...claimsFiles().map((f) => `claims:${f}`),
    ...precomputedAttacks().map(([f]) => `precomputed:${f}`),
  ];
  const node = new Map<string, NodeCost>();
  if (!args.includes('--browser-only')) {
    node.set(BASELINE_NODE, inChild('none:none'));
    if (wanted(REAL_DERIVE)) node.set(REAL_DERIVE, inChild('real:all'));
    for (const what of all.filter(wanted)) {
      node.set(what, inChild(what));
      process.stderr.write('.');
    }
    process.stderr.write('\n');
  }
  const browser = args.includes('--node-only') ? new Map<string, BrowserCost>() : await browserCosts();
  const f0 = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(0));
  console.log(
    '| fixture | node: check + derive, ms | node: peak RSS, MB | page: longest task, ms | page: result, ms | page: JS heap, MB |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const what of [
    BASELINE_NODE,
    BASELINE_FILE,
    BASELINE_PAGE,
    REAL_DERIVE,
    ...all,
    ...MAP_FILE_ATTACKS.map(mapRow),
  ]) {
    const n = node.get(what);
    const b = browser.get(what);
    if (!n && !b) continue;
    console.log(
      `| ${what} | ${f0(n?.ms)} | ${f0(n?.peakMB)} | ${f0(b?.longestTaskMs)} | ${f0(b?.resultMs)} | ${f0(b?.heapMB)} |`,
    );
  }
  const derive = browser.get(REAL_DERIVE)?.deriveMs;
  if (derive !== undefined)
    console.log(
      `\nthe real claims derived in the page's claims worker: ${f0(derive)} ms (claims read to shapes drawn)`,
    );
  const worst = (xs: (number | undefined)[]) =>
    Math.max(0, ...xs.filter((x): x is number => x !== undefined));
  console.log(
    `\nworst: node ${f0(worst([...node.values()].map((c) => c.ms)))} ms, ${f0(worst([...node.values()].map((c) => c.peakMB)))} MB; ` +
      `page longest task ${f0(worst([...browser.values()].map((c) => c.longestTaskMs)))} ms, ` +
      `result ${f0(worst([...browser.values()].map((c) => c.resultMs)))} ms, heap ${f0(worst([...browser.values()].map((c) => c.heapMB)))} MB`,
  );
}

await main(process.argv.slice(2));
