import type { FieldControl } from '@tickets/plugin-kit/widget';
import type { KeyboardEvent } from 'react';
import type { PersonFieldName } from '../person-fields.js';
import { GENDER_CODES } from './field-display.js';
import { useEditPersonMessages } from './i18n/messages.js';

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
  const { t } = useEditPersonMessages();
  const common = { ...control, disabled, autoFocus, onKeyDown };
  if (field === 'gender') {
    return (
      <select {...common} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('gender.choose')}</option>
        {GENDER_CODES.map((code) => (
          <option key={code} value={code}>
            {t(`gender.${code}`)}
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
