// A minimal PNG encoder for small RGBA images (the legend swatches): 8-bit RGBA, no filtering, and the image
// data in uncompressed ("stored") deflate blocks. A swatch is a few KB either way. Encoding here needs no
// canvas: in a fresh browser, the first canvas.toDataURL cost about 55 ms of main-thread time before the first
// view's map was made.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The largest stored deflate block (its length is 16 bits). */
const MAX_STORED = 0xffff;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks use it (ISO 3309). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = new Uint8Array(4 + data.length);
  for (let i = 0; i < 4; i++) typed[i] = type.charCodeAt(i);
  typed.set(data, 4);
  return Uint8Array.from([...u32(data.length), ...typed, ...u32(crc32(typed))]);
}

/** A zlib stream holding `raw` in stored (uncompressed) deflate blocks. */
function zlibStored(raw: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(raw.length / MAX_STORED));
  const out = new Uint8Array(2 + blocks * 5 + raw.length + 4);
  out.set([0x78, 0x01]); // deflate, 32 KB window, no preset dictionary, fastest
  let at = 2;
  for (let i = 0; i < blocks; i++) {
    const part = raw.subarray(i * MAX_STORED, (i + 1) * MAX_STORED);
    const n = part.length;
    out.set([i === blocks - 1 ? 1 : 0, n & 0xff, n >>> 8, ~n & 0xff, (~n >>> 8) & 0xff], at);
    out.set(part, at + 5);
    at += 5 + n;
  }
  out.set(u32(adler32(raw)), at);
  return out;
}

/** The PNG file of an RGBA image (`rgba` is width × height × 4 bytes, rows top to bottom). */
export function encodePng(width: number, height: number, rgba: Uint8ClampedArray | Uint8Array): Uint8Array {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new Error(`a PNG needs a whole width and height of at least 1, not ${width}×${height}`);
  if (rgba.length !== width * height * 4)
    throw new Error(`${width}×${height} RGBA needs ${width * height * 4} bytes, not ${rgba.length}`);
  const header = Uint8Array.from([...u32(width), ...u32(height), 8, 6, 0, 0, 0]); // 8-bit RGBA
  // Each row starts with its filter type: 0, none.
  const rowBytes = width * 4;
  const raw = new Uint8Array(height * (rowBytes + 1));
  for (let y = 0; y < height; y++)
    raw.set(rgba.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);
  const parts = [
    Uint8Array.from(SIGNATURE),
    chunk('IHDR', header),
    chunk('IDAT', zlibStored(raw)),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A `data:image/png;base64,…` URL of an RGBA image. */
export function pngDataUrl(width: number, height: number, rgba: Uint8ClampedArray | Uint8Array): string {
  let binary = '';
  for (const b of encodePng(width, height, rgba)) binary += String.fromCharCode(b);
  return `data:image/png;base64,${btoa(binary)}`;
}
