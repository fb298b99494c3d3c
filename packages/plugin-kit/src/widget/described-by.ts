/** An `aria-describedby` from the ids of the sentences that apply now; none, and the attribute is left out. */
export function describedBy(...ids: readonly (string | null | undefined | false)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
