import { DomainError, type PrincipalLabel, type PrincipalRef } from '@tickets/domain';
import { type Directory, principalKey } from '../../directory/directory.js';

/**
 * A principal as the directory names it now (the name is what log entries keep). `not_found` when
 * the directory has no such principal, including a kind no plugin registered.
 */
export async function namePrincipal(directory: Directory, ref: PrincipalRef): Promise<PrincipalLabel> {
  const label = (await directory.labels([ref])).get(principalKey(ref));
  if (label === undefined) {
    throw new DomainError(
      'not_found',
      'principal.not_found',
      `There is no ${ref.kind} #${ref.id} in the directory; check whom you meant and choose an existing ${ref.kind}.`,
      { kind: ref.kind, id: ref.id },
    );
  }
  return label;
}
