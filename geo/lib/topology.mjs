// Shared-arc ("topological") simplification: rings are cut into arcs at junctions, each arc is
// simplified once, and every ring that uses an arc gets exactly the same points, so neighbours
// stay gap-free and overlap-free after simplification.

import { inBox, key } from './geom.mjs';
import { repairCrossings } from './crossings.mjs';
import { simplifyIndices, simplifyLoopIndices } from './simplify.mjs';

/** @typedef {import('./geom.mjs').Pos} Pos */
/** @typedef {{ owner: string, poly: number, index: number, coords: Pos[], tol: number }} RingIn */
/** @typedef {{ orig: Pos[], keep: number[], coords: Pos[], owners: number[] }} Arc */
/** @typedef {{ id: number, rev: boolean }} ArcRef */

/** Key of an undirected segment. */
function segKey(a, b) {
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? ka + '|' + kb : kb + '|' + ka;
}

/** Maps every undirected segment to the sorted ids of the rings that use it. */
function segmentOwners(rings) {
  /** @type {Map<string, number[]>} */
  const owners = new Map();
  rings.forEach((ring, id) => {
    for (let i = 0; i < ring.coords.length - 1; i++) {
      const k = segKey(ring.coords[i], ring.coords[i + 1]);
      const list = owners.get(k) ?? [];
      if (list[list.length - 1] !== id) list.push(id);
      owners.set(k, list);
    }
  });
  return owners;
}

/** Vertices that must survive: where the set of owning rings changes, repeated vertices, and all inside `keepBox`. */
function findJunctions(rings, owners, keepBox) {
  /** @type {Set<string>} */
  const junctions = new Set();
  for (const { coords } of rings) {
    const n = coords.length - 1;
    const seen = new Set();
    for (let i = 0; i < n; i++) {
      const p = coords[i];
      const k = key(p);
      const before = owners.get(segKey(coords[(i - 1 + n) % n], p))?.join();
      const after = owners.get(segKey(p, coords[i + 1]))?.join();
      if (before !== after || seen.has(k) || inBox(p, keepBox)) junctions.add(k);
      seen.add(k);
    }
  }
  return junctions;
}

/** Cuts a closed ring into open pieces that start and end at junctions (one loop if it has none). */
function cutRing(coords, junctions) {
  const n = coords.length - 1;
  const start = coords.slice(0, n).findIndex((p) => junctions.has(key(p)));
  if (start === -1) return [coords.slice()];
  const rotated = [...coords.slice(start, n), ...coords.slice(0, start + 1)];
  const pieces = [];
  let piece = [rotated[0]];
  for (let i = 1; i < rotated.length; i++) {
    piece.push(rotated[i]);
    if (junctions.has(key(rotated[i]))) {
      pieces.push(piece);
      piece = [rotated[i]];
    }
  }
  return pieces;
}

/** Returns the canonical direction/rotation of a piece and whether the input was reversed. */
function canonical(piece) {
  const first = key(piece[0]);
  const last = key(piece[piece.length - 1]);
  if (first !== last)
    return first < last ? { coords: piece, rev: false } : { coords: piece.slice().reverse(), rev: true };
  const rev = key(piece[1]) > key(piece[piece.length - 2]);
  return { coords: rev ? piece.slice().reverse() : piece, rev };
}

/** Rotates a junction-free loop to start at its smallest vertex key (so all users agree). */
function rotateLoop(loop) {
  const n = loop.length - 1;
  let best = 0;
  for (let i = 1; i < n; i++) if (key(loop[i]) < key(loop[best])) best = i;
  return [...loop.slice(best, n), ...loop.slice(0, best + 1)];
}

/**
 * Simplifies all rings together. Each ring's tolerance applies to arcs it owns alone; a shared
 * arc uses the smallest tolerance of its owners. Vertices inside `keepBox` are never removed, and
 * simplified segments that would cross another segment get their dropped points back.
 * @param {RingIn[]} rings closed rings with rounded coordinates
 * @param {import('./config.mjs').Box} keepBox
 * @returns {{ arcs: Arc[], refs: ArcRef[][], coords: Pos[][], refined: number }} per ring: its arcs and its simplified points
 */
export function simplifyShared(rings, keepBox) {
  const owners = segmentOwners(rings);
  const junctions = findJunctions(rings, owners, keepBox);
  /** @type {Arc[]} */
  const arcs = [];
  /** @type {Map<string, number>} */
  const arcIds = new Map();
  const refs = rings.map((ring) =>
    cutRing(ring.coords, junctions).map((piece) => {
      const isLoop = key(piece[0]) === key(piece[piece.length - 1]) && !junctions.has(key(piece[0]));
      const { coords, rev } = canonical(isLoop ? rotateLoop(piece) : piece);
      const k = coords.map(key).join(';');
      let id = arcIds.get(k);
      if (id === undefined) {
        const arcOwners = owners.get(segKey(coords[0], coords[1])) ?? [];
        const tol = Math.min(...arcOwners.map((o) => rings[o].tol));
        id = arcs.length;
        const keep = isLoop ? simplifyLoopIndices(coords, tol) : simplifyIndices(coords, tol);
        arcs.push({ orig: coords, keep, coords: [], owners: arcOwners });
        arcIds.set(k, id);
      }
      return { id, rev };
    }),
  );
  const refined = repairCrossings(arcs);
  for (const arc of arcs) arc.coords = arc.keep.map((i) => arc.orig[i]);
  const coords = refs.map((list) => joinArcs(list, arcs));
  return { arcs, refs, coords, refined };
}

/** Points of an arc in the direction a ring uses it. */
export function arcPoints(ref, arcs) {
  const c = arcs[ref.id].coords;
  return ref.rev ? c.slice().reverse() : c;
}

/** Concatenates consecutive arcs into one point list (shared end points once). */
export function joinArcs(list, arcs) {
  /** @type {Pos[]} */
  const out = [];
  for (const ref of list) {
    const pts = arcPoints(ref, arcs);
    out.push(...(out.length ? pts.slice(1) : pts));
  }
  return out;
}
