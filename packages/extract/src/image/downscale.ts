import type { PageImage } from './page-image.js';

/**
 * Area-average downscale of a gray image by `scale` (0 < scale ≤ 1). Averaging (not nearest pixel)
 * keeps thin strokes of Thai marks visible instead of dropping them at random.
 */
export function downscaleGray(image: PageImage, scale: number): PageImage {
  if (scale >= 1) return image;
  const width = Math.max(1, Math.floor(image.width * scale));
  const height = Math.max(1, Math.floor(image.height * scale));
  const sums = new Float64Array(width * height);
  const counts = new Uint32Array(width * height);
  const fx = width / image.width;
  const fy = height / image.height;
  for (let y = 0; y < image.height; y++) {
    const ty = Math.min(height - 1, Math.floor(y * fy)) * width;
    const row = y * image.width;
    for (let x = 0; x < image.width; x++) {
      const t = ty + Math.min(width - 1, Math.floor(x * fx));
      sums[t]! += image.data[row + x]!;
      counts[t]! += 1;
    }
  }
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = Math.round(sums[i]! / Math.max(1, counts[i]!));
  return { width, height, dpi: image.dpi * (width / image.width), data, notes: [...image.notes] };
}
