// The shop the e2e tests set up through the host's API: its customers, a list of them, its number.
import type { ContactPage } from '../../src/shared/contacts'
import type { ListDetail } from '../../src/shared/lists'
import type { Sender } from '../../src/shared/senders'
import { callHost } from './host-api'
import type { HostProcess } from './host-process'

/** A Tuesday morning in Moscow, inside the default 10:00–20:00 sending window. */
export const tuesdayMorning = '2026-12-01T10:30:00+03:00'

/** Two customers who agreed to messages, as a CSV file of the book. */
export const twoCustomers = [
  'ФИО;Телефон;Согласие',
  'Анна Петрова;8 916 111-11-11;да',
  'Борис Иванов;8 916 222-22-22;да',
].join('\n')

/** A list of everyone in the book (up to `limit` people), in the book's order. */
export async function listOfEveryone(
  host: HostProcess,
  name: string,
  limit = 500,
): Promise<ListDetail> {
  const contacts = await callHost<ContactPage>(host, 'contacts.query', { limit })
  return callHost<ListDetail>(host, 'lists.create', {
    name,
    contactIds: contacts.rows.map((row) => row.id),
  })
}

/** The shop's number in Moscow: «Магазин на Садовой», long past its warm-up unless told. */
export function saveShopNumber(
  host: HostProcess,
  number: { label?: string; phone?: string; startedOn?: string } = {},
): Promise<Sender> {
  return callHost<Sender>(host, 'senders.save', {
    label: 'Магазин на Садовой',
    phone: '+7 916 000-11-22',
    startedOn: '2024-01-15',
    timeZone: 'Europe/Moscow',
    ...number,
  })
}

/**
 * A list of everyone in the book, those not named in `notSaved` marked as having saved the shop's
 * number, and mirrored on the phone of `sender` with `onPhone` on it (made an hour before `now`).
 */
export async function listOnThePhone(
  host: HostProcess,
  sender: Sender,
  {
    name,
    onPhone,
    notSaved = [],
    now = Date.now(),
  }: { name: string; onPhone: readonly string[]; notSaved?: readonly string[]; now?: number },
): Promise<ListDetail> {
  const contacts = await callHost<ContactPage>(host, 'contacts.query', {})
  await callHost(host, 'contacts.markSavedNumber', {
    ids: contacts.rows.filter((row) => !notSaved.includes(row.name)).map((row) => row.id),
    savedNumber: 'yes',
  })
  const list = await listOfEveryone(host, name)
  await callHost(host, 'phoneLists.record', {
    listId: list.id,
    senderId: sender.id,
    name,
    madeAt: now - 60 * 60 * 1000,
    e164s: onPhone,
  })
  return list
}
