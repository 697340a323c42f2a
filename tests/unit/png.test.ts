// The legend's PNG encoder (src/ui/png.ts), read back by an independent decoder: Node's zlib and CRC-32.
import { crc32 as zlibCrc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng, pngDataUrl } from '../../src/ui/png';
import { claimLook, swatchPixels } from '../../src/ui/swatch_pixels';

interface Chunk {
  type: string;
  data: Buffer;
  crcOk: boolean;
}

/** Splits a PNG file into its chunks, checking each one's CRC with zlib's. */
function chunks(png: Uint8Array): Chunk[] {
  const buf = Buffer.from(png);
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out: Chunk[] = [];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    const typed = buf.subarray(at + 4, at + 8 + length);
    out.push({
      type: typed.subarray(0, 4).toString('latin1'),
      data: typed.subarray(4),
      crcOk: buf.readUInt32BE(at + 8 + length) === zlibCrc32(typed),
    });
    at += 12 + length;
  }
  return out;
}

/** Decodes what encodePng writes (8-bit RGBA, every row filter 0) into width, height and pixels. */
function decode(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const cs = chunks(png);
  expect(cs.every((c) => c.crcOk)).toBe(true);
  expect(cs.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const ihdr = cs[0]!.data;
  const [width, height] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)];
  expect([...ihdr.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  const raw = inflateSync(cs[1]!.data); // also checks the zlib stream's Adler-32
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    rgba.set(raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  }
  return { width, height, rgba };
}

/** Pixels that differ from one to the next (so a mix-up of rows or channels shows). */
const gradient = (width: number, height: number) =>
  Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 7 + (i >> 5)) & 0xff);

describe('PNG encoder', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const bytes = gradient(13, 11);
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });

  it('writes an image a standard decoder reads back pixel for pixel', () => {
    const rgba = gradient(18, 14);
    const back = decode(encodePng(18, 14, rgba));
    expect([back.width, back.height]).toEqual([18, 14]);
    expect(back.rgba).toEqual(rgba);
  });

  it('splits image data longer than one stored deflate block (64 KB) into several', () => {
    const [w, h] = [130, 130]; // 130 rows of 521 bytes: 67,730 bytes of image data
    const rgba = gradient(w, h);
    // Compared as buffers: a deep equality over 67,600 numbers takes long.
    expect(Buffer.from(decode(encodePng(w, h, rgba)).rgba).equals(Buffer.from(rgba))).toBe(true);
  });

  it('writes a legend swatch at twice the density as it was drawn', () => {
    const p = swatchPixels(claimLook('#8e4fb8', 'area', true), 2);
    const back = decode(encodePng(p.width, p.height, p.data));
    expect([back.width, back.height]).toEqual([p.width, p.height]);
    expect(back.rgba).toEqual(new Uint8Array(p.data));
  });

  it('gives a base64 data URL of the same bytes', () => {
    const rgba = gradient(3, 2);
    const url = pngDataUrl(3, 2, rgba);
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    expect(new Uint8Array(Buffer.from(url.split(',')[1]!, 'base64'))).toEqual(encodePng(3, 2, rgba));
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(/needs 16 bytes, not 15/);
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(/at least 1/);
    expect(() => encodePng(1.5, 2, new Uint8Array(12))).toThrow(/whole width/);
  });
});
