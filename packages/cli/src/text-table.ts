/** Columns as the terminal shows them: Thai vowel and tone marks above or below a letter take no cell. */
export function displayWidth(s: string): number {
  return [...s.replace(/\p{M}/gu, '')].length;
}

function pad(s: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

function clip(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

export interface Column<Row> {
  header: string;
  value: (row: Row) => string;
  align?: 'left' | 'right';
  max?: number;
}

/** A plain-text table with a header and a rule, columns sized to their widest cell. */
export function renderTable<Row>(rows: readonly Row[], columns: ReadonlyArray<Column<Row>>): string {
  const cells = rows.map((r) => columns.map((c) => clip(c.value(r).replace(/\s+/g, ' ').trim(), c.max ?? 60)));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((row) => displayWidth(row[i] ?? ''))));
  const line = (values: readonly string[]) =>
    values.map((v, i) => pad(v, widths[i] ?? 0, columns[i]?.align === 'right')).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n') + '\n';
}

/** RFC 4180 CSV: quote a field that holds a comma, quote or line break. */
export function renderCsv<Row>(rows: readonly Row[], columns: ReadonlyArray<{ header: string; value: (row: Row) => string }>): string {
  const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [columns.map((c) => field(c.header)), ...rows.map((r) => columns.map((c) => field(c.value(r))))].map((l) => l.join(',')).join('\r\n') + '\r\n';
}
