/**
 * The part of the host site's directory a ticket type may read and change from its actions. The
 * API implements it over its own tables; a host site that plugs in its own directory implements it
 * there. Every method runs in the ticket's transaction.
 */
export interface DirectoryPerson {
  readonly id: number;
  readonly wcaId: string;
  readonly name: string;
  readonly countryIso2: string;
  /** `YYYY-MM-DD`, or null when unknown. */
  readonly dateOfBirth: string | null;
  readonly gender: string | null;
  readonly updatedAt: string;
}

export interface DirectoryUser {
  readonly id: number;
  readonly name: string;
  readonly email: string | null;
  readonly personId: number | null;
  readonly anonymizedAt: string | null;
}

export type PersonField = 'name' | 'countryIso2' | 'dateOfBirth' | 'gender';
export type PersonChanges = Partial<Record<PersonField, string | null>>;

export interface PluginDirectory {
  user(userId: number): Promise<DirectoryUser | null>;
  /**
   * A person by id. With `lock`, the person stays locked until the ticket's transaction ends, so two
   * changes of the same profile are decided one after the other.
   */
  person(personId: number, options?: { lock?: boolean }): Promise<DirectoryPerson | null>;
  personByWcaId(wcaId: string): Promise<DirectoryPerson | null>;
  /** The account linked to a person, if any. */
  userLinkedToPerson(personId: number): Promise<DirectoryUser | null>;
  /** How many earlier values the person's history keeps (from changes applied as updates). */
  personHistoryCount(personId: number): Promise<number>;
  /** Whether the user belongs to the group of this name (compared ignoring case). */
  isMemberOfGroup(userId: number, groupName: string): Promise<boolean>;
  /**
   * Changes a person's profile. A `fix` corrects a mistake (the old value was never true); an
   * `update` records a real change, keeping the previous values in the person's history.
   */
  updatePerson(personId: number, changes: PersonChanges, mode: 'fix' | 'update'): Promise<DirectoryPerson>;
  /** Replaces the user's personal data; safe to run twice (returns whether anything changed). */
  anonymizeUser(userId: number): Promise<{ changed: boolean }>;
  /** Replaces the person's (competitor profile's) personal data; safe to run twice. */
  anonymizePerson(personId: number): Promise<{ changed: boolean }>;
  /** Links a user account to a competitor profile. */
  linkUserToPerson(userId: number, personId: number): Promise<void>;
}
