import type { AnyPlaygroundDefinition } from '@tickets/plugin-kit/widget';

/** A ticket type's playground as an ES module the page loads when a ticket of that type first needs it. */
export interface PlaygroundModule {
  /** The ticket type's key, e.g. "bug-report". */
  type: string;
  /** The module's absolute URL; its default (or `playground`) export is the type's `definePlayground(...)`. */
  url: string;
}

/** Where a type's playground stands: registered as a module and not yet asked for, on its way, ready, or broken. */
export type PlaygroundState =
  | { status: 'none' }
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'loaded'; definition: AnyPlaygroundDefinition }
  | { status: 'failed'; reason: string };

const registered: AnyPlaygroundDefinition[] = [];
const modules = new Map<string, { url: string; state: PlaygroundState }>();
const listeners = new Set<() => void>();
const NONE: PlaygroundState = { status: 'none' };

function changed(): void {
  for (const listener of listeners) listener();
}

/**
 * Registers ticket types' playgrounds for every `<tickets-ticket>` on the page (a plugin's
 * `./widget` export, bundled by the host page). A type registered again replaces its earlier playground.
 */
export function registerPlaygrounds(...playgrounds: AnyPlaygroundDefinition[]): void {
  for (const playground of playgrounds) {
    const index = registered.findIndex((existing) => existing.type === playground.type);
    if (index >= 0) registered[index] = playground;
    else registered.push(playground);
  }
  changed();
}

/**
 * Registers ticket types' playgrounds as modules to load at run time (the API's loader does this
 * from its manifest of installed types): nothing is fetched until a ticket of the type is shown.
 * A playground registered with `registerPlaygrounds` wins over a module for the same type.
 */
export function registerPlaygroundModules(entries: readonly PlaygroundModule[]): void {
  for (const { type, url } of entries) {
    if (modules.get(type)?.url === url) continue;
    modules.set(type, { url, state: { status: 'idle' } });
  }
  changed();
}

export function registeredPlaygrounds(): readonly AnyPlaygroundDefinition[] {
  return registered;
}

/** The state of the module registered for `type` (`none` when there is none). */
export function playgroundModuleState(type: string): PlaygroundState {
  return modules.get(type)?.state ?? NONE;
}

/**
 * Starts loading the playground module of `type`, once; a no-op when there is none or it is
 * already loading or loaded. A module that fails to load, has no playground export, or one for
 * another type, ends `failed` with the reason (for the console: the page says only that the part
 * could not be shown).
 */
export function loadPlaygroundModule(type: string): void {
  const entry = modules.get(type);
  if (!entry || entry.state.status !== 'idle') return;
  const settle = (state: PlaygroundState) => {
    // A module registered again meanwhile (another URL) has its own load.
    if (modules.get(type) !== entry) return;
    entry.state = state;
    changed();
  };
  entry.state = { status: 'loading' };
  changed();
  import(/* @vite-ignore */ entry.url).then(
    (module: { default?: unknown; playground?: unknown }) => {
      const definition = (module.default ?? module.playground) as AnyPlaygroundDefinition | undefined;
      if (!definition || typeof definition !== 'object' || typeof definition.views !== 'object' || definition.views === null) {
        return settle({ status: 'failed', reason: `${entry.url} exports no playground (its default export should be definePlayground(...)).` });
      }
      if (definition.type !== type) {
        return settle({ status: 'failed', reason: `${entry.url} holds the playground of '${String(definition.type)}', not of '${type}'.` });
      }
      settle({ status: 'loaded', definition });
    },
    (error: unknown) => {
      const reason = `The playground of '${type}' did not load from ${entry.url}: ${error instanceof Error ? error.message : String(error)}`;
      console.error(reason);
      settle({ status: 'failed', reason });
    },
  );
}

export function onPlaygroundsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
