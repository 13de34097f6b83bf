import type { ru } from './ru'
import type { ruFirst } from './ru-first'
import type { ruRest } from './ru-rest'

/** The shape of ru with every text widened to string: another language must fill each key. */
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

export type Translation = Widen<typeof ru>
/** What another language's first-screen part must fill (see ru-first.ts). */
export type FirstTranslation = Widen<typeof ruFirst>
/** What another language's rest part must fill (see ru-rest.ts). */
export type RestTranslation = Widen<typeof ruRest>
