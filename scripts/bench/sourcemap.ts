// Reads source maps: which original file (and name) a position of built code comes from.
import { existsSync, readFileSync } from 'node:fs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Decodes one segment of a source map's `mappings` (base64 VLQ) into its numbers. */
export function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64_INDEX.get(c);
    if (digit === undefined) throw new Error(`bad source map character ${c}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** One mapping: generated column, and the original source, line and column (0-based), or none. */
export interface Segment {
  col: number;
  source: number | null;
  line: number;
  column: number;
  name: number | null;
}

export interface SourceMap {
  sources: string[];
  names: string[];
  /** Per generated line, its segments by column. */
  lines: Segment[][];
}

/** Parses a source map file; null when there is none. */
export function readSourceMap(file: string): SourceMap | null {
  if (!existsSync(file)) return null;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as {
    sources: string[];
    names?: string[];
    mappings: string;
  };
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  const lines = raw.mappings.split(';').map((l) => {
    let col = 0;
    const out: Segment[] = [];
    for (const s of l.split(',')) {
      if (!s) continue;
      const f = decodeSegment(s);
      col += f[0] ?? 0;
      if (f.length >= 4) {
        source += f[1]!;
        line += f[2]!;
        column += f[3]!;
        if (f.length >= 5) name += f[4]!;
        out.push({ col, source, line, column, name: f.length >= 5 ? name : null });
      } else out.push({ col, source: null, line: 0, column: 0, name: null });
    }
    return out;
  });
  return { sources: raw.sources, names: raw.names ?? [], lines };
}

/** The segment that holds (line, column) of the built file (0-based), carrying mappings across line ends. */
export function lookup(map: SourceMap, line: number, column: number): Segment | null {
  for (let l = line; l >= 0; l--) {
    const segs = map.lines[l];
    if (!segs || segs.length === 0) continue;
    if (l < line) return segs[segs.length - 1]!;
    let lo = 0;
    let hi = segs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]!.col <= column) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found >= 0) return segs[found]!;
  }
  return null;
}
