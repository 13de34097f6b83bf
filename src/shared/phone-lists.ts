// Broadcast lists on the owner's phone (WhatsApp Business «Новая рассылка»), mirrored from Rupor
// lists: who is on the phone's list, and what the owner must change there to keep it in step.
import { z } from 'zod'

/** Someone on (or due on) a phone's broadcast list. */
export interface PhoneListMember {
  e164: string
  /** Null when the contact was deleted from the book since. */
  contactId: number | null
  /** As the phone shows them (the name saved in the phone: the book's name, as the vCard gives it). */
  name: string
}

/** Why someone on the phone's list must come off it before the next list message. */
export const phoneListRemovalReasons = [
  'opted_out',
  'consent_lost',
  'left_list',
  'deleted',
  'not_saved',
  'ineligible',
] as const
export type PhoneListRemovalReason = (typeof phoneListRemovalReasons)[number]

export interface PhoneListRemoval extends PhoneListMember {
  why: PhoneListRemovalReason
}

/** A Rupor list mirrored on the phone of a sender's number, compared with who may get it now. */
export interface PhoneList {
  id: number
  listId: number
  senderId: number
  /** The name the owner gave the list on the phone. */
  name: string
  madeAt: number
  /** Who the owner confirmed is on the phone's list, in the order the phone shows contacts. */
  onPhone: PhoneListMember[]
  /** On the phone but may no longer get a list message: a new one is refused until they are off. */
  toRemove: PhoneListRemoval[]
  /** May get it (on the Rupor list, may be messaged, saved the number) but not on the phone yet. */
  toAdd: PhoneListMember[]
}

/** Why a list message may not go now (checked before the text goes to the phone, and on recording). */
export const listMessageRefusalKeys = [
  /** Someone on the phone's list must come off it first (names). */
  'removals_pending',
  /** The list has no phone list recorded, or nobody on it. */
  'no_phone_list',
  /** This list already had a list message within the last 24 hours (until). */
  'list_sent_recently',
  /** Another list message within 24 hours reached some of the same people (names). */
  'overlaps_recent',
  /** It would take the number over 1 000 active chats or its new chats for the day (count, limit). */
  'active_limit',
  'new_chat_limit',
  /** WhatsApp blocked the number. */
  'sender_blocked',
] as const
export type ListMessageRefusalKey = (typeof listMessageRefusalKeys)[number]

export interface ListMessageRefusal {
  key: ListMessageRefusalKey
  /** The people concerned, for removals and overlaps (at most a handful are named in the text). */
  names?: string[]
  count?: number
  limit?: number
  /** When it may go (ms). */
  until?: number
}

/** Someone who may get a list message, with the name parts the phone sorts by (iPhone: last name). */
export interface PhoneListCandidate extends PhoneListMember {
  contactId: number
  firstName: string
  middleName: string
  lastName: string
}

/** A list's page: its phone list if recorded, and who may be ticked on the phone's checklist. */
export interface PhoneListView {
  listId: number
  phoneList: PhoneList | null
  /** On the Rupor list, may be messaged, saved the number ('yes' or 'likely'): in phone order. */
  candidates: PhoneListCandidate[]
}

/** A broadcast list on WhatsApp holds 2 to 256 people. */
export const phoneListMinimum = 2
export const phoneListCapacity = 256

const listId = z.number().int().positive()
const e164 = z.string().regex(/^\+\d{6,15}$/)
const e164s = z.array(e164).min(1).max(phoneListCapacity)

export const phoneListIdSchema = z.object({ listId }).strict()

/** Contacts for the phone's address book (vCard): everyone who may go on, or only those to add. */
export const phoneListVcardSchema = z
  .object({ listId, only: z.enum(['candidates', 'to_add']) })
  .strict()

/** The owner ticked these people on the checklist and made the list on the phone of a sender. */
export const phoneListRecordSchema = z
  .object({
    listId,
    senderId: z.number().int().positive(),
    name: z.string().trim().min(1).max(100),
    /** When it was made on the phone; left out: now (the core's clock). */
    madeAt: z.number().int().positive().optional(),
    e164s: z.array(e164).min(phoneListMinimum).max(phoneListCapacity),
  })
  .strict()

/** The owner removed (or added) these people on the phone's list. */
export const phoneListConfirmSchema = z.object({ listId, e164s }).strict()
