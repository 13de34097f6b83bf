// All the Russian texts, the source of truth: the types of every key and the tests read this. The
// app itself loads them in two parts (ru-first.ts at once, ru-rest.ts with the first lazy part).
import { mergeTexts } from './merge-texts'
import { ruFirst } from './ru-first'
import { ruRest } from './ru-rest'

export const ru = mergeTexts(ruFirst, ruRest)
