import type { DomainErrorKind } from '@tickets/domain';
import type { Refusal } from '@tickets/plugin-kit';
import { MetadataFieldError, TypeRuleError } from '@tickets/plugin-kit/server';
import { claimWcaIdTicketType } from '../claim-wca-id.js';

/**
 * A refusal of this type, with a stable `claim_wca_id.*` code, said in the type's words
 * (`refuse('<name>', values)`: `refusal.<name>` of the definition, other languages in ./words), so
 * the API answers it in the reader's language; its message is the English.
 */
export function claimError(kind: DomainErrorKind, rule: string, refusal: Refusal): TypeRuleError {
  return new TypeRuleError(kind, `claim_wca_id.${rule}`, { definition: claimWcaIdTicketType, refusal });
}

/** The fields a claim's refusals name: what was filed, or what `handOver` was sent. */
export type ClaimField = 'metadata.wcaId' | 'metadata.delegateUserId' | 'input.delegateUserId';

/** A refusal naming the field at fault, so a form shows the message beside it (`fieldErrors`); in the type's words, as `claimError`. */
export function claimFieldError(kind: DomainErrorKind, rule: string, refusal: Refusal, field: ClaimField): MetadataFieldError {
  const [of, name] = field.split('.') as ['metadata' | 'input', string];
  return new MetadataFieldError(`claim_wca_id.${rule}`, [name], { definition: claimWcaIdTicketType, refusal }, { kind, of });
}
