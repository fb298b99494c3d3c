import { CATEGORIES } from '@tickets/domain';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { StatusView } from '../api/types.js';
import { StatusIcon } from './StatusIcon.js';
import { useTicketMessages } from '../i18n/use-ticket-messages.js';
import { categoryName, statusName, useWidgetsMessages } from '../i18n/use-widgets-messages.js';

export interface StatusPickerProps {
  /** The lifecycle's statuses, in lifecycle order (category, then position). */
  statuses: readonly StatusView[];
  currentStatusId: number;
  /** The statuses the viewer may move the ticket to (`viewer.actingAs[i].allowedStatusIds`). */
  allowedStatusIds: readonly number[];
  onSelect(statusId: number): void;
  /** True while a change is on its way. */
  busy?: boolean;
}

/** The statuses to offer, grouped by category in lifecycle order: only allowed moves, never the current status. */
export function statusGroups(statuses: readonly StatusView[], currentStatusId: number, allowedStatusIds: readonly number[], label: (category: StatusView['category']) => string = (category) => CATEGORIES[category].label) {
  const allowed = new Set(allowedStatusIds);
  const groups: { category: StatusView['category']; label: string; statuses: StatusView[] }[] = [];
  for (const status of statuses) {
    if (!allowed.has(status.id) || status.id === currentStatusId) continue;
    const last = groups.at(-1);
    if (last && last.category === status.category) last.statuses.push(status);
    else groups.push({ category: status.category, label: label(status.category), statuses: [status] });
  }
  return groups;
}

/**
 * "Change status": a button that opens the moves the viewer may make, grouped by category. Escape
 * closes it wherever the focus is and gives focus back to the button; a click or tap outside closes
 * it and leaves the focus where the click put it. Renders nothing when no move is open to the viewer.
 */
export function StatusPicker({ statuses, currentStatusId, allowedStatusIds, onSelect, busy = false }: StatusPickerProps) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const picker = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    if (open) panel.current?.querySelector('button')?.focus();
  }, [open]);
  // While open, the whole page is listened to: the picker sits in a shadow root, so an event is
  // inside it when the picker is on its composed path.
  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => picker.current !== null && !event.composedPath().includes(picker.current);
    const onPointerDown = (event: PointerEvent) => {
      if (outside(event)) setOpen(false);
    };
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || !outside(event)) return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [open]);
  const { t } = useTicketMessages();
  const words = useWidgetsMessages().t;
  const groups = statusGroups(statuses, currentStatusId, allowedStatusIds, (category) => categoryName(category, words));
  if (groups.length === 0) return null;

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  return (
    <div ref={picker} className="tk-picker" onKeyDown={onKeyDown}>
      <button ref={toggle} type="button" className="tk-button" part="button" aria-expanded={open} aria-controls={`${id}-panel`} disabled={busy} onClick={() => setOpen(!open)}>
        {t('picker.change')}
      </button>
      {open && (
        <div ref={panel} id={`${id}-panel`} className="tk-picker-panel" role="group" aria-label={t('picker.moveTo')}>
          {groups.map((group) => (
            <div key={group.category} role="group" aria-labelledby={`${id}-${group.category}`}>
              <div id={`${id}-${group.category}`} className="tk-picker-heading">
                {group.label}
              </div>
              <ul className="tk-plain-list">
                {group.statuses.map((status) => (
                  <li key={status.id}>
                    <button
                      type="button"
                      className="tk-picker-option"
                      // What the status means, read with it and shown under it: a tooltip reaches neither a keyboard nor a screen reader.
                      aria-describedby={status.description ? `${id}-${status.id}-description` : undefined}
                      onClick={() => {
                        onSelect(status.id);
                        close();
                      }}
                    >
                      <StatusIcon icon={status.icon} color={status.color} />
                      {statusName(status, words)}
                    </button>
                    {status.description && (
                      <span id={`${id}-${status.id}-description`} className="tk-muted tk-picker-description">
                        {status.description}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
