import { type FormEvent, useId, useState } from 'react';
import type { ActingAsChoice, NewStakeholderInput, PrincipalInput, Stakeholder } from '../api/types.js';
import { ActingAsPicker } from './ActingAsPicker.js';
import type { FoundPrincipal } from '../api/types.js';
import { type PeopleSearch, PeoplePicker } from './PeoplePicker.js';
import { SubmitRow } from './SubmitRow.js';
import { useTicketMessages } from '../i18n/use-ticket-messages.js';
import type { Translate } from '@tickets/plugin-kit/widget';
import type { TicketMessageKey } from '../i18n/ticket-messages.js';
import { useWidgetsMessages } from '../i18n/use-widgets-messages.js';

export interface StakeholderListProps {
  stakeholders: readonly Stakeholder[];
  /** The stakeholders the viewer may act as; a choice is offered when there are several. */
  actingAs?: readonly ActingAsChoice[];
  actingAsId?: number | null;
  onActingAsChange?(stakeholderId: number): void;
  /** Links a new stakeholder (assigned or cc), named as chosen. Leave the handlers out for a read-only list. */
  onAdd?(stakeholder: NewStakeholderInput, name: string): void;
  /** Hands an assignment on: the new assignee active, the previous one kept, inactive. */
  onHandOver?(fromStakeholderId: number, to: PrincipalInput, name: string): void;
  /** Makes a stakeholder inactive (it keeps read access). */
  onDeactivate?(stakeholderId: number): void;
  /** Finds whom to add or hand over to, by name; needed with `onAdd` or `onHandOver`. */
  onSearch?: PeopleSearch;
  busy?: boolean;
}

/** What a stakeholder is to the ticket, in plain words ("asked for this · kept informed"), not the model's terms. */
function describe(stakeholder: Stakeholder, t: Translate<TicketMessageKey>): string {
  const kind = stakeholder.principal.kind;
  // A person needs no word for what they are; a group does. A kind a plugin registers (a
  // competition) is named by its key until plugins' catalogs name it.
  const kindName = kind === 'user' ? [] : [kind === 'group' ? t('people.plain.kind.group') : kind];
  return [...kindName, t(`people.plain.role.${stakeholder.role}`), t(`people.plain.connection.${stakeholder.connection}`)].join(' · ');
}

/**
 * Who is on the ticket: the active stakeholders, then the past ones (handed over or made
 * inactive, kept so the history shows who was responsible when). Viewers who may act choose whom
 * they act as when they match several, and are offered only the changes the server says that
 * stakeholder may make (`stakeholderChanges`): the people working on it assign, add in cc, hand
 * over and remove; a requester only adds in cc.
 */
export function StakeholderList({ stakeholders, actingAs = [], actingAsId = null, onActingAsChange, onAdd, onHandOver, onDeactivate, onSearch, busy = false }: StakeholderListProps) {
  const headingId = useId();
  const { t } = useTicketMessages();
  const current = actingAs.find((choice) => choice.stakeholderId === actingAsId) ?? actingAs[0];
  const may = current?.stakeholderChanges ?? { add: [], handOver: [], deactivate: [] };
  const addable = ADDABLE.filter((connection) => may.add.includes(connection));
  const mine = new Set(actingAs.map((choice) => choice.stakeholderId));
  const active = stakeholders.filter((stakeholder) => stakeholder.isActive);
  const past = stakeholders.filter((stakeholder) => !stakeholder.isActive);

  const item = (stakeholder: Stakeholder) => (
    <StakeholderItem
      key={stakeholder.id}
      stakeholder={stakeholder}
      isViewer={mine.has(stakeholder.id)}
      onHandOver={stakeholder.connection === 'assigned' && may.handOver.includes(stakeholder.id) && onSearch ? onHandOver : undefined}
      onDeactivate={may.deactivate.includes(stakeholder.id) ? onDeactivate : undefined}
      onSearch={onSearch}
      busy={busy}
    />
  );

  return (
    <section className="tk-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="tk-section-title">
        {t('people.heading')}
      </h3>
      {onActingAsChange && <ActingAsPicker choices={actingAs} value={actingAsId} onChange={onActingAsChange} disabled={busy} />}
      <h4 className="tk-subtitle">{t('people.active')}</h4>
      {active.length > 0 ? <ul className="tk-plain-list tk-people">{active.map(item)}</ul> : <p className="tk-muted">{t('people.none')}</p>}
      {past.length > 0 && (
        <>
          <h4 className="tk-subtitle">{t('people.past')}</h4>
          <ul className="tk-plain-list tk-people">{past.map(item)}</ul>
        </>
      )}
      {onAdd && onSearch && addable.length > 0 && <AddStakeholder onAdd={onAdd} onSearch={onSearch} connections={addable} busy={busy} />}
    </section>
  );
}

interface StakeholderItemProps {
  stakeholder: Stakeholder;
  isViewer: boolean;
  onHandOver?: StakeholderListProps['onHandOver'];
  onDeactivate?: StakeholderListProps['onDeactivate'];
  onSearch?: PeopleSearch;
  busy: boolean;
}

/** The principal a choice names, as the API takes it. */
const principalOf = (found: FoundPrincipal) => ({ kind: found.kind, id: found.id });

function StakeholderItem({ stakeholder, isViewer, onHandOver, onDeactivate, onSearch, busy }: StakeholderItemProps) {
  const [handingOver, setHandingOver] = useState(false);
  const [chosen, setChosen] = useState<FoundPrincipal | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const name = stakeholder.principal.name;
  const { t } = useTicketMessages();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return setProblem(t('picker.people.choose'));
    onHandOver?.(stakeholder.id, principalOf(chosen), chosen.name);
    setHandingOver(false);
    setChosen(null);
    setProblem(null);
  };

  return (
    <li className={stakeholder.isActive ? 'tk-person' : 'tk-person tk-inactive'}>
      <span className="tk-person-name">
        {name}
        {isViewer && <span className="tk-tag">{stakeholder.principal.kind === 'user' ? t('people.you') : t('people.yours')}</span>}
      </span>
      <span className="tk-muted">{describe(stakeholder, t)}</span>
      {(onHandOver || onDeactivate) && (
        <span className="tk-row">
          {onHandOver && (
            <button
              type="button"
              className="tk-link-button"
              aria-label={t('people.handOverLabel', { name })}
              aria-expanded={handingOver}
              disabled={busy}
              onClick={() => setHandingOver(!handingOver)}
            >
              {t('people.handOver')}
            </button>
          )}
          {onDeactivate && (
            <button type="button" className="tk-link-button" aria-label={t('people.removeLabel', { name })} disabled={busy} onClick={() => onDeactivate(stakeholder.id)}>
              {t('people.remove')}
            </button>
          )}
        </span>
      )}
      {handingOver && onSearch && (
        <form className="tk-form" onSubmit={submit} noValidate>
          <PeoplePicker label={t('people.handOverTo', { name })} search={onSearch} value={chosen} onChange={setChosen} disabled={busy} problem={problem} />
          <SubmitRow label={t('people.handOver')} sending={busy} onCancel={() => setHandingOver(false)} />
        </form>
      )}
    </li>
  );
}

/** The connections the add form offers (bcc is for site admins joining, through their own control). */
const ADDABLE = ['assigned', 'cc'] as const;
type Addable = (typeof ADDABLE)[number];

interface AddStakeholderProps {
  onAdd: NonNullable<StakeholderListProps['onAdd']>;
  onSearch: PeopleSearch;
  /** The connections the viewer may add someone with: "Assign" and "Add in cc" appear only for these. */
  connections: readonly Addable[];
  busy: boolean;
}

function AddStakeholder({ onAdd, onSearch, connections, busy }: AddStakeholderProps) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<FoundPrincipal | null>(null);
  const [role, setRole] = useState<NewStakeholderInput['role']>('actioner');
  const [problem, setProblem] = useState<string | null>(null);
  const roleId = useId();
  const { t } = useTicketMessages();
  const common = useWidgetsMessages().t;

  const canAssign = connections.includes('assigned');
  const add = (connection: Addable) => {
    if (!chosen) return setProblem(t('picker.people.choose'));
    onAdd({ principal: principalOf(chosen), connection, role }, chosen.name);
    setChosen(null);
    setProblem(null);
    setOpen(false);
  };

  if (!open) {
    return (
      <button type="button" className="tk-button" part="button" aria-expanded={false} disabled={busy} onClick={() => setOpen(true)}>
        {t('people.add')}
      </button>
    );
  }
  return (
    <form
      className="tk-form"
      aria-label={t('people.add')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        add(canAssign ? 'assigned' : 'cc');
      }}
    >
      <PeoplePicker label={t('people.who')} search={onSearch} value={chosen} onChange={setChosen} disabled={busy} problem={problem} />
      <div className="tk-field">
        <label htmlFor={roleId}>{t('people.role')}</label>
        <select id={roleId} value={role} onChange={(event) => setRole(event.target.value === 'requester' ? 'requester' : 'actioner')}>
          <option value="actioner">{t('people.roleActioner')}</option>
          <option value="requester">{t('people.roleRequester')}</option>
        </select>
      </div>
      <div className="tk-row">
        {canAssign && (
          <button type="submit" className="tk-button tk-primary" part="button primary-button" disabled={busy}>
            {t('people.assign')}
          </button>
        )}
        {connections.includes('cc') && (
          <button type={canAssign ? 'button' : 'submit'} className={canAssign ? 'tk-button' : 'tk-button tk-primary'} part={canAssign ? 'button' : 'button primary-button'} disabled={busy} onClick={canAssign ? () => add('cc') : undefined}>
            {t('people.addCc')}
          </button>
        )}
        <button type="button" className="tk-button" part="button" onClick={() => setOpen(false)}>
          {common('common.cancel')}
        </button>
      </div>
    </form>
  );
}
