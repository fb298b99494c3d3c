import { type KeyboardEvent, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { FoundPrincipal } from '../api/types.js';
import { useTicketMessages } from '../i18n/use-ticket-messages.js';

/** Finds people, groups and plugin principals whose names match what was typed (the API's `stakeholders.candidates`). */
export type PeopleSearch = (query: string) => Promise<readonly FoundPrincipal[]>;

export interface PeoplePickerProps {
  /** Names the field for its purpose, e.g. "Hand over to Ana". */
  label: string;
  search: PeopleSearch;
  /** The principal chosen from the list; null until one is. */
  value: FoundPrincipal | null;
  onChange(value: FoundPrincipal | null): void;
  disabled?: boolean;
  /** Says what is wrong (nothing chosen), beside the field. */
  problem?: string | null;
}

/** Waits this long after the last key before asking: one request per pause, not per letter. */
const PAUSE_MS = 150;

/** The directory's answer to one text: what it found, or why it could not look. */
type Answer = { query: string; found: readonly FoundPrincipal[] } | { query: string; failed: string };

/**
 * Who to add or hand over to, by name: an ARIA combobox. Typing asks the directory (after a short
 * pause; an older answer never replaces a newer one); arrows move through the matches, Enter or a
 * click chooses one, Escape closes the list. Choosing fills the field with the name; typing again
 * clears the choice. Screen readers hear how many matched.
 */
export function PeoplePicker({ label, search, value, onChange, disabled = false, problem = null }: PeoplePickerProps) {
  const id = useId();
  const { t } = useTicketMessages();
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);
  // The latest search function, without asking again each time a parent renders a new one.
  const searchRef = useRef(search);
  useLayoutEffect(() => {
    searchRef.current = search;
  });
  const looking = open && value === null && text.trim() !== '';

  useEffect(() => {
    if (!looking) return;
    let current = true;
    const timer = setTimeout(() => {
      searchRef.current(text).then(
        (found) => {
          if (!current) return;
          setAnswer({ query: text, found });
          setActive(0);
        },
        (error: unknown) => {
          if (current) setAnswer({ query: text, failed: error instanceof Error ? error.message : String(error) });
        },
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, looking]);

  // What the list shows follows from the text and the answer to it: until that answer, "Looking…".
  const results = !looking ? { state: 'idle' as const } : answer?.query !== text ? { state: 'searching' as const } : 'failed' in answer ? { state: 'failed' as const, message: answer.failed } : { state: 'found' as const, found: answer.found };
  const found = results.state === 'found' ? results.found : [];
  const expanded = open && results.state !== 'idle';
  const choose = (principal: FoundPrincipal) => {
    onChange(principal);
    setText(principal.name);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      if (found.length > 0) setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : found.length - 1)) % found.length);
    } else if (event.key === 'Enter' && expanded && found[active]) {
      // Enter chooses the match; it submits the form only once the list is closed.
      event.preventDefault();
      choose(found[active]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const describedBy = [`${id}-hint`, ...(problem ? [`${id}-problem`] : [])].join(' ');
  return (
    <div className="tk-field tk-combobox">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && found[active] ? optionId(active) : undefined}
        aria-describedby={describedBy}
        aria-invalid={problem ? true : undefined}
        disabled={disabled}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          if (value !== null) onChange(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <span id={`${id}-hint`} className="tk-muted">
        {t('picker.people.hint')}
      </span>
      <ul id={listId} role="listbox" aria-label={label} className="tk-combobox-list" hidden={!expanded || found.length === 0}>
        {found.map((principal, index) => (
          <li
            key={`${principal.kind}:${principal.id}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="tk-picker-option"
            // Chosen before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(principal);
            }}
          >
            <span>{principal.name}</span>{' '}
            <span className="tk-muted">{principal.detail ?? kindWord(principal.kind, t)}</span>
          </li>
        ))}
      </ul>
      <span className="tk-muted" role="status">
        {expanded && results.state === 'searching' && t('picker.people.searching')}
        {expanded && results.state === 'found' && (found.length === 0 ? t('picker.people.none', { query: text.trim() }) : t('picker.people.count', { count: found.length }))}
      </span>
      {expanded && results.state === 'failed' && (
        <span className="tk-error" role="alert">
          {t('picker.people.failed', { reason: results.message })}
        </span>
      )}
      {problem && (
        <span id={`${id}-problem`} className="tk-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}

/** A person needs no word; a group is a team; a plugin's kind (a competition) by its key until plugins' catalogs name it. */
function kindWord(kind: string, t: ReturnType<typeof useTicketMessages>['t']): string {
  return kind === 'user' ? t('picker.people.person') : kind === 'group' ? t('people.plain.kind.group') : kind;
}
