import type { FieldControl } from '@tickets/plugin-kit/widget';
import type { KeyboardEvent } from 'react';
import type { PersonFieldName } from '../person-fields.js';
import { GENDER_WORDS } from './field-display.js';

export interface FieldValueInputProps {
  /** What the `Field` around it wires: its id and aria. */
  control: FieldControl;
  field: PersonFieldName;
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
  autoFocus?: boolean;
  onKeyDown?(event: KeyboardEvent): void;
}

/** The box for a field's new value, shaped by the field: a choice for gender, a date picker for the date of birth. */
export function FieldValueInput({ control, field, value, onChange, disabled = false, autoFocus = false, onKeyDown }: FieldValueInputProps) {
  const common = { ...control, disabled, autoFocus, onKeyDown };
  if (field === 'gender') {
    return (
      <select {...common} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose…</option>
        {Object.entries(GENDER_WORDS).map(([code, word]) => (
          <option key={code} value={code}>
            {word}
          </option>
        ))}
      </select>
    );
  }
  if (field === 'dateOfBirth') return <input {...common} type="date" value={value} onChange={(event) => onChange(event.target.value)} />;
  if (field === 'countryIso2') {
    return <input {...common} value={value} maxLength={2} size={4} autoCapitalize="characters" onChange={(event) => onChange(event.target.value.toUpperCase())} />;
  }
  return <input {...common} value={value} maxLength={255} autoComplete="off" onChange={(event) => onChange(event.target.value)} />;
}
