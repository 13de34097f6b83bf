import type {
  ConsentState,
  ContactFlag,
  ContactPhone,
  SavedNumberState,
} from '../../../shared/contacts'
import type { ContactCandidate, ContactRecord } from './contact-record'
import { isSendableKind } from './phone/normalize-phone'
import { foldText } from './search-text'

export interface MergeContext {
  /** For rows whose file says nothing about consent. */
  consentDefault: 'granted' | 'unknown'
  /** Recorded with a consent that changes, e.g. "import: clients.csv". */
  source: string
  now: number
}

/** Why a contact cannot get broadcasts, or null when it can. */
export function flagOf(phones: readonly ContactPhone[]): ContactFlag | null {
  if (phones.length === 0) return 'no_phone'
  return phones.some((p) => p.primary && isSendableKind(p.kind)) ? null : 'not_mobile'
}

/** Marks one number primary: the wanted one if sendable, else the first mobile, else the first sendable. */
export function choosePrimary(phones: readonly ContactPhone[], wanted?: string): ContactPhone[] {
  const sendable = phones.filter((p) => isSendableKind(p.kind))
  const primary =
    sendable.find((p) => p.e164 === wanted) ??
    sendable.find((p) => p.kind === 'mobile') ??
    sendable[0]
  return phones.map((p) => ({ ...p, primary: p === primary }))
}

/** A new contact from an import row. */
export function candidateToRecord(
  candidate: ContactCandidate,
  context: MergeContext,
): ContactRecord {
  const phones = choosePrimary(candidate.phones, candidate.phones.find((p) => p.primary)?.e164)
  return {
    name: candidate.name,
    firstName: candidate.firstName,
    middleName: candidate.middleName,
    lastName: candidate.lastName,
    email: candidate.email,
    notes: candidate.notes,
    phones,
    tags: uniqueTags(candidate.tags),
    consent: candidate.consent ?? context.consentDefault,
    consentSource: context.source,
    consentAt: context.now,
    flag: flagOf(phones),
  }
}

/**
 * An import row meeting the contact it matched. Empty fields are filled, numbers and tags united,
 * a note is only ever added to. Consent only moves towards caution or from "unknown" to "granted":
 * a withdrawal — in the book or in the file — always wins.
 */
export function mergeContact(
  existing: ContactRecord,
  incoming: ContactCandidate,
  context: MergeContext,
): ContactRecord {
  const known = new Set(existing.phones.map((p) => p.e164))
  const added = incoming.phones
    .filter((p) => !known.has(p.e164))
    .map((p) => ({ ...p, primary: false }))
  const currentPrimary = existing.phones.find((p) => p.primary && isSendableKind(p.kind))?.e164
  const phones = choosePrimary(
    [...existing.phones, ...added],
    currentPrimary ?? incoming.phones.find((p) => p.primary)?.e164,
  )
  const consent = mergeConsent(existing.consent, incoming.consent ?? context.consentDefault)
  const consentChanged = consent !== existing.consent
  return {
    name: existing.name || incoming.name,
    firstName: existing.firstName || incoming.firstName,
    middleName: existing.middleName || middleNameOf(existing, incoming),
    lastName: existing.lastName || incoming.lastName,
    email: existing.email || incoming.email,
    notes: mergeNotes(existing.notes, incoming.notes),
    phones,
    tags: uniqueTags([...existing.tags, ...incoming.tags]),
    consent,
    consentSource: consentChanged ? context.source : existing.consentSource,
    consentAt: consentChanged ? context.now : existing.consentAt,
    flag: flagOf(phones),
  }
}

/**
 * What a file's "saved our number" cell makes of the book's answer: a yes or a no is the newer
 * word and is taken; a "likely" only fills an unknown; an empty or unreadable cell never turns a
 * known answer into "unknown". Null: nothing changes.
 */
export function importedSavedNumber(
  current: SavedNumberState,
  incoming: ContactCandidate['savedNumber'],
): SavedNumberState | null {
  if (incoming === undefined || incoming === 'unknown' || incoming === current) return null
  if (incoming === 'likely' && current !== 'unknown') return null
  return incoming
}

/** A patronymic belongs to its first name: it is not put beside another person's first name. */
function middleNameOf(existing: ContactRecord, incoming: ContactCandidate): string {
  const sameFirst =
    existing.firstName === '' || foldText(existing.firstName) === foldText(incoming.firstName)
  return sameFirst ? incoming.middleName : ''
}

function mergeConsent(current: ConsentState, incoming: ConsentState): ConsentState {
  if (current === 'withdrawn' || incoming === 'withdrawn') return 'withdrawn'
  return current === 'granted' || incoming === 'granted' ? 'granted' : 'unknown'
}

function mergeNotes(current: string, incoming: string): string {
  const text = incoming.trim()
  if (text === '' || current.includes(text)) return current
  return current.trim() === '' ? text : `${current}\n${text}`
}

/** Tags without repeats, ignoring case and ё; the first spelling wins. */
export function uniqueTags(tags: readonly string[]): string[] {
  // Most rows of an import carry one tag or none: nothing to compare it with, so nothing to fold.
  if (tags.length <= 1) {
    const only = tags[0]?.trim() ?? ''
    return only === '' ? [] : [only]
  }
  const seen = new Map<string, string>()
  for (const tag of tags) {
    const trimmed = tag.trim()
    const key = foldText(trimmed)
    if (trimmed !== '' && !seen.has(key)) seen.set(key, trimmed)
  }
  return [...seen.values()]
}
