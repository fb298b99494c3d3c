import { describe, expect, it } from 'vitest';
import type { TicketListFilters } from '../src/api/types.js';
import { attributesOf, filtersFromAttributes } from '../src/elements/list-filter-attributes.js';

const read = (attributes: Record<string, string>) => filtersFromAttributes((name) => attributes[name] ?? null);

describe('the filters of <tickets-list> as attributes (and a host’s URL)', () => {
  it('reads back exactly the filters it wrote', () => {
    const every: TicketListFilters = {
      state: 'open',
      statusIds: [3, 1001],
      categories: ['to_do', 'in_progress'],
      types: ['edit-person', 'contact'],
      mine: true,
      myGroups: true,
      search: 'passport Müller',
      sort: 'status',
      direction: 'asc',
    };
    expect(read(attributesOf(every))).toEqual(every);
    expect(read(attributesOf({}))).toEqual({});
    // As a URL keeps them: every value a string, booleans present and empty.
    expect(Object.fromEntries(new URLSearchParams(attributesOf(every)))).toEqual(attributesOf(every));
  });

  it('leaves out what a hand-edited address gets wrong, rather than failing the list', () => {
    expect(
      read({
        state: 'maybe',
        status: '3,x,-1,0,99999999999,2.5',
        category: 'to_do,nope',
        type: 'Edit Person,contact,<script>',
        search: '   ',
        sort: 'priority',
        direction: 'up',
      }),
    ).toEqual({ statusIds: [3], categories: ['to_do'], types: ['contact'] });
    expect(read({ search: 'x'.repeat(500) }).search).toHaveLength(200);
  });
});
