import { useRef, useState } from 'react';
import type { NamespaceStatusView, StatusRemovalInput, StatusSettingsView, StatusUpdateInput } from '../api/types.js';
import { RemoveStatusDialog } from './RemoveStatusDialog.js';
import { StatusBadge } from './StatusBadge.js';
import { StatusForm, type StatusFormValues } from './StatusForm.js';
import { conversionNote, defaultDuties, defaultRoleWord, ticketsWord } from './status-settings-model.js';

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
export function statusOrigin(status: Pick<NamespaceStatusView, 'systemDefined' | 'systemOrigin'>): string {
  if (status.systemDefined) return 'System-defined';
  return status.systemOrigin !== null ? 'Custom (copied from a system status)' : 'Custom';
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
      <span className="tk-sr-only">‘{status.name}’</span>
    </>
  );

  return (
    <li className="tk-status" data-status-id={status.id}>
      <div className="tk-status-line">
        <StatusBadge status={status} />
        <span className="tk-muted">{ticketsWord(status.tickets)}</span>
        <span className="tk-tag">{statusOrigin(status)}</span>
        {duties.map((duty) => (
          <span key={duty.role} className="tk-tag">
            {defaultRoleWord(duty.role)} of {duty.lifecycles.join(', ')}
          </span>
        ))}
        {status.lifecycleIds.length === 0 && <span className="tk-tag">in no lifecycle yet</span>}
        {controls && (
          <span className="tk-row tk-status-actions">
            <button ref={editButton} type="button" className="tk-link-button" aria-expanded={mode === 'edit'} onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}>
              Edit{named}
            </button>
            <button type="button" className="tk-link-button" data-move="up" disabled={!controls.canMoveUp} onClick={() => controls.onMove(status.id, -1)}>
              Move up{named}
            </button>
            <button type="button" className="tk-link-button" data-move="down" disabled={!controls.canMoveDown} onClick={() => controls.onMove(status.id, 1)}>
              Move down{named}
            </button>
            <button ref={removeButton} type="button" className="tk-link-button" aria-expanded={mode === 'remove'} onClick={() => setMode(mode === 'remove' ? 'view' : 'remove')}>
              Remove{named}
            </button>
          </span>
        )}
      </div>
      {status.description && <p className="tk-muted tk-status-description">{status.description}</p>}
      {controls && mode === 'edit' && (
        <StatusForm
          label={`Edit status ‘${status.name}’`}
          initial={{ name: status.name, color: status.color, description: status.description ?? '', category: status.category }}
          withCategory
          submitLabel="Save"
          note={status.systemDefined ? <p className="tk-muted">{conversionNote('Saving')}</p> : null}
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
          note={settings.usesCustomStatuses ? null : conversionNote('Removing')}
          onRemove={(input) => controls.onRemove(input)}
          onCancel={() => back('remove')}
        />
      )}
    </li>
  );
}
