import type { ru } from './ru'

/** The shape of ru with every text widened to string: another language must fill each key. */
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

export type Translation = Widen<typeof ru>
