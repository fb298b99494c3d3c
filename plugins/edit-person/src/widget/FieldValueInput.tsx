import type { KeyboardEvent } from 'react';
import type { PersonFieldName } from '../person-fields.js';
import { FIELD_HINTS, GENDER_WORDS } from './field-display.js';

export interface FieldValueInputProps {
  id: string;
  field: PersonFieldName;
  value: string;
  onChange(value: string): void;
  /** The server's word on this value, shown below the box. */
  error?: string | null | undefined;
  disabled?: boolean;
  autoFocus?: boolean;
  onKeyDown?(event: KeyboardEvent): void;
}

/** The box for a field's new value, shaped by the field: a choice for gender, a date picker for the date of birth. */
export function FieldValueInput({ id, field, value, onChange, error, disabled = false, autoFocus = false, onKeyDown }: FieldValueInputProps) {
  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`;
  const common = { id, disabled, autoFocus, onKeyDown, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined };
  return (
    <>
      {field === 'gender' ? (
        <select {...common} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">Choose…</option>
          {Object.entries(GENDER_WORDS).map(([code, word]) => (
            <option key={code} value={code}>
              {word}
            </option>
          ))}
        </select>
      ) : field === 'dateOfBirth' ? (
        <input {...common} type="date" value={value} onChange={(event) => onChange(event.target.value)} />
      ) : field === 'countryIso2' ? (
        <input {...common} value={value} maxLength={2} size={4} autoCapitalize="characters" onChange={(event) => onChange(event.target.value.toUpperCase())} />
      ) : (
        <input {...common} value={value} maxLength={255} autoComplete="off" onChange={(event) => onChange(event.target.value)} />
      )}
      <span id={`${id}-hint`} className="tk-muted">
        {FIELD_HINTS[field]}
      </span>
      {error && (
        <span id={`${id}-error`} className="tk-error">
          {error}
        </span>
      )}
    </>
  );
}
