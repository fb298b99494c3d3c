import type { Translate } from '@tickets/plugin-kit/widget';
import { useRef, useState } from 'react';
import type { NamespaceStatusView, StatusRemovalInput, StatusSettingsView, StatusUpdateInput } from '../api/types.js';
import { RemoveStatusDialog } from './RemoveStatusDialog.js';
import { StatusBadge } from './StatusBadge.js';
import { StatusForm, type StatusFormValues } from './StatusForm.js';
import { conversionNote, defaultDuties, ticketsWord } from './status-settings-model.js';
import type { SettingsMessageKey } from '../i18n/settings-messages.js';
import { useSettingsMessages } from '../i18n/use-settings-messages.js';
import { statusName, useWidgetsMessages } from '../i18n/use-widgets-messages.js';

/** What a namespace admin can do to a status; absent for a viewer who may only read. */
export interface StatusRowControls {
  onUpdate(input: StatusUpdateInput): Promise<unknown>;
  onRemove(input: StatusRemovalInput): Promise<unknown>;
  onMove(statusId: number, offset: -1 | 1): void;
  canMoveUp: boolean;
  canMoveDown: boolean;
}

export interface StatusRowProps {
  settings: StatusSettingsView;
  status: NamespaceStatusView;
  controls: StatusRowControls | null;
  headingLevel: 3 | 4 | 5 | 6;
}

/** Why a status is what it is: system-defined, a custom copy of one, or the namespace's own. */
export function statusOrigin(status: Pick<NamespaceStatusView, 'systemDefined' | 'systemOrigin'>, t: Translate<SettingsMessageKey>): string {
  if (status.systemDefined) return t('settings.status.origin.system');
  return t(status.systemOrigin !== null ? 'settings.status.origin.copied' : 'settings.status.origin.custom');
}

/** Only what the form changed: a status keeps what is not sent. */
function patchOf(status: NamespaceStatusView, values: StatusFormValues): Omit<StatusUpdateInput, 'statusId'> {
  const description = values.description.trim() === '' ? null : values.description;
  return {
    ...(values.name !== status.name ? { name: values.name } : {}),
    ...(values.color.toLowerCase() !== status.color.toLowerCase() ? { color: values.color } : {}),
    ...(description !== status.description ? { description } : {}),
    ...(values.category !== status.category ? { category: values.category } : {}),
  };
}

/** One status: its badge, how many tickets use it, its origin and defaults; Edit, Move up/down and Remove for admins. */
export function StatusRow({ settings, status, controls, headingLevel }: StatusRowProps) {
  const { t } = useSettingsMessages();
  const words = useWidgetsMessages().t;
  // A system-defined status in the reader's language; a custom one as its namespace wrote it.
  const name = statusName(status, words);
  const [mode, setMode] = useState<'view' | 'edit' | 'remove'>('view');
  const editButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const duties = defaultDuties(settings, status);
  const back = (to: 'edit' | 'remove') => {
    setMode('view');
    // After the form is gone, give focus back to the button that opened it.
    queueMicrotask(() => (to === 'edit' ? editButton : removeButton).current?.focus());
  };
  // The space stays outside the hidden part: name computation trims inside it.
  const named = (
    <>
      {' '}
      <span className="tk-sr-only">{t('settings.status.named', { name })}</span>
    </>
  );

  return (
    <li className="tk-status" data-status-id={status.id}>
      <div className="tk-status-line">
        <StatusBadge status={status} />
        <span className="tk-muted">{ticketsWord(status.tickets, t)}</span>
        <span className="tk-tag">{statusOrigin(status, t)}</span>
        {duties.map((duty) => (
          <span key={duty.role} className="tk-tag">
            {t('settings.status.defaultOf', { role: duty.role, lifecycles: duty.lifecycles.join(', ') })}
          </span>
        ))}
        {status.lifecycleIds.length === 0 && <span className="tk-tag">{t('settings.status.noLifecycle')}</span>}
        {controls && (
          <span className="tk-row tk-status-actions">
            <button ref={editButton} type="button" className="tk-link-button" aria-expanded={mode === 'edit'} onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}>
              {t('settings.status.edit')}
              {named}
            </button>
            <button type="button" className="tk-link-button" data-move="up" disabled={!controls.canMoveUp} onClick={() => controls.onMove(status.id, -1)}>
              {t('settings.status.moveUp')}
              {named}
            </button>
            <button type="button" className="tk-link-button" data-move="down" disabled={!controls.canMoveDown} onClick={() => controls.onMove(status.id, 1)}>
              {t('settings.status.moveDown')}
              {named}
            </button>
            <button ref={removeButton} type="button" className="tk-link-button" aria-expanded={mode === 'remove'} onClick={() => setMode(mode === 'remove' ? 'view' : 'remove')}>
              {t('settings.status.remove')}
              {named}
            </button>
          </span>
        )}
      </div>
      {status.description && <p className="tk-muted tk-status-description">{status.description}</p>}
      {controls && mode === 'edit' && (
        <StatusForm
          label={t('settings.edit.form', { name })}
          initial={{ name: status.name, color: status.color, description: status.description ?? '', category: status.category }}
          withCategory
          submitLabel={t('settings.edit.submit')}
          note={status.systemDefined ? <p className="tk-muted">{conversionNote('saving', t)}</p> : null}
          onSubmit={async (values) => {
            const patch = patchOf(status, values);
            if (Object.keys(patch).length > 0) await controls.onUpdate({ statusId: status.id, ...patch });
            back('edit');
          }}
          onCancel={() => back('edit')}
        />
      )}
      {controls && mode === 'remove' && (
        <RemoveStatusDialog
          settings={settings}
          status={status}
          headingLevel={headingLevel}
          note={settings.usesCustomStatuses ? null : conversionNote('removing', t)}
          onRemove={(input) => controls.onRemove(input)}
          onCancel={() => back('remove')}
        />
      )}
    </li>
  );
}
