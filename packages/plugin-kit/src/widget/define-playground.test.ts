import { describe, expect, it } from 'vitest';
import { TicketTypeKey } from '../ticket-type.js';
import { type AnyPlaygroundDefinition, definePlayground, isActionFailure, type PlaygroundProps, playgroundViewFor } from './index.js';

interface Stored {
  name: string;
}

function ReviewChange(props: PlaygroundProps<Stored>): string {
  return props.metadata.name;
}

describe('definePlayground', () => {
  it('returns the declaration unchanged and picks the view by role', () => {
    const playground = definePlayground<Stored>({ type: 'edit-person', views: { actioner: ReviewChange, requester: null } });
    expect(playground.views.actioner).toBe(ReviewChange);
    expect(playgroundViewFor(playground, 'actioner')).toBe(ReviewChange);
    expect(playgroundViewFor(playground, 'requester')).toBeNull();
    expect(playgroundViewFor(undefined, 'actioner')).toBeNull();
    // A registry holds playgrounds of any metadata.
    const registry: readonly AnyPlaygroundDefinition[] = [playground];
    expect(registry).toHaveLength(1);
  });

  it('accepts a memo/forwardRef-style component object', () => {
    const memoLike = { $$typeof: Symbol.for('react.memo'), type: ReviewChange };
    expect(() => definePlayground({ type: 'edit-person', views: { actioner: memoLike as never } })).not.toThrow();
  });

  it('refuses a broken declaration with a message naming the type', () => {
    expect(() => definePlayground({ type: 'Edit Person', views: {} })).toThrow(/Playground of ticket type 'Edit Person' is not valid: its type must be the key/);
    expect(() => definePlayground({ type: 'edit-person', views: { approver: ReviewChange } as never })).toThrow(
      "Playground of ticket type 'edit-person' is not valid: 'approver' is not a stakeholder role (requester, actioner).",
    );
    expect(() => definePlayground({ type: 'edit-person', views: { actioner: 'ReviewChange' as never } })).toThrow(/its actioner view must be a React component or null/);
    expect(() => definePlayground({ type: 'edit-person' } as never)).toThrow(/it needs `views`/);
  });

  it('accepts exactly the keys defineTicketType accepts', () => {
    for (const key of ['edit-person', 'claim-wca-id', 'ab', 'a', '1abc', 'Edit', 'edit_person', 'x'.repeat(64), 'x'.repeat(65)]) {
      const valid = TicketTypeKey.safeParse(key).success;
      const accepted = (() => {
        try {
          definePlayground({ type: key, views: {} });
          return true;
        } catch {
          return false;
        }
      })();
      expect(accepted, key).toBe(valid);
    }
  });
});

describe('isActionFailure', () => {
  it('recognises the errors runAction rejects with', () => {
    const failure = Object.assign(new Error('Give the new name.'), { code: 'BAD_REQUEST', fieldErrors: [{ path: 'input.name', message: 'Give the new name.' }] });
    expect(isActionFailure(failure)).toBe(true);
    expect(isActionFailure(new Error('plain'))).toBe(false);
    expect(isActionFailure({ code: 'X', fieldErrors: [] })).toBe(false);
  });
});
