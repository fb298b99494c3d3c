import { describe, expect, it } from 'vitest';
import { answerFields, listAnswerSummary, pageIds } from '../src/api-answer.js';

describe("quoting the API's answers", () => {
  const list = { result: { data: { items: [{ id: 9 }, { id: 4 }], nextCursor: 'abc', total: 1000, totalExact: false } } };

  it('reads the ids of a page in order, and null from an answer without items', () => {
    expect(pageIds(list)).toEqual([9, 4]);
    expect(pageIds({ result: { data: { ticket: { id: 1 } } } })).toBeNull();
    expect(pageIds(null)).toBeNull();
  });

  it('quotes every field beside the items and the cursor, however the API words its count', () => {
    expect(listAnswerSummary(list)).toBe('total: 1,000, totalExact: false');
    expect(listAnswerSummary({ result: { data: { items: [], count: { atLeast: 1000 } } } })).toBe('count: {"atLeast":1000}');
    expect(listAnswerSummary({ result: { data: { items: [] } } })).toBe('no count');
    expect(listAnswerSummary({ error: { message: 'x' } })).toBe('no answer');
  });
});

describe('the fields of an answer', () => {
  it('lists the top-level fields of its data, and none for an error', () => {
    expect(answerFields({ result: { data: { ticket: {}, stakeholders: [], timeline: [] } } })).toEqual(['ticket', 'stakeholders', 'timeline']);
    expect(answerFields({ error: { message: 'x' } })).toEqual([]);
  });
});
