import { describe, expect, it } from 'vitest';
import { failureOf, startTestApi } from './support/test-api.js';

// A refused change to the status settings names the input field it is about, so a settings form can
// show the message beside that field, and still says which domain rule refused it.
const t = await startTestApi();
const sam = t.client('sam'); // a site admin: the namespace's admin

async function refusal(call: Promise<unknown>) {
  const failure = await failureOf(call);
  const data = failure.data as { fieldErrors: { path: string; message: string }[] | null; domain: { code: string } | null };
  return { code: failure.code, fieldErrors: data.fieldErrors, rule: data.domain?.code ?? null };
}

describe('statuses', () => {
  it('names the field of a status that breaks a field rule, when created or changed', async () => {
    expect(await refusal(sam.statuses.create.mutate({ name: '   ', color: '#1f75cb', category: 'to_do' }))).toEqual({
      code: 'BAD_REQUEST',
      fieldErrors: [{ path: 'name', message: 'A status name cannot be empty.' }],
      rule: 'status.invalid_name',
    });
    expect(await refusal(sam.statuses.create.mutate({ name: 'Red', color: 'red', category: 'to_do' }))).toEqual({
      code: 'BAD_REQUEST',
      fieldErrors: [{ path: 'color', message: 'A colour must be written as #rrggbb, for example #1f75cb.' }],
      rule: 'status.invalid_color',
    });
    const { status } = await sam.statuses.create.mutate({ name: 'Waiting', color: '#1f75cb', category: 'to_do' });
    expect(await refusal(sam.statuses.update.mutate({ statusId: status.id, description: 'x'.repeat(129) }))).toEqual({
      code: 'BAD_REQUEST',
      fieldErrors: [{ path: 'description', message: 'A status description can be at most 128 characters long.' }],
      rule: 'status.invalid_description',
    });
  });

  it('leaves refusals that are not about bad input as they were', async () => {
    expect(await refusal(sam.statuses.create.mutate({ name: 'to DO', color: '#1f75cb', category: 'to_do' }))).toEqual({
      code: 'CONFLICT',
      fieldErrors: null,
      rule: 'status.name_taken',
    });
  });

  it('names `mapping` when a removed status is mapped to itself or to the other state, and `statusIds` for a bad reorder', async () => {
    const { status: blocked } = await sam.statuses.create.mutate({ name: 'Blocked', color: '#dd2b0e', category: 'in_progress' });
    const toItself = await refusal(sam.statuses.remove.mutate({ statusId: blocked.id, mapping: blocked.id }));
    // Blocked is in no lifecycle: the server used to refuse this with a rule and words of its own
    // ("Map status 'Blocked' to another status of the same state (open)."); the domain's removal rule wins.
    expect(toItself).toMatchObject({ code: 'BAD_REQUEST', rule: 'status_removal.mapping_to_itself' });
    expect(toItself.fieldErrors).toEqual([{ path: 'mapping', message: "Cannot map status 'Blocked' to itself, because it is being removed. Choose one of: To do, Waiting, In progress." }]);

    const settings = await sam.statuses.list.query();
    const done = settings.statuses.find((s) => s.category === 'done')!;
    const wrongState = await refusal(sam.statuses.remove.mutate({ statusId: blocked.id, mapping: done.id }));
    expect(wrongState).toMatchObject({ code: 'BAD_REQUEST', rule: 'status_removal.mapping_state_mismatch' });
    expect(wrongState.fieldErrors?.map((f) => f.path)).toEqual(['mapping']);

    const toDo = settings.statuses.find((s) => s.category === 'to_do')!;
    const twice = await refusal(sam.statuses.reorder.mutate({ statusIds: [toDo.id, toDo.id] }));
    expect(twice).toMatchObject({ code: 'BAD_REQUEST', rule: 'status.reorder_incomplete' });
    expect(twice.fieldErrors?.map((f) => f.path)).toEqual(['statusIds']);
  });

  it('names the role in `newDefaults` when the removed status itself is chosen as a new default', async () => {
    const refused = await refusal(sam.statuses.remove.mutate({ statusId: 1, mapping: 2, newDefaults: { open: 1 } }));
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', rule: 'status_removal.default_is_removed' });
    expect(refused.fieldErrors).toEqual([{ path: 'newDefaults.open', message: expect.stringMatching(/cannot be the default open status .* because it is being removed/) }]);
  });
});

describe('lifecycles', () => {
  it('names the name, the statuses or the default a new lifecycle gets wrong', async () => {
    const { statuses } = await sam.statuses.list.query();
    const [open, done, duplicate, inProgress] = ['to_do', 'done', 'canceled', 'in_progress'].map((category) => statuses.find((s) => s.category === category)!.id) as [number, number, number, number];
    const defaults = { open, closed: done, duplicate };
    expect(await refusal(sam.lifecycles.create.mutate({ name: ' ', statusIds: [open, done, duplicate], defaults }))).toEqual({
      code: 'BAD_REQUEST',
      fieldErrors: [{ path: 'name', message: 'A lifecycle name cannot be empty.' }],
      rule: 'lifecycle.invalid_name',
    });
    const repeated = await refusal(sam.lifecycles.create.mutate({ name: 'Twice', statusIds: [open, open, done, duplicate], defaults }));
    expect(repeated).toMatchObject({ code: 'BAD_REQUEST', rule: 'lifecycle.repeated_status' });
    expect(repeated.fieldErrors?.map((f) => f.path)).toEqual(['statusIds']);
    const wrongCategory = await refusal(
      sam.lifecycles.create.mutate({ name: 'Odd', statusIds: [open, inProgress, done, duplicate], defaults: { ...defaults, closed: inProgress } }),
    );
    expect(wrongCategory).toMatchObject({ code: 'BAD_REQUEST', rule: 'lifecycle.default_wrong_category' });
    expect(wrongCategory.fieldErrors).toEqual([{ path: 'defaults.closed', message: expect.stringMatching(/cannot be the default closed status of lifecycle 'Odd'/) }]);
  });

  it('names the default a lifecycle change gets wrong', async () => {
    const refused = await refusal(sam.lifecycles.update.mutate({ lifecycleId: 1, defaults: { closed: 1 } }));
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', rule: 'lifecycle.default_wrong_category' });
    expect(refused.fieldErrors?.map((f) => f.path)).toEqual(['defaults.closed']);
  });
});
