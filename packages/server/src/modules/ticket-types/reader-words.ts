import type { ActionSaid, Status } from '@tickets/domain';
import type { MoveInField } from '@tickets/plugin-kit';
import { saidSentence, typeWords, type TypeWords } from '@tickets/plugin-kit/server';
import { statusView, type StatusView } from '../statuses/status-view.js';
import type { TicketTypeRegistry } from './ticket-type-registry.js';

/**
 * The installed types' words in the reader's language (`Accept-Language`, best first): what an
 * answer says about a type — its title, its actions, its lifecycle's status names, its refusals.
 * A type no longer installed is named by its key. Custom status names are data: said as written.
 */
export class ReaderWords {
  private readonly byType = new Map<string, TypeWords | null>();

  constructor(
    private readonly registry: TicketTypeRegistry,
    readonly languages: readonly string[],
  ) {}

  /** The type's words, or null when the type is not installed. */
  of(type: string): TypeWords | null {
    let words = this.byType.get(type);
    if (words === undefined) {
      const server = this.registry.server(type);
      words = server ? typeWords(server.definition, server.words, this.languages) : null;
      this.byType.set(type, words);
    }
    return words;
  }

  /** The type's title in the reader's language; a type no longer installed by the title it was logged with, else its key. */
  typeTitle(type: string, logged: string = type): string {
    return this.of(type)?.t('title') ?? logged;
  }

  /** A status's name as the type's reader reads it: one its lifecycle ships by that name in their language, any other as written. */
  statusName(type: string, name: string): string {
    const words = this.of(type);
    return words?.has(`status.${name}`) ? words.t(`status.${name}`) : name;
  }

  statusView(type: string, status: Status): StatusView {
    return { ...statusView(status), name: this.statusName(type, status.name) };
  }

  /** What moving a ticket into the type asks (labels, hints, choices), in the reader's language. */
  moveInFields(type: string): MoveInField[] {
    const fields = this.registry.find(type)?.moveIn?.fields ?? [];
    const words = this.of(type);
    if (!words) return [...fields];
    return fields.map((field) => ({
      ...field,
      label: words.t(`moveIn.${field.key}.label`),
      ...(field.hint ? { hint: words.t(`moveIn.${field.key}.hint`) } : {}),
      ...(field.choices ? { choices: field.choices.map((choice) => ({ ...choice, label: words.t(`moveIn.${field.key}.choice.${choice.value}`) })) } : {}),
    }));
  }

  /** What a type's schema or rule says of a field, in the reader's language (the first installed type with words for it); else as written. */
  fieldMessage(message: string): string {
    for (const type of this.registry.all) {
      const said = this.of(type.type)?.fieldMessage(message);
      if (said !== undefined && said !== message) return said;
    }
    return message;
  }

  /** What an action said it did, in the reader's language while the type is installed; else as it was logged. */
  actionSummary(type: string, said: ActionSaid | undefined, logged: string | null): string | null {
    const words = this.of(type);
    return said && words ? saidSentence(said, words) : logged;
  }

  /** An action's title in the reader's language, when the type still has that action; else as it was logged. */
  actionTitle(type: string, action: string, logged: string): string {
    const words = this.of(type);
    return words?.has(`action.${action}.title`) ? words.t(`action.${action}.title`) : logged;
  }
}

/** The words of a request's reader. */
export function readerWords(ctx: { services: { ticketTypes: TicketTypeRegistry }; languages: readonly string[] }): ReaderWords {
  return new ReaderWords(ctx.services.ticketTypes, ctx.languages);
}
