const THAI_ZERO = 0x0e50;

/** ๐–๙ → 0–9; everything else unchanged. */
export function thaiDigitsToAscii(s: string): string {
  return s.replace(/[\u0E50-\u0E59]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - THAI_ZERO + 48));
}

/** 0–9 → ๐–๙; everything else unchanged. */
export function asciiDigitsToThai(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 48 + THAI_ZERO));
}
