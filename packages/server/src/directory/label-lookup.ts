import type { PrincipalLabel, PrincipalRef } from '@tickets/domain';
import { principalKey } from './directory.js';

export type LabelLookup = (ref: PrincipalRef) => PrincipalLabel;

/**
 * Names principals from one `Directory.labels` answer. One the directory no longer knows is shown by
 * kind and id rather than failing the whole page it appears on.
 */
export function labelLookup(labels: ReadonlyMap<string, PrincipalLabel>): LabelLookup {
  return (ref) => labels.get(principalKey(ref)) ?? { kind: ref.kind, id: ref.id, name: ref.kind === 'user' ? `User #${ref.id}` : `${ref.kind} #${ref.id}` };
}
