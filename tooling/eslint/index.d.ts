import type { Linter } from 'eslint';

export function base(): Linter.Config[];
export function pure(options?: { files?: string[] }): Linter.Config[];
/** A ticket-type plugin's rules; `zodFree` names the type's modules the playground may take values from. */
export function plugin(options?: { zodFree?: string[]; translated?: boolean }): Linter.Config[];
/** No words a person reads written into these files: each comes from a catalog (issue #18). */
export function translatedWords(files: string[], ignores?: string[]): Linter.Config;
