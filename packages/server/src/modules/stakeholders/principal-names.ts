import { DomainError, type PrincipalLabel, type PrincipalRef } from '@tickets/domain';
import { type Directory, principalKey } from '../../directory/directory.js';

/**
 * A principal as the directory names it now (the name is what log entries keep). `not_found` when
 * the directory has no such principal; a kind this deployment does not know (`kinds`: the built-in
 * ones and the plugins') is named as such, with the kinds there are.
 */
export async function namePrincipal(directory: Directory, ref: PrincipalRef, kinds: readonly string[]): Promise<PrincipalLabel> {
  if (!kinds.includes(ref.kind)) {
    throw new DomainError(
      'not_found',
      'principal.unknown_kind',
      `There is no kind of principal called '${ref.kind}' here; the kinds are ${kinds.map((kind) => `'${kind}'`).join(', ')}.`,
      { kind: ref.kind, id: ref.id, kinds: [...kinds] },
    );
  }
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
