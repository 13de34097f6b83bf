// The language a file for the owner's spreadsheet is written in: the UI's. Excel splits a CSV on
// the system's list separator, ";" on a Russian Windows, so the file's separator follows it.
import { z } from 'zod'
import { languages } from './settings'

export const fileLanguageSchema = z.enum(languages)

/** The input of a download that takes nothing but the language (opt-outs, the whole zip). */
export const fileLanguageInputSchema = z.object({ language: fileLanguageSchema }).strict()
