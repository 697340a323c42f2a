// `npm run bench`: the app against a bare MapLibre page drawing the app's own style and data, in headless
// Chromium (a fresh browser and profile per page load, app and bare alternating). Prints medians with
// min–max and the app/bare ratios, writes bench-results/latest.json, and exits 1 when a budget is broken.
// What each row means: README.md, ## Benchmark.
//
//   npm run bench                   7 runs of each page and scenario, and 3 first-view loads a run (10–25 minutes)
//   npm run bench -- --runs 11      more runs
//   npm run bench -- --quick        3 runs
//   npm run bench -- --profile      also CPU-profile one app run per scenario: main-thread time by source file
//   npm run bench -- --keep         keep the built pages (the path is printed) instead of deleting them
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { findChromium } from './lib/chromium';
import { serveStatic } from './lib/static-server';
import { MAPLIBRE_FILES } from './bench/bare';
import { gzSize, splitByMaplibre, sum, tally, type Transfer } from './bench/bytes';
import {
  APP_TOGGLE,
  BARE_TOGGLE,
  openPage,
  panAndZoom,
  timeToggles,
  type ToggleTimes,
  timeToIdle,
  TOGGLES_PER_PAGE,
  type LoadResult,
} from './bench/pages';
import { prepare, SYNTHETIC_CLAIMS, type Prepared } from './bench/prepare';
import { Attributor, attribute, startProfile, startThreadTrace } from './bench/profile';
import {
  bytesTable,
  bytesVerdicts,
  kb,
  median,
  pairedRatio,
  ratioOfMedians,
  timedTable,
  timedVerdicts,
  type BytesRow,
  type Timed,
  type Verdict,
} from './bench/report';

// ---- options and budgets ------------------------------------------------------------------------------

interface Options {
  runs: number;
  profile: boolean;
  keep: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { runs: 7, profile: false, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') o.runs = 3;
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a.startsWith('--runs=')) o.runs = Number(a.slice('--runs='.length));
    else if (a === '--profile') o.profile = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench [-- --runs N | --quick] [--profile] [--keep]');
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs takes a whole number of at least 1');
  return o;
}

const KB = 1024;
export const BUDGET = {
  firstIdleRatio: 1.15,
  /** The app's first map pixels against the Leaflet page's complete view (paired). */
  firstPixelsVsLeaflet: 1.0,
  appJsBeyondMaplibre: 60 * KB,
  firstViewData: 250 * KB,
  toggleRatio: 1.2,
  syntheticRatio: 1.25,
  longestTaskMs: 200,
};

/** The pan and zoom on the 10,000-claims pages is slow in the app (minutes): only this many runs do it. */
const SYNTHETIC_PAN_ZOOM_RUNS = 3;

/**
 * First-view loads a run, of each page: the run's own (which goes on to the toggles and pan and zoom) and
 * this many less one more, in pairs of their own. Single first-view loads here vary by up to half their
 * time, and the budget on the first view is the tightest: 7 pairs put its median anywhere within about
 * ±0.07 of the same app's. Three pairs a run make 21, for about 4 more minutes.
 */
export const FIRST_VIEW_LOADS_PER_RUN = 3;

const log = (...xs: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...xs);
const ms = (x: number) => `${Math.round(x)} ms`;

// ---- the sessions: one fresh browser per page load ----------------------------------------------------

type Variant = 'app' | 'bare';

/**
 * One extra first-view pair (see FIRST_VIEW_LOADS_PER_RUN): the two loads ran one right after the other; and
 * the Leaflet page's load, right before or after them.
 */
interface FirstViewPair {
  run: number;
  app: LoadResult;
  bare: LoadResult;
  leaflet: LoadResult;
}

interface RunResult {
  variant: Variant;
  run: number;
  loadavg: number[];
  first: LoadResult;
  /**
   * A toggle's time: the mean of `hideMs` and `showMs`, the medians of the hiding and the showing toggles in
   * `toggles` (every toggle timed in the run's first-view page, hiding first). The two directions can differ
   * several times over, so one median of all of them would fall anywhere between the two.
   */
  toggleMs: number;
  hideMs: number;
  showMs: number;
  toggles: number[];
  /** Before each toggle: the wait for the GPU to finish drawing what the page had sent it (gpuCatchUp). */
  gpuCatchUpMs: number[];
  panZoomLongestMs: number;
  permalink: LoadResult;
  synthetic: LoadResult;
  syntheticPanZoomLongestMs: number | null;
}

async function run(
  variant: Variant,
  index: number,
  base: string,
  prep: Prepared,
  withSyntheticPanZoom: boolean,
): Promise<RunResult> {
  const p = prep.paths;
  const loadavgAtStart = loadavg();

  const s1 = await openPage(base + (variant === 'app' ? p.app : p.bare('first')), { quietMs: 1500 });
  let toggles: ToggleTimes;
  let panZoomLongestMs: number;
  try {
    toggles =
      variant === 'app'
        ? await timeToggles(s1.page, APP_TOGGLE)
        : await timeToggles(s1.page, BARE_TOGGLE, prep.toggleLayers);
    panZoomLongestMs = (await panAndZoom(s1.page)).longestTaskMs;
  } finally {
    await s1.close();
  }

  const s2 = await openPage(base + (variant === 'app' ? p.appPermalink : p.bare('permalink')), {
    quietMs: 2500,
  });
  await s2.close();

  const s3 = await openPage(base + (variant === 'app' ? p.app10k : p.bare('synthetic')), { quietMs: 1500 });
  let syntheticPanZoomLongestMs: number | null = null;
  try {
    if (withSyntheticPanZoom) syntheticPanZoomLongestMs = (await panAndZoom(s3.page)).longestTaskMs;
  } finally {
    await s3.close();
  }
  return {
    variant,
    run: index,
    loadavg: loadavgAtStart,
    first: s1.load,
    ...toggleFigures(toggles.times),
    toggles: toggles.times,
    gpuCatchUpMs: toggles.gpuCatchUpMs,
    panZoomLongestMs,
    permalink: s2.load,
    synthetic: s3.load,
    syntheticPanZoomLongestMs,
  };
}

/**
 * One first-view load of each page, one right after the other, in the order given, with the Leaflet page's
 * before them or after (`leafletFirst`); only the load is timed.
 */
async function firstViewPair(
  order: Variant[],
  leafletFirst: boolean,
  run: number,
  base: string,
  prep: Prepared,
): Promise<FirstViewPair> {
  const got: Partial<Record<Variant | 'leaflet', LoadResult>> = {};
  const leaflet = async () => {
    const s = await openPage(base + prep.paths.leaflet, { quietMs: 300, mapLibre: false, filmstrip: true });
    got.leaflet = s.load;
    await s.close();
  };
  if (leafletFirst) await leaflet();
  for (const variant of order) {
    // Every page of the pair filmed alike: recording frames costs the browser some time.
    const s = await openPage(base + (variant === 'app' ? prep.paths.app : prep.paths.bare('first')), {
      quietMs: 300,
      filmstrip: true,
    });
    got[variant] = s.load;
    await s.close();
  }
  if (!leafletFirst) await leaflet();
  return { run, app: got.app!, bare: got.bare!, leaflet: got.leaflet! };
}

/** The figures of a page's toggles, which alternate hiding (first) and showing. */
function toggleFigures(toggles: readonly number[]): { toggleMs: number; hideMs: number; showMs: number } {
  const hideMs = median(toggles.filter((_, i) => i % 2 === 0));
  const showMs = median(toggles.filter((_, i) => i % 2 === 1));
  return { toggleMs: (hideMs + showMs) / 2, hideMs, showMs };
}

// ---- main ---------------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'claimlines-bench-'));
  try {
    const revision = appRevision();
    const prep = await prepare(work);
    const server = await serveStatic(work);
    let results: RunResult[];
    const extraFirstViews: FirstViewPair[] = [];
    let profiles: string | null = null;
    try {
      results = [];
      for (let i = 0; i < opts.runs; i++) {
        const order: Variant[] = i % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
        for (const variant of order) {
          const r = await run(variant, i + 1, server.url, prep, i < SYNTHETIC_PAN_ZOOM_RUNS);
          results.push(r);
          log(
            `run ${i + 1}/${opts.runs} ${variant.padEnd(4)}: first idle ${ms(r.first.firstIdleMs)}, toggle ${ms(r.toggleMs)} (hide ${ms(r.hideMs)}, show ${ms(r.showMs)}), ` +
              `permalink ${ms(r.permalink.settledIdleMs)}, ${SYNTHETIC_CLAIMS} claims ${ms(r.synthetic.firstIdleMs)}; ` +
              `longest task in pan/zoom ${ms(r.panZoomLongestMs)}` +
              (r.syntheticPanZoomLongestMs === null
                ? ''
                : `, with ${SYNTHETIC_CLAIMS} claims ${ms(r.syntheticPanZoomLongestMs)}`) +
              ` (load average ${r.loadavg[0]!.toFixed(1)})`,
          );
        }
        for (let k = 1; k < FIRST_VIEW_LOADS_PER_RUN; k++) {
          const pair = await firstViewPair(
            (i + k) % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'],
            // The Leaflet page loads first in every other pair (it alternates within a run of two pairs).
            k % 2 === 1,
            i + 1,
            server.url,
            prep,
          );
          extraFirstViews.push(pair);
          log(
            `run ${i + 1}/${opts.runs} first view, pair ${k + 1}/${FIRST_VIEW_LOADS_PER_RUN}: app ${ms(pair.app.firstIdleMs)} (map shown ${ms(pair.app.shownMs ?? NaN)}, main thread ${ms(pair.app.mapPixelsMs ?? NaN)}), bare ${ms(pair.bare.firstIdleMs)} (shown ${ms(pair.bare.shownMs ?? NaN)}), Leaflet shown ${ms(pair.leaflet.shownMs ?? NaN)} (main thread ${ms(pair.leaflet.mapPixelsMs ?? NaN)})`,
          );
        }
      }
      if (opts.profile) profiles = await profileApp(server.url, prep);
    } finally {
      await server.close();
    }
    const ok = report(opts, prep, results, extraFirstViews, profiles, started, revision);
    process.exitCode = ok ? 0 : 1;
  } finally {
    if (opts.keep)
      log(`kept the built pages in ${work} (serve that directory; see scripts/bench/prepare.ts)`);
    else rmSync(work, { recursive: true, force: true });
  }
}

// ---- the report ---------------------------------------------------------------------------------------

/** Prints the tables and verdicts, writes bench-results/latest.json; true when every budget holds. */
function report(
  opts: Options,
  prep: Prepared,
  results: RunResult[],
  extraFirstViews: FirstViewPair[],
  profiles: string | null,
  started: number,
  revision: string,
): boolean {
  // One value per run, in run order, so that app[i] and bare[i] are the pages loaded one after the other.
  const of = (v: Variant, f: (r: RunResult) => number | null) =>
    Array.from({ length: opts.runs }, (_, i) => {
      const r = results.find((x) => x.variant === v && x.run === i + 1);
      return r ? f(r) : null;
    });
  const claims = SYNTHETIC_CLAIMS.toLocaleString('en');
  const longest = (l: LoadResult) => Math.max(0, ...l.longTasks.map((t) => t.duration));
  // Every first-view pair: each run's own, then the extra pairs.
  const firstApp = of('app', (r) => r.first.firstIdleMs);
  const firstBare = of('bare', (r) => r.first.firstIdleMs);
  const timed: Timed[] = [
    {
      name: `First view: navigation → first idle (${FIRST_VIEW_LOADS_PER_RUN} loads a run)`,
      app: [...firstApp, ...extraFirstViews.map((p) => p.app.firstIdleMs)],
      bare: [...firstBare, ...extraFirstViews.map((p) => p.bare.firstIdleMs)],
      maxRatio: BUDGET.firstIdleRatio,
    },
    {
      name: 'First map pixels: navigation → the first frame on screen with the border and the claims (the app’s first paint), against the Leaflet page’s complete view on screen (frames from Chromium’s trace)',
      app: extraFirstViews.map((p) => p.app.shownMs),
      bare: extraFirstViews.map((p) => p.leaflet.shownMs),
      peer: 'Leaflet',
      maxRatio: BUDGET.firstPixelsVsLeaflet,
    },
    {
      name: '… the same frames done on the pages’ main threads (before the browser rasterises and shows them)',
      app: extraFirstViews.map((p) => p.app.mapPixelsMs),
      bare: extraFirstViews.map((p) => p.leaflet.mapPixelsMs),
      peer: 'Leaflet',
    },
    {
      name: '… MapLibre’s first frame on screen with the map (the bare page), against the Leaflet page’s',
      app: extraFirstViews.map((p) => p.bare.shownMs),
      bare: extraFirstViews.map((p) => p.leaflet.shownMs),
      peer: 'Leaflet',
    },
    {
      name: 'First complete, interactive view: navigation → the app ready (its map idle), against the Leaflet page’s complete view on screen',
      app: extraFirstViews.map((p) => p.app.firstIdleMs),
      bare: extraFirstViews.map((p) => p.leaflet.shownMs),
      peer: 'Leaflet',
    },
    {
      name: `Layer toggle: click → next idle (mean of hiding and showing; ${TOGGLES_PER_PAGE} toggles a page)`,
      app: of('app', (r) => r.toggleMs),
      bare: of('bare', (r) => r.toggleMs),
      maxRatio: BUDGET.toggleRatio,
    },
    {
      name: '… hiding (median a page)',
      app: of('app', (r) => r.hideMs),
      bare: of('bare', (r) => r.hideMs),
    },
    {
      name: '… showing (median a page)',
      app: of('app', (r) => r.showMs),
      bare: of('bare', (r) => r.showMs),
    },
    {
      name: '… wait before each toggle for the GPU to finish drawing (median a page)',
      app: of('app', (r) => median(r.gpuCatchUpMs)),
      bare: of('bare', (r) => median(r.gpuCatchUpMs)),
    },
    {
      name: 'Permalink (selected claim, overlay compare) → idle',
      app: of('app', (r) => r.permalink.settledIdleMs),
      bare: of('bare', (r) => r.permalink.settledIdleMs),
    },
    {
      name: `${claims} claims: navigation → first idle`,
      app: of('app', (r) => r.synthetic.firstIdleMs),
      bare: of('bare', (r) => r.synthetic.firstIdleMs),
      maxRatio: BUDGET.syntheticRatio,
    },
    {
      name: 'Longest main-thread task in pan + zoom (real data)',
      app: of('app', (r) => r.panZoomLongestMs),
      bare: of('bare', (r) => r.panZoomLongestMs),
      maxApp: BUDGET.longestTaskMs,
    },
    {
      name: `Longest main-thread task in pan + zoom (${claims} claims; ${Math.min(opts.runs, SYNTHETIC_PAN_ZOOM_RUNS)} runs)`,
      app: of('app', (r) => r.syntheticPanZoomLongestMs),
      bare: of('bare', (r) => r.syntheticPanZoomLongestMs),
      maxApp: BUDGET.longestTaskMs,
    },
    {
      name: 'Longest main-thread task while loading (real data)',
      app: of('app', (r) => longest(r.first)),
      bare: of('bare', (r) => longest(r.first)),
    },
    {
      name: `Longest main-thread task while loading (${claims} claims)`,
      app: of('app', (r) => longest(r.synthetic)),
      bare: of('bare', (r) => longest(r.synthetic)),
    },
  ];

  // Bytes of the first view: the same files every run, so the first run of each page tells them.
  const appFirst = results.find((r) => r.variant === 'app')!.first.transfers;
  const bareFirst = results.find((r) => r.variant === 'bare')!.first.transfers;
  const fileOf = (t: Transfer) => basename(new URL(t.url).pathname);
  const splits = new Map(
    readdirSync(join(prep.appDir, 'assets'))
      .filter((f) => /\.m?js$/.test(f))
      .map((f) => [f, splitByMaplibre(join(prep.appDir, 'assets', f))] as const),
  );
  const appJs = appFirst.filter((t) => t.kind === 'js');
  // MapLibre's dist files, shipped as they are (its main code and its worker); other chunks are split by map.
  const isMaplibreFile = (t: Transfer) => fileOf(t).startsWith('maplibre-gl-');
  const appMaplibre = sum(
    appJs.map((t) => (isMaplibreFile(t) ? t.gz : (splits.get(fileOf(t))?.maplibreGz ?? 0))),
  );
  const appRest = sum(appJs.map((t) => (isMaplibreFile(t) ? 0 : (splits.get(fileOf(t))?.restGz ?? t.gz))));
  const maplibreDist = sum(
    MAPLIBRE_FILES.map((f) => gzSize(readFileSync(`node_modules/maplibre-gl/dist/${f}`), f)),
  );
  const a = tally(appFirst);
  const b = tally(bareFirst);
  const bytesRows: BytesRow[] = [
    { name: 'JS: MapLibre (main code + worker)', app: appMaplibre, bare: b.js },
    {
      name: 'JS: everything else (the app, Svelte, …)',
      app: appRest,
      bare: 0,
      maxApp: BUDGET.appJsBeyondMaplibre,
    },
    {
      name: '… cross-check: all first-view JS − MapLibre’s dist files',
      app: a.js - maplibreDist,
      bare: null,
    },
    { name: 'CSS', app: a.css, bare: b.css },
    { name: 'Fonts', app: a.font, bare: b.font },
    {
      name: 'Data (claims, precomputed shapes, base map)',
      app: a.data,
      bare: b.data,
      maxApp: BUDGET.firstViewData,
    },
    { name: 'HTML and other', app: a.html + a.other, bare: b.html + b.other },
    { name: 'Total', app: a.total, bare: b.total },
  ];
  const firstViewJs = new Set(appJs.map(fileOf));
  const short = (f: string) => f.replace(/-[\w-]{8}\.m?js$/, '');
  const onDemand = [...splits.entries()]
    .filter(([f]) => !firstViewJs.has(f))
    .map(([file, s]) => ({ file, gz: s.gz }));
  const permalinkJs = results
    .find((r) => r.variant === 'app')!
    .permalink.transfers.filter((t) => t.kind === 'js' && !firstViewJs.has(fileOf(t)))
    .map((t) => short(fileOf(t)));

  const verdicts: Verdict[] = [...timed.flatMap(timedVerdicts), ...bytesRows.flatMap(bytesVerdicts)];
  const machine = machineInfo();
  const loads = results.map((r) => r.loadavg[0]!);
  const markdown = [
    timedTable(timed),
    '',
    bytesTable(bytesRows),
    '',
    `Loaded only on demand, KB gzipped: ${onDemand.map((c) => `${short(c.file)} ${kb(c.gz)}`).join(', ') || 'none'}` +
      (permalinkJs.length ? ` (the overlay permalink loads ${permalinkJs.join(', ')}).` : '.'),
  ].join('\n');
  const summary =
    `${opts.runs} runs of each page; the app at ${revision}; ${machine.summary}; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} ` +
    `during the runs; ${((Date.now() - started) / 60000).toFixed(1)} min in all.`;
  console.log(`\n${markdown}\n\n${summary}\n`);
  if (Math.max(...loads) > machine.cpus) {
    console.log(
      `Note: the load average rose to ${Math.max(...loads).toFixed(1)} on ${machine.cpus} cores. The browser's own threads count ` +
        'in it (on 2 cores they alone reach about 3), but if other work shared the machine, the timings are noisier than usual ' +
        '(the paired ratios compensate in part): run again on a quiet machine to be sure.\n',
    );
  }
  if (profiles) console.log(profiles);
  for (const v of verdicts) {
    const unit = (x: number) => (v.unit === '×' ? `${x}×` : `${x} ${v.unit}`);
    console.log(
      `${v.ok ? 'ok  ' : 'FAIL'} ${v.name}: ${unit(Number(v.value.toFixed(v.unit === '×' ? 2 : 1)))} (budget ≤ ${unit(v.limit)})`,
    );
  }

  mkdirSync('bench-results', { recursive: true });
  const strip = (ts: readonly Transfer[]) => ts.map((t) => ({ ...t, url: new URL(t.url).pathname }));
  writeFileSync(
    'bench-results/latest.json',
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine,
        app: revision,
        runs: opts.runs,
        permalink: prep.paths.appPermalink,
        synthetic: prep.synthetic,
        budgets: BUDGET,
        verdicts,
        timings: timed.map((t) => ({
          ...t,
          appMedian: median(t.app.filter((x) => x !== null)),
          bareMedian: median(t.bare.filter((x) => x !== null)),
          ratioOfMedians: ratioOfMedians(t),
          pairedRatio: pairedRatio(t),
        })),
        bytes: bytesRows,
        onDemand,
        firstViewTransfers: { app: strip(appFirst), bare: strip(bareFirst) },
        perRun: results.map((r) => ({
          variant: r.variant,
          run: r.run,
          loadavg: r.loadavg,
          toggleMs: r.toggleMs,
          toggles: r.toggles,
          gpuCatchUpMs: r.gpuCatchUpMs,
          panZoomLongestMs: r.panZoomLongestMs,
          syntheticPanZoomLongestMs: r.syntheticPanZoomLongestMs,
          ...Object.fromEntries(
            (['first', 'permalink', 'synthetic'] as const).map((k) => [
              k,
              {
                firstIdleMs: r[k].firstIdleMs,
                settledIdleMs: r[k].settledIdleMs,
                marks: r[k].marks,
                longTasks: r[k].longTasks,
                problems: r[k].problems,
              },
            ]),
          ),
        })),
        extraFirstViews: extraFirstViews.map((p) => ({
          run: p.run,
          ...Object.fromEntries(
            (['app', 'bare', 'leaflet'] as const).map((v) => [
              v,
              {
                firstIdleMs: p[v].firstIdleMs,
                mapPixelsMs: p[v].mapPixelsMs,
                shownMs: p[v].shownMs,
                marks: p[v].marks,
                problems: p[v].problems,
              },
            ]),
          ),
        })),
        profiles,
        markdown,
        summary,
      },
      null,
      2,
    ) + '\n',
  );
  log('wrote bench-results/latest.json');
  return verdicts.every((v) => v.ok);
}

/** The commit the app was built from, and whether the files the build reads had uncommitted changes. */
function appRevision(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const built = ['src', 'geo/claims', 'geo/out', 'geo/labels', 'static', 'index.html', 'vite.config.ts'];
    const dirty = git('status', '--porcelain', '--', ...built) !== '';
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'an unknown commit';
  }
}

function machineInfo() {
  const cpu = cpus();
  let chromium = 'Chromium';
  try {
    chromium = execFileSync(findChromium(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .replace(/ built on.*/s, '')
      .trim();
  } catch {
    // keep the generic name
  }
  const memGB = Math.round(totalmem() / 2 ** 30);
  return {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memGB,
    chromium,
    node: process.version,
    summary: `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${memGB} GB, ${chromium} with SwiftShader (software WebGL), Node ${process.version}`,
  };
}

// ---- --profile ----------------------------------------------------------------------------------------

/**
 * Where the time goes: each thread's busy time (Chrome trace) while the app and the bare page load, and the
 * app's main-thread time by source file and function (CPU profile through the source maps), one run each.
 */
async function profileApp(base: string, prep: Prepared): Promise<string> {
  log('profiling: thread busy time of both pages, then CPU profiles of the app');
  const out: string[] = [];
  const p = prep.paths;

  out.push(
    'Busy time per thread until the first idle (Chrome trace; SwiftShader runs WebGL on CrGpuMain), ms:',
  );
  const threads = ['CrRendererMain', 'CrGpuMain', 'DedicatedWorker thread', 'Compositor'];
  out.push(
    `  ${'page'.padEnd(28)}${'first idle'.padStart(11)}${threads.map((t) => t.replace(' thread', '').padStart(17)).join('')}`,
  );
  for (const [name, path] of [
    ['app, first view', p.app],
    ['bare, first view', p.bare('first')],
    ['app, first view', p.app],
    ['bare, first view', p.bare('first')],
    [`app, ${SYNTHETIC_CLAIMS} claims`, p.app10k],
    [`bare, ${SYNTHETIC_CLAIMS} claims`, p.bare('synthetic')],
  ] as const) {
    let stop: (() => Promise<[string, number][]>) | undefined;
    const s = await openPage(base + path, {
      quietMs: 1000,
      beforeLoad: async (page) => {
        stop = await startThreadTrace(page);
      },
    });
    try {
      const busy = new Map(await stop!());
      out.push(
        `  ${name.padEnd(28)}${String(Math.round(s.load.firstIdleMs)).padStart(11)}${threads.map((t) => String(Math.round(busy.get(t) ?? 0)).padStart(17)).join('')}`,
      );
    } finally {
      await s.close();
    }
  }

  const by = new Attributor([join(prep.appDir, 'assets'), join(prep.synthDir, 'assets')]);
  out.push('\nMain-thread self time in the app (CPU profile, one run), by source and by function:');
  const show = (title: string, profile: Parameters<typeof attribute>[0]) => {
    const { byFile, byFunction } = attribute(profile, by, 10);
    out.push(`\n${title}`);
    out.push(`  by source: ${byFile.map(([f, t]) => `${f} ${Math.round(t)} ms`).join(', ')}`);
    for (const [f, t] of byFunction) out.push(`  ${String(Math.round(t)).padStart(6)} ms  ${f}`);
  };
  let stop: (() => ReturnType<Awaited<ReturnType<typeof startProfile>>>) | undefined;
  const begin = async (page: Parameters<typeof startProfile>[0]) => {
    stop = await startProfile(page);
  };
  const s = await openPage(base + p.app, { beforeLoad: begin, quietMs: 1500 });
  try {
    show(`First view, navigation → idle (${ms(s.load.firstIdleMs)} in this run)`, await stop!());
    await begin(s.page);
    const t = await timeToIdle(s.page, APP_TOGGLE);
    show(`Layer toggle (${ms(t)})`, await stop!());
    await begin(s.page);
    const pz = await panAndZoom(s.page);
    show(`Pan + zoom (longest task ${ms(pz.longestTaskMs)})`, await stop!());
  } finally {
    await s.close();
  }
  const s2 = await openPage(base + p.app10k, { beforeLoad: begin, quietMs: 1500 });
  try {
    show(`${SYNTHETIC_CLAIMS} claims, navigation → idle (${ms(s2.load.firstIdleMs)})`, await stop!());
    await begin(s2.page);
    const pz = await panAndZoom(s2.page);
    show(`${SYNTHETIC_CLAIMS} claims, pan + zoom (longest task ${ms(pz.longestTaskMs)})`, await stop!());
  } finally {
    await s2.close();
  }
  return out.join('\n');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(2);
});
