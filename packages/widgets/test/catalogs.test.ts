// Every catalog of the widgets against English: the same keys, valid ICU MessageFormat, only the
// arguments English gives, and each plural with every category its language needs.
import { catalogProblems } from '@tickets/plugin-kit/widget/testing';
import { describe, expect, it } from 'vitest';
import { CORE_BUNDLES } from '../src/i18n/core-bundles.js';

describe('the widgets catalogs', () => {
  it.each(CORE_BUNDLES.map((bundle) => [bundle.id, bundle] as const))('%s: complete and valid in every language they offer (es, pl)', async (_, bundle) => {
    expect(Object.keys(bundle.locales).sort()).toEqual(['es', 'pl']);
    expect(await catalogProblems(bundle)).toEqual([]);
  });
});
