import { LIMITS } from '@tickets/domain';
import { useEffect, useId, useRef, useState } from 'react';
import type { NewStatusInput, StatusRemovalInput, StatusSettingsView, StatusUpdateInput } from '../api/types.js';
import { LifecycleChoice } from './LifecycleChoice.js';
import { StatusForm } from './StatusForm.js';
import { StatusIcon } from './StatusIcon.js';
import { StatusRow } from './StatusRow.js';
import { addingConverts, type CategoryGroup, conversionNote, moveWithin, refusalMessage } from './status-settings-model.js';
import { useSettingsMessages } from '../i18n/use-settings-messages.js';

/** The changes a namespace admin can make; absent for a viewer who may only read. */
export interface StatusSettingsChanges {
  onCreate(input: NewStatusInput): Promise<unknown>;
  onUpdate(input: StatusUpdateInput): Promise<unknown>;
  onReorder(statusIds: number[]): Promise<unknown>;
  onRemove(input: StatusRemovalInput): Promise<unknown>;
}

export interface StatusCategorySectionProps {
  settings: StatusSettingsView;
  group: CategoryGroup;
  changes: StatusSettingsChanges | null;
  headingLevel: 3 | 4 | 5;
}

/** The colour a new status starts with: its category's first status's, else the system "To do" grey. */
function suggestedColor(group: CategoryGroup): string {
  return group.statuses[0]?.color ?? '#737278';
}

/** One category: its icon and name (`group.label`, in the reader's language), its statuses in order, and (for admins) "Add a status". */
export function StatusCategorySection({ settings, group, changes, headingLevel }: StatusCategorySectionProps) {
  const { t } = useSettingsMessages();
  const Heading = `h${headingLevel}` as const;
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  // The "Add a status" button comes back when the form closes: focus it then.
  const refocusAdd = useRef(false);
  const closeForm = () => {
    refocusAdd.current = true;
    setAdding(false);
  };
  const [adding, setAdding] = useState(false);
  // A new status joins the default lifecycle unless the admin chooses otherwise.
  const defaultLifecycles = settings.lifecycles.filter((lifecycle) => lifecycle.isDefault).map((lifecycle) => lifecycle.id);
  const [joining, setJoining] = useState<number[]>(defaultLifecycles);
  const moved = useRef<{ statusId: number; offset: -1 | 1 } | null>(null);
  const [moveError, setMoveError] = useState<string | null>(null);
  const ids = group.statuses.map((status) => status.id);
  const atLimit = settings.statuses.length >= LIMITS.statusesPerNamespace;

  // After a move the rows are in their new order: keep focus on the moved status's button in the
  // same direction, or the other one once it reaches the end.
  const order = ids.join(',');
  useEffect(() => {
    const last = moved.current;
    if (!last) return;
    moved.current = null;
    const row = list.current?.querySelector(`[data-status-id="${last.statusId}"]`);
    const same = row?.querySelector<HTMLButtonElement>(`[data-move="${last.offset < 0 ? 'up' : 'down'}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`[data-move="${last.offset < 0 ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
  }, [order]);

  const move = (statusId: number, offset: -1 | 1) => {
    const next = moveWithin(ids, statusId, offset);
    if (!next || !changes) return;
    moved.current = { statusId, offset };
    setMoveError(null);
    changes.onReorder(next).catch((error: unknown) => setMoveError(refusalMessage(error, t)));
  };

  return (
    <section className="tk-category" aria-labelledby={`${id}-title`} data-category={group.category}>
      <Heading id={`${id}-title`} className="tk-category-title">
        <StatusIcon icon={group.icon} />
        {group.label} <span className="tk-muted tk-state">{t('settings.category.state', { state: group.state })}</span>
      </Heading>
      {group.statuses.length > 0 ? (
        <ul ref={list} className="tk-plain-list tk-statuses" aria-label={t('settings.category.list', { category: group.label })}>
          {group.statuses.map((status, index) => (
            <StatusRow
              key={status.id}
              settings={settings}
              status={status}
              headingLevel={(headingLevel + 1) as 4 | 5 | 6}
              controls={
                changes && {
                  onUpdate: changes.onUpdate,
                  onRemove: changes.onRemove,
                  onMove: move,
                  canMoveUp: index > 0,
                  canMoveDown: index < group.statuses.length - 1,
                }
              }
            />
          ))}
        </ul>
      ) : (
        <p className="tk-muted">{t('settings.category.empty')}</p>
      )}
      {moveError && (
        <p className="tk-error" role="alert">
          {moveError}
        </p>
      )}
      {changes &&
        (adding ? (
          <StatusForm
            label={t('settings.add.form', { category: group.label })}
            initial={{ name: '', color: suggestedColor(group), description: '', category: group.category }}
            submitLabel={t('settings.add.submit')}
            note={
              <>
                <LifecycleChoice lifecycles={settings.lifecycles} chosen={joining} onChange={setJoining} />
                {addingConverts(settings, joining) && <p className="tk-muted">{conversionNote('adding', t)}</p>}
              </>
            }
            onSubmit={async (values) => {
              await changes.onCreate({
                name: values.name,
                color: values.color,
                category: group.category,
                ...(values.description.trim() ? { description: values.description } : {}),
                lifecycleIds: joining,
              });
              closeForm();
            }}
            onCancel={closeForm}
          />
        ) : (
          <p className="tk-row">
            <button
              ref={(node) => {
                if (node && refocusAdd.current) {
                  refocusAdd.current = false;
                  node.focus();
                }
              }}
              type="button" className="tk-button" part="button" disabled={atLimit} onClick={() => {
                setJoining(defaultLifecycles);
                setAdding(true);
              }}>
              {t('settings.add.button')} <span className="tk-sr-only">{t('settings.add.buttonTarget', { category: group.label })}</span>
            </button>
            {atLimit && <span className="tk-muted">{t('settings.add.atLimit', { max: LIMITS.statusesPerNamespace })}</span>}
          </p>
        ))}
    </section>
  );
}
