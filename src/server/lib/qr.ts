import QRCode from 'qrcode';

/**
 * Error correction M (~15% of the code may be damaged) survives a creased or stamped printout while
 * keeping a URL-sized code small; the margin of 2 modules is enough quiet zone on a white page.
 */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

/**
 * SVG markup of a QR code for `text` (error correction M, margin 2), for pages and the portal.
 * The SVG has a `viewBox` and no fixed size, so it scales to whatever box the page gives it.
 *
 * @param text what the code encodes, usually an absolute verification URL
 * @returns a complete `<svg …>…</svg>` document
 */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...OPTIONS, type: 'svg' });
}

/**
 * PNG bytes of a QR code for `text`, `sizePx` wide, for PDFs.
 * Same error correction and margin as {@link qrSvg}. When `sizePx` is too small for one pixel per
 * module, the library falls back to its default scale, so the image may come out wider than asked.
 *
 * @param text what the code encodes
 * @param sizePx width (and height) of the square image in pixels; a positive integer
 * @returns the PNG file contents
 */
export function qrPng(text: string, sizePx: number): Promise<Buffer> {
  if (!Number.isInteger(sizePx) || sizePx <= 0) {
    return Promise.reject(new RangeError(`QR size must be a positive whole number of pixels, got ${sizePx}`));
  }
  // The library sizes the image as floor(modules × (width / modules)), which floating point can leave one
  // pixel short (e.g. 57 → 56); half a pixel extra lands the floor on exactly `sizePx`.
  return QRCode.toBuffer(text, { ...OPTIONS, type: 'png', width: sizePx + 0.5 });
}
