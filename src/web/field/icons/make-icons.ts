/**
 * Draws the field app's home-screen icons (public/lapangan-192.png, public/lapangan-512.png): the
 * Berdaya "B" on blue with a green tick, full-bleed so the same picture serves as a maskable icon
 * (everything that matters lies inside the central safe circle). Plain Node (zlib), no image library.
 * Run: npx tsx src/web/field/icons/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgb = [number, number, number];
const BLUE: Rgb = [0x18, 0x64, 0xab];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const GREEN: Rgb = [0x2b, 0x8a, 0x3e];

const inRect = (x: number, y: number, x0: number, y0: number, x1: number, y1: number) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const inCircle = (x: number, y: number, cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
function nearSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number, half: number) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= half * half;
}

/** The colour at a point of the unit square. */
function colourAt(x: number, y: number): Rgb {
  // Tick badge (drawn over the letter, with a white ring to separate them).
  const bx = 0.655, by = 0.655;
  if (inCircle(x, y, bx, by, 0.135)) {
    if (!inCircle(x, y, bx, by, 0.115)) return WHITE;
    if (nearSegment(x, y, bx - 0.06, by, bx - 0.015, by + 0.045, 0.02) || nearSegment(x, y, bx - 0.015, by + 0.045, bx + 0.065, by - 0.045, 0.02)) return WHITE;
    return GREEN;
  }
  // The "B": a stem and two bowls, each bowl a rectangle closed by a half circle, with a hole.
  const upper = inRect(x, y, 0.3, 0.22, 0.5, 0.47) || inCircle(x, y, 0.5, 0.345, 0.125);
  const upperHole = inRect(x, y, 0.4, 0.29, 0.5, 0.4) || inCircle(x, y, 0.5, 0.345, 0.055);
  const lower = inRect(x, y, 0.3, 0.47, 0.52, 0.76) || inCircle(x, y, 0.52, 0.615, 0.145);
  const lowerHole = inRect(x, y, 0.4, 0.545, 0.52, 0.685) || inCircle(x, y, 0.52, 0.615, 0.07);
  if ((upper && !upperHole) || (lower && !lowerHole)) return WHITE;
  return BLUE;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGB PNG of `size` px, 4×4 supersampled for smooth edges. */
export function drawIcon(size: number): Buffer {
  const SS = 4;
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 3 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const c = colourAt((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          for (let i = 0; i < 3; i++) sum[i]! += c[i]!;
        }
      for (let i = 0; i < 3; i++) raw[py * (size * 3 + 1) + 1 + px * 3 + i] = Math.round(sum[i]! / (SS * SS));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const size of [192, 512]) writeFileSync(resolve(import.meta.dirname, `../../../../public/lapangan-${size}.png`), drawIcon(size));
}
