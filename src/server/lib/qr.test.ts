import { createRequire } from 'node:module';
import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPng, qrSvg } from './qr';

/** pngjs comes with qrcode and has no type package here; only `PNG.sync.read` is needed. */
interface DecodedPng {
  width: number;
  height: number;
  data: Buffer;
}
const { PNG } = createRequire(import.meta.url)('pngjs') as { PNG: { sync: { read(png: Buffer): DecodedPng } } };

const URL_TEXT = 'https://berdaya.bandungkab.go.id/verifikasi/sertifikat/0190f3a2-7c1e-7b4a-9d2e-5f6a7b8c9d0e';

/** Read a PNG QR back to its text, as a phone camera would. */
function decode(png: Buffer): { text: string | undefined; width: number; height: number } {
  const img = PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
  return { text: code?.data, width: img.width, height: img.height };
}

/**
 * Rasterise the SVG from `qrSvg` (its dark modules are one stroked path of `M`, `m` and `h` runs, each
 * one module tall) to RGBA at `scale` pixels per module, so jsQR can read it like the PNG.
 */
function rasteriseSvg(svg: string, scale = 8): { data: Uint8ClampedArray; size: number } {
  const modules = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const d = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const size = modules * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of d.matchAll(/([MmHh])(-?[\d.]+)(?:\s(-?[\d.]+))?/g)) {
    const n = Number(a);
    if (op === 'M') [x, y] = [n, Number(b)];
    else if (op === 'm') [x, y] = [x + n, y + Number(b)];
    else {
      const row = Math.floor(y);
      for (let py = row * scale; py < (row + 1) * scale; py++)
        for (let px = x * scale; px < (x + n) * scale; px++) data.fill(0, (py * size + px) * 4, (py * size + px) * 4 + 3);
      x += n;
    }
  }
  return { data, size };
}

describe('qrPng', () => {
  it('decodes back to the URL at the requested size', async () => {
    for (const size of [180, 227, 360]) {
      const result = decode(await qrPng(URL_TEXT, size));
      expect(result).toEqual({ text: URL_TEXT, width: size, height: size });
    }
  });

  it('keeps Indonesian text intact', async () => {
    const text = 'Sertifikat 032/SERT/DINKOP-UKM/2026 — Siti Aminah';
    expect(decode(await qrPng(text, 300)).text).toBe(text);
  });

  it('refuses a size that is not a positive whole number', async () => {
    await expect(qrPng(URL_TEXT, 0)).rejects.toThrow(RangeError);
    await expect(qrPng(URL_TEXT, 12.5)).rejects.toThrow(RangeError);
  });
});

describe('qrSvg', () => {
  it('decodes back to the text, with error correction M and a 2-module margin', async () => {
    const svg = await qrSvg(URL_TEXT);
    const modules = QRCode.create(URL_TEXT, { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<path');
    // The view box is the symbol plus two quiet modules on each side.
    expect(svg).toContain(`viewBox="0 0 ${modules + 4} ${modules + 4}"`);
    const { data, size } = rasteriseSvg(svg);
    expect(jsQR(data, size, size)?.data).toBe(URL_TEXT);
  });
});
