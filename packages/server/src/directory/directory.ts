import type { PrincipalLabel, PrincipalRef, Viewer } from '@tickets/domain';

/**
 * The host site's directory of people, as this product needs it. The default implementation reads
 * our own tables (`SqlDirectory`); a host site can plug in its own source behind this port.
 */
export interface Directory {
  /**
   * The person behind a token: their name, whether they are a site admin, and every principal they
   * belong to: their groups, and the principals of each plugin kind whose membership rule admits them.
   */
  viewer(userId: number): Promise<Viewer | null>;
  /** `viewer` for several people in one round trip (the live feed reads everyone it wakes at once); unknown ones are left out. */
  viewers(userIds: readonly number[]): Promise<Map<number, Viewer>>;
  /** Current names for principals, in one round trip; unknown ones are left out. */
  labels(refs: readonly PrincipalRef[]): Promise<Map<string, PrincipalLabel>>;
  /**
   * Principals whose name has a word starting with each of `words` (`searchWords`: lower-case
   * letters and digits), best first — names starting with the first word, then by name: users (not
   * anonymized), groups (by key or long name, `detail` the long name) and each plugin kind's.
   */
  search(words: readonly string[], limit: number): Promise<FoundPrincipal[]>;
  /** Group principals whose name (key) is one of these, e.g. 'WRT'. */
  groupsByName(names: readonly string[]): Promise<PrincipalLabel[]>;
  /**
   * Where principals receive mail: a user's address, a group's shared address, each member's address
   * for a plugin kind's principal (the same rule that lets them see the ticket). Those with none are
   * left out.
   */
  mailboxes(refs: readonly PrincipalRef[]): Promise<Map<string, Mailbox[]>>;
}

/** A principal a search found: how it is named, and what tells it apart (a group's long name). */
export interface FoundPrincipal extends PrincipalLabel {
  detail: string | null;
}

/** A name and an e-mail address to write to, with the language the person reads (null or absent: not known). */
export interface Mailbox {
  name: string;
  address: string;
  locale?: string | null;
}

export function principalKey(ref: PrincipalRef): string {
  return `${ref.kind}:${ref.id}`;
}
