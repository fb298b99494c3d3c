import type { AnyPlaygroundDefinition } from '@tickets/plugin-kit/widget';

const registered: AnyPlaygroundDefinition[] = [];
const listeners = new Set<() => void>();

/**
 * Registers ticket types' playgrounds for every `<tickets-ticket>` on the page (a plugin's
 * `./widget` export). A type registered again replaces its earlier playground.
 */
export function registerPlaygrounds(...playgrounds: AnyPlaygroundDefinition[]): void {
  for (const playground of playgrounds) {
    const index = registered.findIndex((existing) => existing.type === playground.type);
    if (index >= 0) registered[index] = playground;
    else registered.push(playground);
  }
  for (const listener of listeners) listener();
}

export function registeredPlaygrounds(): readonly AnyPlaygroundDefinition[] {
  return registered;
}

export function onPlaygroundsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
