import { describe, expect, it } from 'vitest';
import { catalogProblems } from '../../testing/catalog-problems.js';
import { pseudoLocalize } from '../testing/pseudo-locale.js';
import { formatMessage } from '../../messages/format-message.js';
import { negotiateLocale } from '../../messages/locale-negotiation.js';
import { defineMessages } from '../../messages/messages.js';

describe('negotiateLocale', () => {
  const available = ['en', 'es', 'pl'];
  it('takes the first wanted tag a catalog has, shortening each (es-AR → es) before the next', () => {
    expect(negotiateLocale(['es-AR', 'pl'], available)).toBe('es');
    expect(negotiateLocale([null, '', 'PL-pl'], available)).toBe('pl');
    expect(negotiateLocale(['de-AT', 'pl'], available)).toBe('pl');
  });
  it('ends in English', () => {
    expect(negotiateLocale(['de', 'fr-CA'], available)).toBe('en');
    expect(negotiateLocale([], available)).toBe('en');
  });
});

describe('formatMessage', () => {
  const tickets = '{count, plural, one {# bilet} few {# bilety} many {# biletów} other {# biletu}}';
  it("follows each language's plural rules", () => {
    expect([1, 2, 5, 22].map((count) => formatMessage('pl', tickets, { count }))).toEqual(['1 bilet', '2 bilety', '5 biletów', '22 bilety']);
    expect(formatMessage('es', '{count, plural, one {# ticket} other {# tickets}}', { count: 1000 })).toBe('1000 tickets');
  });
});

describe('pseudoLocalize', () => {
  it('accents and lengthens the words by 40 %, keeping arguments and plurals', () => {
    const pseudo = pseudoLocalize('{name} is writing {count, plural, one {# comment} other {# comments}}.');
    expect(formatMessage('en', pseudo, { name: 'Ana', count: 2 })).toMatch(/^Ana íš wríţíñg|^Ana íš wrítíñg/);
    expect(formatMessage('en', pseudo, { name: 'Ana', count: 2 })).toContain('Ana');
    expect(pseudoLocalize('Close').length).toBeGreaterThanOrEqual(Math.round('Close'.length * 1.4));
  });
});

describe('catalogProblems', () => {
  it('says nothing of complete, valid catalogs', async () => {
    const bundle = defineMessages('good', { hello: 'Hello {name}', count: '{n, plural, one {# ticket} other {# tickets}}' }, {
      pl: async () => ({ default: { hello: 'Cześć {name}', count: '{n, plural, one {# bilet} few {# bilety} many {# biletów} other {# biletu}}' } }),
    });
    expect(await catalogProblems(bundle)).toEqual([]);
  });

  it('names a missing key, an extra key, invalid ICU, an argument English lacks and a missing plural category', async () => {
    const bundle = defineMessages('bad', { hello: 'Hello {name}', count: '{n, plural, one {# ticket} other {# tickets}}', bye: 'Bye', gone: 'Gone' }, {
      pl: async () => ({ default: { hello: 'Cześć {imie}', count: '{n, plural, one {# bilet} other {# biletów}}', extra: 'x', bye: 'Pa {' } as never }),
    });
    const problems = await catalogProblems(bundle);
    expect(problems).toHaveLength(5);
    expect(problems).toEqual(
      expect.arrayContaining([
        "bad pl: lacks 'gone', which English has.",
        "bad pl: has 'extra', which English lacks.",
        "bad pl: 'bye' is not valid ICU MessageFormat (EXPECT_ARGUMENT_CLOSING_BRACE): Pa {",
        "bad pl: 'hello' uses {imie}, which English does not give.",
        "bad pl: 'count' plural {n} lacks few, many.",
      ]),
    );
  });
});
