import { useId } from 'react';

export interface PrincipalDraft {
  kind: 'user' | 'group';
  id: string;
}

export const EMPTY_PRINCIPAL: PrincipalDraft = { kind: 'user', id: '' };

/** The principal a draft names, or the reason it names none. */
export function parsePrincipal(draft: PrincipalDraft): { kind: 'user' | 'group'; id: number } | string {
  const id = Number(draft.id.trim());
  if (draft.id.trim() === '' || !Number.isInteger(id) || id <= 0) return `Give the ${draft.kind === 'user' ? 'person' : 'group'}'s id, a whole number.`;
  return { kind: draft.kind, id };
}

export interface PrincipalFieldsProps {
  value: PrincipalDraft;
  onChange(value: PrincipalDraft): void;
  disabled?: boolean;
  /** Names the fields for their purpose, e.g. "Hand over to". */
  legend: string;
}

/** Who to link: a person or a group, by the id the host site's directory gives them. */
export function PrincipalFields({ value, onChange, disabled = false, legend }: PrincipalFieldsProps) {
  const id = useId();
  return (
    <fieldset className="tk-fieldset" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="tk-field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={value.kind} onChange={(event) => onChange({ ...value, kind: event.target.value === 'group' ? 'group' : 'user' })}>
          <option value="user">Person</option>
          <option value="group">Group</option>
        </select>
      </div>
      <div className="tk-field">
        <label htmlFor={`${id}-id`}>{value.kind === 'user' ? 'User id' : 'Group id'}</label>
        <input id={`${id}-id`} inputMode="numeric" pattern="[0-9]*" value={value.id} onChange={(event) => onChange({ ...value, id: event.target.value })} />
      </div>
    </fieldset>
  );
}
