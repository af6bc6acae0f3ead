import { InvalidArgumentError } from 'commander';

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('ต้องเป็นจำนวนเต็มบวก / must be a positive integer');
  return n;
}
