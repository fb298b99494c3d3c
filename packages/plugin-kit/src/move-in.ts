/**
 * A field the person moving a ticket into a type fills in: what the old ticket cannot tell (a
 * contact request's free text does not say which profile field to change). Plain text, or one of
 * `choices`; the type's server half turns the answers into its metadata.
 */
export interface MoveInField {
  readonly key: string;
  readonly label: string;
  readonly hint?: string;
  readonly choices?: readonly { readonly value: string; readonly label: string }[];
  readonly optional?: boolean;
}

/**
 * Tickets of other types this type takes in (`tickets.changeType`), e.g. edit-person takes contact
 * requests that are really profile corrections; and what the person moving one is asked for.
 */
export interface MoveIn {
  /** The keys of the types it takes tickets from. */
  readonly from: readonly string[];
  readonly fields?: readonly MoveInField[];
}
