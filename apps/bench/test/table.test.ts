import { describe, expect, it } from 'vitest';
import { markdownTable, ms, ratio, textTable } from '../src/table.js';

describe('the tables the bench prints and writes', () => {
  const table = { title: 'Write path', headers: ['procedure', 'rps'], rows: [['tickets.setStatus', '812'], ['a|b', '7']], note: 'Higher is better.' };

  it('renders markdown with a header separator and escapes pipes in cells', () => {
    expect(markdownTable(table)).toBe(
      ['### Write path', '', '| procedure | rps |', '| --- | --- |', '| tickets.setStatus | 812 |', '| a\\|b | 7 |', '', 'Higher is better.', ''].join('\n'),
    );
  });

  it('pads text columns to the widest cell', () => {
    const lines = textTable(table).split('\n');
    expect(lines[1]).toBe('procedure          rps');
    expect(lines[3]).toBe('tickets.setStatus  812');
  });

  it('formats milliseconds and ratios, with a dash when there is nothing to compare', () => {
    expect([ms(1.234), ms(12.34), ms(123.4), ms(Number.NaN)]).toEqual(['1.23', '12.3', '123', '—']);
    expect([ratio(50, 200), ratio(3, 0)]).toEqual(['0.25×', '—']);
  });
});
