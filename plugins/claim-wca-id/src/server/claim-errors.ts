import { type DomainErrorKind, DomainError } from '@tickets/domain';
import { MetadataFieldError } from '@tickets/plugin-kit/server';

/** A refusal of this type, with a stable `claim_wca_id.*` code. */
export function claimError(kind: DomainErrorKind, rule: string, message: string): DomainError {
  return new DomainError(kind, `claim_wca_id.${rule}`, message);
}

/** The fields a claim's refusals name: what was filed, or what `handOver` was sent. */
export type ClaimField = 'metadata.wcaId' | 'metadata.delegateUserId' | 'input.delegateUserId';

/** A refusal naming the field at fault, so a form shows the message beside it (`fieldErrors`). */
export function claimFieldError(kind: DomainErrorKind, rule: string, message: string, field: ClaimField): MetadataFieldError {
  const [of, name] = field.split('.') as ['metadata' | 'input', string];
  return new MetadataFieldError(`claim_wca_id.${rule}`, [name], message, { kind, of });
}
