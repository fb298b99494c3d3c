import { DomainError, type DomainErrorKind } from '@tickets/domain';

/**
 * A refusal of this type, with a stable `claim_wca_id.*` code. `path` names the field at fault
 * (`metadata.wcaId`, `input.delegateUserId`) so a form can show the message beside it.
 */
export function claimError(kind: DomainErrorKind, rule: string, message: string, path?: string): DomainError {
  return new DomainError(kind, `claim_wca_id.${rule}`, message, path === undefined ? {} : { path });
}
