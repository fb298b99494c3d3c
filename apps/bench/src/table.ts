/** A table the bench prints and writes to docs/benchmarks.md from the same rows. */
export interface Table {
  title: string;
  headers: string[];
  rows: string[][];
  /** A sentence under the table saying how to read it. */
  note?: string;
}

export function markdownTable(table: Table): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [
    `### ${table.title}`,
    '',
    line(table.headers),
    line(table.headers.map(() => '---')),
    ...table.rows.map(line),
    ...(table.note ? ['', table.note] : []),
    '',
  ].join('\n');
}

export function textTable(table: Table): string {
  const widths = table.headers.map((header, column) => Math.max(header.length, ...table.rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  return [table.title, line(table.headers), line(widths.map((width) => '-'.repeat(width))), ...table.rows.map(line), ''].join('\n');
}

/** Milliseconds with the precision a reader needs. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

/** "0.42×": how many times the first figure is the second. */
export function ratio(value: number, baseline: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline === 0) return '—';
  return `${(value / baseline).toFixed(2)}×`;
}

/** "10k", "100k", "1M", "2.5k": a ticket count as a column header. */
export function scaleLabel(tickets: number): string {
  const short = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 1 });
  if (tickets >= 1_000_000) return `${short(tickets / 1_000_000)}M`;
  if (tickets >= 1_000) return `${short(tickets / 1_000)}k`;
  return String(tickets);
}
