import type { Linter } from 'eslint';

export function base(): Linter.Config[];
export function pure(options?: { files?: string[] }): Linter.Config[];
/** A ticket-type plugin's rules; `zodFree` names the type's modules the playground may take values from. */
export function plugin(options?: { zodFree?: string[] }): Linter.Config[];
