import type { Linter } from 'eslint';

export function base(): Linter.Config[];
export function pure(options?: { files?: string[] }): Linter.Config[];
