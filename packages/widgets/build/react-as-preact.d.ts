import type { Alias } from 'vite';

export declare const reactAsPreact: Alias[];
export declare const isReactAsPreact: (entry: Alias) => boolean;
