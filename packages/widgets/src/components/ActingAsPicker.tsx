import { useId } from 'react';
import type { ActingAsChoice } from '../api/types.js';

/** How a stakeholder the viewer may act as is named in a choice: "WRT (assigned, actioner)". */
export function actingAsLabel(choice: Pick<ActingAsChoice, 'name' | 'connection' | 'role'>): string {
  return `${choice.name} (${choice.connection}, ${choice.role})`;
}

export interface ActingAsPickerProps {
  choices: readonly ActingAsChoice[];
  value: number | null;
  onChange(stakeholderId: number): void;
  disabled?: boolean;
}

/**
 * "Act as": shown when the viewer matches several stakeholders (themselves and a group, say), since
 * which one they act as changes what they may do and what the log records. Nothing for one choice.
 */
export function ActingAsPicker({ choices, value, onChange, disabled = false }: ActingAsPickerProps) {
  const id = useId();
  if (choices.length < 2) return null;
  return (
    <div className="tk-field">
      <label htmlFor={id}>Act as</label>
      <select id={id} value={value ?? ''} disabled={disabled} onChange={(event) => onChange(Number(event.target.value))}>
        {choices.map((choice) => (
          <option key={choice.stakeholderId} value={choice.stakeholderId}>
            {actingAsLabel(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}
