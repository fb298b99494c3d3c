import { DomainError } from '@tickets/domain';

/** A ticket type's server half is declared wrongly: stops the server at start-up, naming the type. */
export function invalidTypeServer(type: string, problem: string): DomainError {
  return new DomainError('invalid', 'ticket_type.invalid_server', `Ticket type '${type}' is not valid: ${problem}`, { type });
}
