/** A binary image: `ink[i]` is 1 for ink, 0 for paper. */
export type Mask = { width: number; height: number; ink: Uint8Array };

/** Otsu's threshold over a gray crop; ink = darker than the threshold. */
export function binarize(gray: Uint8Array, width: number, height: number): Mask {
  const hist = new Float64Array(256);
  for (let i = 0; i < gray.length; i++) hist[gray[i]!]!++;
  const total = gray.length;
  let sumAll = 0;
  for (let i = 0; i < 256; i++) sumAll += i * hist[i]!;
  let sumB = 0;
  let weightB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    weightB += hist[t]!;
    if (weightB === 0) continue;
    const weightF = total - weightB;
    if (weightF === 0) break;
    sumB += t * hist[t]!;
    const meanB = sumB / weightB;
    const meanF = (sumAll - sumB) / weightF;
    const between = weightB * weightF * (meanB - meanF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  const ink = new Uint8Array(total);
  for (let i = 0; i < total; i++) ink[i] = gray[i]! <= threshold ? 1 : 0;
  return { width, height, ink };
}
