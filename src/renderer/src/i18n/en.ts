// All the English texts (see ru.ts): the app loads en-first.ts, then en-rest.ts.
import { enFirst } from './en-first'
import { enRest } from './en-rest'
import { mergeTexts } from './merge-texts'
import type { Translation } from './translation'

export const en: Translation = mergeTexts(enFirst, enRest)
