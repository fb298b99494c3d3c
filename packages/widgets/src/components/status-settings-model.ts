import { CATEGORIES, type Category, categoryMayBeDefaultFor, CATEGORY_ORDER, DEFAULT_ROLES, type DefaultRole, type TicketState } from '@tickets/domain';
import type { Translate } from '@tickets/plugin-kit/widget';
import { errorInfo } from '../api/errors.js';
import type { NamespaceLifecycleView, NamespaceStatusView, StatusSettingsView } from '../api/types.js';
import type { SettingsMessageKey } from '../i18n/settings-messages.js';

/*
 * What the status settings show and offer, worked out from `statuses.list` alone: the groups by
 * category, the statuses a removed one's tickets may move to, and the defaults that need a successor.
 * The API checks all of it again; this only keeps the choices to those it will accept.
 */

export interface CategoryGroup {
  category: Category;
  label: string;
  state: TicketState;
  icon: string;
  /** In order: position, then id. */
  statuses: NamespaceStatusView[];
}

/**
 * Every category, in display order, even an empty one (a status can be added to it); `label` names
 * a category (in the reader's language: `categoryName`; English when left out).
 */
export function groupByCategory(statuses: readonly NamespaceStatusView[], label: (category: Category) => string = (category) => CATEGORIES[category].label): CategoryGroup[] {
  return CATEGORY_ORDER.map((category) => {
    const { state, icon } = CATEGORIES[category];
    return { category, label: label(category), state, icon, statuses: statuses.filter((status) => status.category === category).sort((a, b) => a.position - b.position || a.id - b.id) };
  });
}

/** The ids in their new order after moving one a place up (-1) or down (+1); null when it cannot move. */
export function moveWithin(ids: readonly number[], statusId: number, offset: -1 | 1): number[] | null {
  const from = ids.indexOf(statusId);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const moved = [...ids];
  moved.splice(from, 1);
  moved.splice(to, 0, statusId);
  return moved;
}

/** The lifecycles that hold the status. */
export function holdingLifecycles(settings: StatusSettingsView, status: NamespaceStatusView): NamespaceLifecycleView[] {
  return settings.lifecycles.filter((lifecycle) => status.lifecycleIds.includes(lifecycle.id));
}

/** Whether `candidate` is in every lifecycle that holds `status` (where the removal needs it). */
function inEveryHolder(holders: readonly NamespaceLifecycleView[], candidate: NamespaceStatusView): boolean {
  return holders.every((lifecycle) => lifecycle.statusIds.includes(candidate.id));
}

/** Where the tickets of a status being removed may go: another status of the same state, in every lifecycle that holds it. */
export function mappingChoices(settings: StatusSettingsView, status: NamespaceStatusView): NamespaceStatusView[] {
  const holders = holdingLifecycles(settings, status);
  return settings.statuses.filter((candidate) => candidate.id !== status.id && candidate.state === status.state && inEveryHolder(holders, candidate));
}

export interface DefaultDuty {
  role: DefaultRole;
  /** The lifecycles whose default of this role it is. */
  lifecycles: string[];
}

/** The defaults the status holds ("the default closed status of Default"). */
export function defaultDuties(settings: StatusSettingsView, status: NamespaceStatusView): DefaultDuty[] {
  return DEFAULT_ROLES
    .map((role) => ({ role, lifecycles: settings.lifecycles.filter((lifecycle) => lifecycle.defaults[role] === status.id).map((lifecycle) => lifecycle.name) }))
    .filter((duty) => duty.lifecycles.length > 0);
}

/** Whether a default role needs a successor chosen, or the status its tickets move to takes it over. */
export function needsSuccessor(role: DefaultRole, mappingTarget: NamespaceStatusView | undefined): boolean {
  return !mappingTarget || !categoryMayBeDefaultFor(mappingTarget.category, role);
}

/** The statuses that may take over a default role: allowed for it by their category, in every lifecycle that holds the removed one. */
export function successorChoices(settings: StatusSettingsView, status: NamespaceStatusView, role: DefaultRole): NamespaceStatusView[] {
  const holders = holdingLifecycles(settings, status);
  return settings.statuses.filter(
    (candidate) => candidate.id !== status.id && categoryMayBeDefaultFor(candidate.category, role) && inEveryHolder(holders, candidate),
  );
}

/**
 * What a change that converts the namespace says before it is sent ("Saving first copies…"): the
 * conversion cannot be undone, so every action that causes it asks in the same words.
 */
export function conversionNote(doing: 'saving' | 'removing' | 'adding', t: Translate<SettingsMessageKey>): string {
  return t(`settings.convert.${doing}`);
}

/** Whether adding a status to these lifecycles converts the namespace: the system lifecycle is not stored until it does. */
export function addingConverts(settings: StatusSettingsView, lifecycleIds: readonly number[]): boolean {
  return !settings.usesCustomStatuses && settings.lifecycles.some((lifecycle) => !lifecycle.stored && lifecycleIds.includes(lifecycle.id));
}

// Made on first use: a page's first Intl formatter costs 20–100 ms (the browser loads its locale
// data), which a ticket page, showing no count, should not pay while it starts.
let count: Intl.NumberFormat | null = null;

/** A count as people read it in English: 10,000 (the settings' own counts are in their messages, `{count, number}`). */
export function formatCount(value: number): string {
  count ??= new Intl.NumberFormat('en');
  return count.format(value);
}

/** "1 ticket", "3,400 tickets", in the reader's language. */
export function ticketsWord(value: number, t: Translate<SettingsMessageKey>): string {
  return t('settings.status.tickets', { count: value });
}

/**
 * A refused change in words, for next to the control. A status that is gone (someone else removed
 * it) says the statuses were reloaded: the connected settings reload after every change, refused
 * or not, so a conflict's counts and choices are fresh for the next try.
 */
export function refusalMessage(error: unknown, t: Translate<SettingsMessageKey>): string {
  const info = errorInfo(error);
  // The API's own sentence stays as it wrote it; only what the settings did since is in the reader's words.
  return info.code === 'NOT_FOUND' ? t('settings.page.reloaded', { message: info.message }) : info.message;
}

/** The field a refusal is about (`name`, `color`, `description`), when the API says. */
export function refusedField(error: unknown): string | null {
  const field = errorInfo(error).domainDetails.field;
  return typeof field === 'string' ? field : null;
}
