import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLifecycleId, type LifecycleAttachments, lifecycleIdOfType, SYSTEM_LIFECYCLE_ID, typesAttachedTo } from '../src/index.js';

const attachments: LifecycleAttachments = { byType: new Map([['edit-person', 3], ['contact', 4]]), defaultLifecycleId: 2 };

describe('the lifecycle a ticket type follows', () => {
  it('is the one it is attached to', () => {
    expect(lifecycleIdOfType(attachments, 'edit-person')).toBe(3);
  });

  it("is the namespace's default for a type attached to none", () => {
    expect(lifecycleIdOfType(attachments, 'anonymization')).toBe(2);
    expect(defaultLifecycleId(attachments)).toBe(2);
  });

  it('is the system lifecycle while the namespace stores no default', () => {
    const untouched: LifecycleAttachments = { byType: new Map(), defaultLifecycleId: null };
    expect(lifecycleIdOfType(untouched, 'anonymization')).toBe(SYSTEM_LIFECYCLE_ID);
    expect(defaultLifecycleId(untouched)).toBe(SYSTEM_LIFECYCLE_ID);
  });

  it('counts only attached types as attached, not those following the default', () => {
    expect(typesAttachedTo(attachments, 3)).toEqual(['edit-person']);
    expect(typesAttachedTo(attachments, 2)).toEqual([]);
  });

  it('is, for any type, its attachment or else the default', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.integer({ min: 1, max: 9 })),
        fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
        fc.string(),
        (byType, stored, type) => {
          const given: LifecycleAttachments = { byType: new Map(Object.entries(byType)), defaultLifecycleId: stored };
          const followed = lifecycleIdOfType(given, type);
          if (given.byType.has(type)) expect(typesAttachedTo(given, followed)).toContain(type);
          else expect(followed).toBe(stored ?? SYSTEM_LIFECYCLE_ID);
        },
      ),
    );
  });
});
