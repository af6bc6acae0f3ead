import { seededRandom, seedOf } from './seeded-random.js';

/** A hand signature: one pen stroke of loops drifting right, different for every name but stable. */
export function signatureArgs(name: string, x: number, y: number, width: number): string[] {
  const random = seededRandom(seedOf(`${name}#signature`));
  const height = width * 0.28;
  let path = `M ${x.toFixed(1)},${(y + height * 0.6).toFixed(1)}`;
  const loops = 5;
  for (let i = 1; i <= loops; i++) {
    const px = x + (width * i) / loops;
    const c1x = px - width / loops + random() * width * 0.25;
    const c2x = px - random() * width * 0.15;
    const c1y = y - random() * height * 0.6;
    const c2y = y + height * (0.8 + random() * 0.6);
    const py = y + height * (0.2 + random() * 0.6);
    path += ` C ${c1x.toFixed(1)},${c1y.toFixed(1)} ${c2x.toFixed(1)},${c2y.toFixed(1)} ${px.toFixed(1)},${py.toFixed(1)}`;
  }
  // The closing flourish under the name.
  path += ` M ${(x + width * 0.1).toFixed(1)},${(y + height * 1.25).toFixed(1)} Q ${(x + width * 0.6).toFixed(1)},${(y + height * 1.6).toFixed(1)} ${(x + width * 1.05).toFixed(1)},${(y + height * 1.05).toFixed(1)}`;
  return ['-fill', 'none', '-stroke', '#202020', '-strokewidth', '4', '-draw', `path '${path}'`];
}

/** An office stamp: two rings and a star, in the grey a red or blue ink scans to. */
export function stampArgs(cx: number, cy: number, radius: number): string[] {
  const inner = radius * 0.82;
  const star: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? radius * 0.38 : radius * 0.16;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    star.push(`${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`);
  }
  return [
    '-fill', 'none', '-stroke', '#6a6a6a', '-strokewidth', '6',
    '-draw', `circle ${cx.toFixed(1)},${cy.toFixed(1)} ${(cx + radius).toFixed(1)},${cy.toFixed(1)}`,
    '-strokewidth', '3',
    '-draw', `circle ${cx.toFixed(1)},${cy.toFixed(1)} ${(cx + inner).toFixed(1)},${cy.toFixed(1)}`,
    '-fill', '#8a8a8a', '-stroke', 'none', '-draw', `polygon ${star.join(' ')}`,
  ];
}
