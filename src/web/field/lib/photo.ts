/**
 * Shrinking a phone photo before it is queued: a 12-megapixel picture is 4 MB, the server takes at
 * most MAX_PHOTO_BYTES, and every byte waits in IndexedDB and crosses a slow link. The sizing rules are
 * pure (tested); `shrinkPhoto` draws on a canvas in the browser.
 */
import { MAX_PHOTO_BYTES } from './options';

/** Longest edge of a stored photo: enough to see a shop front or a product label. */
export const MAX_EDGE = 1024;

/** The size that fits `width × height` within `max` on its longest edge, keeping the aspect (never enlarged). */
export function fitWithin(width: number, height: number, max = MAX_EDGE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Decoded bytes of a base64 data URL. */
export function dataUrlBytes(dataUrl: string): number {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** JPEG qualities tried in turn, then the edge is shrunk further: most photos fit at the first. */
export const QUALITIES = [0.8, 0.7, 0.6, 0.5] as const;

async function decode(file: Blob): Promise<CanvasImageSource & { width: number; height: number }> {
  // createImageBitmap applies the EXIF rotation on current browsers; an <img> is the fallback.
  if ('createImageBitmap' in window) {
    try {
      return await createImageBitmap(file, { imageOrientation: 'from-image' });
    } catch {
      /* fall back to an image element */
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The photo as a JPEG data URL at most MAX_EDGE px on its longest edge and at most MAX_PHOTO_BYTES.
 * Throws when the file is not a readable image.
 */
export async function shrinkPhoto(file: Blob, maxBytes = MAX_PHOTO_BYTES): Promise<string> {
  const image = await decode(file);
  let edge = MAX_EDGE;
  for (let round = 0; round < 4; round++) {
    const size = fitWithin(image.width, image.height, edge);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas unavailable');
    context.fillStyle = '#fff'; // a transparent PNG would turn black in JPEG
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(image, 0, 0, size.width, size.height);
    for (const quality of QUALITIES) {
      const url = canvas.toDataURL('image/jpeg', quality);
      if (dataUrlBytes(url) <= maxBytes) return url;
    }
    edge = Math.round(edge * 0.75);
  }
  throw new Error('photo too large');
}
