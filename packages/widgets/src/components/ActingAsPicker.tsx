import { useId } from 'react';
import type { ActingAsChoice } from '../api/types.js';
import { useTicketMessages } from '../i18n/use-ticket-messages.js';
import type { Translate } from '@tickets/plugin-kit/widget';
import type { TicketMessageKey } from '../i18n/ticket-messages.js';

/** How a stakeholder the viewer may act as is named in a choice: "WRT (assigned, actioner)". */
export function actingAsLabel(choice: Pick<ActingAsChoice, 'name' | 'connection' | 'role'>, t: Translate<TicketMessageKey>): string {
  return `${choice.name} (${t(`people.connection.${choice.connection}`)}, ${t(`people.role.${choice.role}`)})`;
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
  const { t } = useTicketMessages();
  if (choices.length < 2) return null;
  return (
    <div className="tk-field">
      <label htmlFor={id}>{t('people.actAs')}</label>
      <select id={id} value={value ?? ''} disabled={disabled} onChange={(event) => onChange(Number(event.target.value))}>
        {choices.map((choice) => (
          <option key={choice.stakeholderId} value={choice.stakeholderId}>
            {actingAsLabel(choice, t)}
          </option>
        ))}
      </select>
    </div>
  );
}
