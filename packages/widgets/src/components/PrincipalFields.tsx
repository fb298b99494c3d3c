import { useId } from 'react';
import { useTicketMessages } from '../i18n/use-ticket-messages.js';
import type { Translate } from '@tickets/plugin-kit/widget';
import type { TicketMessageKey } from '../i18n/ticket-messages.js';

export interface PrincipalDraft {
  kind: 'user' | 'group';
  id: string;
}

export const EMPTY_PRINCIPAL: PrincipalDraft = { kind: 'user', id: '' };

/** The principal a draft names, or the reason it names none. */
export function parsePrincipal(draft: PrincipalDraft, t: Translate<TicketMessageKey>): { kind: 'user' | 'group'; id: number } | string {
  const id = Number(draft.id.trim());
  if (draft.id.trim() === '' || !Number.isInteger(id) || id <= 0) return t(draft.kind === 'user' ? 'principal.giveUserId' : 'principal.giveGroupId');
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
  const { t } = useTicketMessages();
  return (
    <fieldset className="tk-fieldset" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="tk-field">
        <label htmlFor={`${id}-kind`}>{t('principal.kind')}</label>
        <select id={`${id}-kind`} value={value.kind} onChange={(event) => onChange({ ...value, kind: event.target.value === 'group' ? 'group' : 'user' })}>
          <option value="user">{t('principal.person')}</option>
          <option value="group">{t('principal.group')}</option>
        </select>
      </div>
      <div className="tk-field">
        <label htmlFor={`${id}-id`}>{value.kind === 'user' ? t('principal.userId') : t('principal.groupId')}</label>
        <input id={`${id}-id`} inputMode="numeric" pattern="[0-9]*" value={value.id} onChange={(event) => onChange({ ...value, id: event.target.value })} />
      </div>
    </fieldset>
  );
}
