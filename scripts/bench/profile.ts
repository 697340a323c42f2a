// `npm run bench -- --profile`: where the app's main thread spends its time, by original source file, from a
// CPU profile (Chrome DevTools Protocol) mapped through the build's source maps and MapLibre's own.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { lookup, readSourceMap, type SourceMap } from './sourcemap';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Maps built JS (by file name) to original source files, through the build's and MapLibre's source maps. */
export class Attributor {
  private maps = new Map<string, SourceMap | null>();
  private readonly maplibre: SourceMap | null;

  constructor(private readonly dirs: readonly string[]) {
    this.maplibre = readSourceMap('node_modules/maplibre-gl/dist/maplibre-gl.mjs.map');
  }

  private mapFor(file: string): SourceMap | null {
    if (!this.maps.has(file)) {
      const dir = this.dirs.find((d) => readdirSync(d).includes(`${file}.map`));
      this.maps.set(file, dir ? readSourceMap(join(dir, `${file}.map`)) : null);
    }
    return this.maps.get(file) ?? null;
  }

  /** "source: function" of a call frame: the original file and name, where the source maps know them. */
  where(frame: ProfileNode['callFrame']): string {
    if (!frame.url) return frame.functionName || '(program)';
    const file = basename(new URL(frame.url).pathname);
    let source = file;
    let name = frame.functionName;
    const inMaplibre = (line: number, column: number) => {
      // A position in MapLibre's dist file: through MapLibre's own map, to its source file.
      const inner = this.maplibre ? lookup(this.maplibre, line, column) : null;
      if (!inner || inner.source === null) return;
      source = `maplibre-gl/${this.maplibre!.sources[inner.source]!.replace(/^(\.\.\/)+/, '')}`;
      if (inner.name !== null) name = this.maplibre!.names[inner.name] ?? name;
    };
    if (/^maplibre-gl(-[\d.]+)?\.mjs$/.test(file)) inMaplibre(frame.lineNumber, frame.columnNumber);
    else {
      const map = this.mapFor(file);
      const seg = map ? lookup(map, frame.lineNumber, frame.columnNumber) : null;
      if (map && seg && seg.source !== null) {
        source = shorten(map.sources[seg.source] ?? source);
        if (seg.name !== null) name = map.names[seg.name] ?? name;
        if (source === 'maplibre-gl/dist/maplibre-gl.mjs') inMaplibre(seg.line, seg.column);
      }
    }
    return `${source}: ${name || '(anonymous)'}`;
  }
}

/** node_modules/x/… → x/…; the app's own files from src/. */
function shorten(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) return source.slice(nm + 'node_modules/'.length);
  const src = source.lastIndexOf('/src/');
  return src >= 0 ? source.slice(src + 1) : source.replace(/^(\.\.\/)+/, '');
}

/** The group a source file is counted in: a folder of MapLibre's sources, a package, or an app file. */
function groupOf(source: string): string {
  const parts = source.split('/');
  const pkg = (at: number) =>
    (parts[at]?.startsWith('@') ? parts.slice(at, at + 2) : parts.slice(at, at + 1)).join('/');
  if (parts[0] === 'maplibre-gl') {
    return parts[1] === 'node_modules' ? `maplibre-gl (bundled ${pkg(2)})` : parts.slice(0, 3).join('/');
  }
  if (parts[0] === 'src' || parts.length === 1) return source; // the app's files; native code; no map
  return pkg(0);
}

/** Starts sampling the page's main thread; the returned function stops and returns the profile. */
export async function startProfile(page: Page): Promise<() => Promise<CpuProfile>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.detach();
    return profile;
  };
}

/** Self time (ms) by original file and function, and by file, largest first. */
export function attribute(
  profile: CpuProfile,
  by: Attributor,
  top = 12,
): { byFunction: [string, number][]; byFile: [string, number][] } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const node = nodes.get(id);
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    if (!node || node.callFrame.functionName === '(idle)') return;
    const where = by.where(node.callFrame);
    fn.set(where, (fn.get(where) ?? 0) + ms);
    const f = groupOf(where.split(': ')[0]!);
    file.set(f, (file.get(f) ?? 0) + ms);
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { byFunction: sorted(fn), byFile: sorted(file) };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * Starts a Chrome trace (devtools.timeline) of the whole browser; the returned function stops it and returns
 * the busy time (ms, the sum of its tasks) of each thread, by thread name, busiest first.
 */
export async function startThreadTrace(page: Page): Promise<() => Promise<[string, number][]>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const names = new Map<string, string>();
    const busy = new Map<string, number>();
    for (const e of events) {
      const key = `${e.pid}:${e.tid}`;
      if (e.name === 'thread_name' && e.args?.name) names.set(key, e.args.name);
      else if (e.name === 'RunTask' && e.ph === 'X' && e.dur)
        busy.set(key, (busy.get(key) ?? 0) + e.dur / 1000);
    }
    const byName = new Map<string, number>();
    for (const [key, ms] of busy) {
      const name = names.get(key) ?? 'thread';
      byName.set(name, (byName.get(name) ?? 0) + ms);
    }
    return [...byName].sort((a, b) => b[1] - a[1]);
  };
}
