import type { zh } from './zh';

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language's dictionary has: zh.ts's keys, any strings. */
export type Messages = Widen<typeof zh>;
