import type { DefaultRole } from '@tickets/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { NamespaceStatusView, StatusRemovalInput, StatusSettingsView } from '../api/types.js';
import { SubmitRow } from './SubmitRow.js';
import { defaultDuties, mappingChoices, needsSuccessor, refusalMessage, successorChoices } from './status-settings-model.js';
import { useSettingsMessages } from '../i18n/use-settings-messages.js';
import { categoryName, statusName, useWidgetsMessages } from '../i18n/use-widgets-messages.js';

export interface RemoveStatusDialogProps {
  settings: StatusSettingsView;
  status: NamespaceStatusView;
  /** Sends the removal; a rejection is shown in words in the dialog, which stays open. */
  onRemove(input: StatusRemovalInput): Promise<unknown>;
  onCancel(): void;
  /** Said before the buttons (e.g. that removing converts the namespace to custom statuses). */
  note?: string | null;
  headingLevel?: 3 | 4 | 5 | 6;
}

/** Statuses as a select's options, each with its category: "Blocked (In progress)". */
function StatusOptions({ statuses }: { statuses: readonly NamespaceStatusView[] }) {
  const { t } = useSettingsMessages();
  const words = useWidgetsMessages().t;
  return statuses.map((status) => (
    <option key={status.id} value={status.id}>
      {t('settings.remove.option', { name: statusName(status, words), category: categoryName(status.category, words) })}
    </option>
  ));
}

/**
 * "Remove 'Blocked'?": when tickets use it, where they move ("Move its 12 tickets to…", only
 * statuses of the same state in the same lifecycles), chosen by the admin: nothing is pre-selected,
 * because moving thousands of tickets to the first status in the list cannot be undone. When it is
 * a default the move does not take over, the new default. Inline, not modal (it stays inside the
 * widget's shadow root); Escape cancels.
 */
export function RemoveStatusDialog({ settings, status, onRemove, onCancel, note, headingLevel = 4 }: RemoveStatusDialogProps) {
  const { t } = useSettingsMessages();
  const words = useWidgetsMessages().t;
  const Heading = `h${headingLevel}` as const;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const choices = mappingChoices(settings, status);
  const inUse = status.tickets > 0;
  const [mapping, setMapping] = useState<number | null>(null);
  const [mappingMissing, setMappingMissing] = useState(false);
  const mappingSelect = useRef<HTMLSelectElement>(null);
  const [successors, setSuccessors] = useState<Partial<Record<DefaultRole, number>>>({});
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const target = choices.find((choice) => choice.id === mapping);
  const duties = defaultDuties(settings, status).filter((duty) => needsSuccessor(duty.role, target));
  const successorOf = (role: DefaultRole) => successors[role] ?? successorChoices(settings, status, role)[0]?.id;
  const missingSuccessor = duties.some((duty) => successorOf(duty.role) === undefined);
  const blocked = (inUse && choices.length === 0) || missingSuccessor;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (blocked) return;
    if (inUse && mapping === null) {
      setMappingMissing(true);
      mappingSelect.current?.focus();
      return;
    }
    const newDefaults = Object.fromEntries(duties.map((duty) => [duty.role, successorOf(duty.role)]));
    setSending(true);
    setError(null);
    try {
      await onRemove({ statusId: status.id, ...(mapping !== null ? { mapping } : {}), ...(duties.length > 0 ? { newDefaults } : {}) });
    } catch (refusal) {
      setError(refusalMessage(refusal, t));
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="tk-dialog" role="dialog" aria-labelledby={`${id}-title`} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <Heading ref={heading} id={`${id}-title`} className="tk-dialog-title" tabIndex={-1}>
        {t('settings.remove.heading', { name: statusName(status, words) })}
      </Heading>
      <form className="tk-form" onSubmit={(event) => void submit(event)}>
        {inUse ? (
          choices.length > 0 ? (
            <div className="tk-field">
              <label htmlFor={`${id}-mapping`}>{t('settings.remove.moveTo', { count: status.tickets })}</label>
              <select
                ref={mappingSelect}
                id={`${id}-mapping`}
                value={mapping ?? ''}
                onChange={(event) => {
                  setMapping(Number(event.target.value));
                  setMappingMissing(false);
                }}
                {...(mappingMissing ? { 'aria-invalid': true, 'aria-describedby': `${id}-mapping-error` } : {})}>
                <option value="" disabled>
                  {t('settings.remove.choose')}
                </option>
                <StatusOptions statuses={choices} />
              </select>
              {mappingMissing && (
                <p id={`${id}-mapping-error`} className="tk-error" role="alert">
                  {t('settings.remove.chooseMissing', { count: status.tickets })}
                </p>
              )}
            </div>
          ) : (
            <p className="tk-error">
              {t('settings.remove.noTarget', { count: status.tickets, state: status.state })}
            </p>
          )
        ) : (
          <p>{t('settings.remove.unused')}</p>
        )}
        {duties.map((duty) => {
          const options = successorChoices(settings, status, duty.role);
          return options.length > 0 ? (
            <div className="tk-field" key={duty.role}>
              <label htmlFor={`${id}-${duty.role}`}>{t('settings.remove.successor', { role: duty.role, lifecycles: duty.lifecycles.join(', ') })}</label>
              <select id={`${id}-${duty.role}`} value={successorOf(duty.role)} onChange={(event) => setSuccessors({ ...successors, [duty.role]: Number(event.target.value) })}>
                <StatusOptions statuses={options} />
              </select>
            </div>
          ) : (
            <p className="tk-error" key={duty.role}>
              {t('settings.remove.noSuccessor', { role: duty.role, lifecycles: duty.lifecycles.join(', ') })}
            </p>
          );
        })}
        {inUse && target && <p className="tk-muted">{t('settings.remove.background', { name: statusName(target, words) })}</p>}
        {note && <p className="tk-muted">{note}</p>}
        {error && (
          <p className="tk-error" role="alert">
            {error}
          </p>
        )}
        <SubmitRow label={t('settings.remove.submit')} sendingLabel={t('settings.remove.removing')} sending={sending} disabled={blocked} danger onCancel={onCancel} />
      </form>
    </div>
  );
}
