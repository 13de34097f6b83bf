// What the owner of a damaged database is told and offered, in Russian and English: the desktop
// app's dialog and the host's printout are both built here, so both are tested as text.
import type { RecoveryChoices, RecoveryCopy } from './recovery-choices'
import type { RecoveryOutcome } from './recovery-outcome'
import type { RecoveryAction } from './run-recovery'

export type RecoveryLanguage = 'ru' | 'en'

export const languageOf = (locale: string): RecoveryLanguage =>
  locale.toLowerCase().startsWith('ru') ? 'ru' : 'en'

/** The dialog's contents; `actions[i]` is what button `i` does. */
export interface RecoveryDialog {
  title: string
  message: string
  detail: string
  buttons: string[]
  actions: (RecoveryAction | 'quit')[]
  defaultId: number
  cancelId: number
}

/** "12 номеров", "1 number". */
export function numbersText(count: number, lang: RecoveryLanguage): string {
  if (lang === 'en') return `${String(count)} ${count === 1 ? 'number' : 'numbers'}`
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {
    one: 'номер',
    few: 'номера',
    many: 'номеров',
  }
  return `${String(count)} ${forms[new Intl.PluralRules('ru-RU').select(count)] ?? 'номера'}`
}

/** "5 января 2026 г., 09:00" / "5 January 2026, 09:00", in the owner's time zone. */
export function copyDateText(at: number, lang: RecoveryLanguage, timeZone?: string): string {
  const locale = lang === 'ru' ? 'ru-RU' : 'en-GB'
  const zone = timeZone ? { timeZone } : {}
  // Date and time apart: how ICU joins them ("в", "at", ",") differs between its versions.
  const date = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...zone,
  }).format(at)
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...zone,
  }).format(at)
  return `${date}, ${time}`
}

/** "1 record", "3 records". */
const count = (n: number, noun: string): string => `${String(n)} ${noun}${n === 1 ? '' : 's'}`

const texts = {
  ru: {
    title: 'Рупор не может открыть данные',
    message: 'Файл базы данных Рупора повреждён. Выберите, как продолжить.',
    restore: (date: string, fromMirror: boolean) =>
      `Восстановить копию от ${date}${fromMirror ? ' из второй папки' : ''}`,
    empty: (numbers: string) => `Начать с пустой базы, сохранив список отписавшихся (${numbers})`,
    quit: 'Выйти',
    copy: (date: string, mirrorFolder: string | undefined) =>
      `Копия от ${date}${mirrorFolder === undefined ? '' : ` из второй папки для копий (${mirrorFolder})`} — самая новая из ежедневных копий, прошедших проверку. Изменения, сделанные после неё, будут потеряны, кроме того, что защищает людей и номер: отписки, отзывы согласия, блокировки номера, записи об отправленных сообщениях и рассылки на телефоне Рупор перенесёт из повреждённого файла, чтобы никому не написать дважды и не написать тому, кто отписался.`,
    emptyKeeps:
      'Пустая база сохранит и то, что повреждённый файл ещё помнит о вашем номере WhatsApp: записи об отправленных сообщениях и о блокировках. WhatsApp этого не забывает, поэтому лимиты номера продолжат это учитывать.',
    started: 'Рупор начал с пустой базы.',
    restored: (date: string, mirrorFolder: string | undefined) =>
      `Восстановлена копия от ${date}${mirrorFolder === undefined ? '' : ` из второй папки для копий (${mirrorFolder})`}.`,
    noCopy: 'Ни одна ежедневная копия не прошла проверку, поэтому восстановить копию нельзя.',
    optOuts: (numbers: string, fromCopy: boolean) =>
      `Список отписавшихся сохранится: ${numbers} — все, что удалось прочитать в повреждённом файле${fromCopy ? ', и все из списка этой копии' : ''}. Этим людям Рупор писать не будет.`,
    partly: 'Часть повреждённого файла прочитать не удалось.',
    unreadable: 'Повреждённый файл прочитать не удалось совсем.',
    carried: (sends: number, items: number) =>
      `Из повреждённого файла перенесено записей об отправленных сообщениях: ${String(sends)} (лимиты номера их учитывают); получателей рассылок, отмеченных как получившие сообщение или «ушло ли — неясно»: ${String(items)}.`,
    carriedToEmpty: (sends: number, blocks: number) =>
      `Из повреждённого файла перенесено ${[
        ...(sends > 0
          ? [`записей об отправленных сообщениях: ${String(sends)} (лимиты номера их учитывают)`]
          : []),
        ...(blocks > 0 ? [`записей о блокировках номера: ${String(blocks)}`] : []),
      ].join(', ')}.`,
    unknown: (count: number) =>
      `Получателей приостановленных рассылок, о которых в повреждённом файле не удалось прочитать, ушло ли им сообщение после копии: ${String(count)}. Они отмечены как «ушло ли — неясно»: Рупор не напишет им снова, пока вы не ответите, что сообщение не ушло.`,
    phoneListsForgotten: (lists: readonly string[]) => {
      const names = lists.map((name) => `«${name}»`).join(', ')
      return lists.length === 1
        ? `По повреждённому файлу уже не понять, кто сейчас в рассылке на телефоне для списка ${names}. Рупор перестал за ней следить, чтобы ни одно сообщение не ушло через неё тому, кто отписался. Проверьте её на телефоне и сделайте заново на странице списка.`
        : `По повреждённому файлу уже не понять, кто сейчас в рассылках на телефоне для списков ${names}. Рупор перестал за ними следить, чтобы ни одно сообщение не ушло через них тому, кто отписался. Проверьте их на телефоне и сделайте заново на странице каждого списка.`
    },
    sendsPartly: 'Часть записей об отправках, блокировках и отзывах согласия прочитать не удалось.',
    numberRecordPartly:
      'Часть или все записи о том, что номер отправил, и о его блокировках прочитать не удалось.',
    limitsAdvice:
      'Поэтому лимиты номера могут насчитать меньше сообщений, чем он уже отправил: до завтра отправляйте меньше обычного.',
    kept: (dir: string) =>
      `Повреждённый файл не будет удалён: Рупор переименует его в rupor.damaged-<дата>.db и оставит в папке ${dir}.`,
  },
  en: {
    title: 'Rupor cannot open its data',
    message: "Rupor's database file is damaged. Choose how to go on.",
    restore: (date: string, fromMirror: boolean) =>
      `Restore the copy of ${date}${fromMirror ? ' from the second folder' : ''}`,
    empty: (numbers: string) => `Start empty, keeping the opt-out list (${numbers})`,
    quit: 'Quit',
    copy: (date: string, mirrorFolder: string | undefined) =>
      `The copy of ${date}${mirrorFolder === undefined ? '' : ` in the second backup folder (${mirrorFolder})`} is the newest daily copy that passes the checks. Changes made after it are lost, except what protects people and the number: Rupor carries opt-outs, consent withdrawals, blocks, the record of sent messages and the broadcast lists on the phone over from the damaged file, so no one is messaged twice or after opting out.`,
    emptyKeeps:
      'An empty start also keeps what the damaged file still tells of your WhatsApp number: the record of the messages it sent and of its blocks. WhatsApp keeps that record for the number, so its limits go on counting it.',
    started: 'Started an empty database.',
    restored: (date: string, mirrorFolder: string | undefined) =>
      `Restored the copy of ${date}${mirrorFolder === undefined ? '' : ` from the second backup folder (${mirrorFolder})`}.`,
    noCopy: 'No daily copy passes the checks, so none can be restored.',
    optOuts: (numbers: string, fromCopy: boolean) =>
      `The opt-out list will keep ${numbers}: all that can still be read in the damaged file${fromCopy ? ', and the list of that copy' : ''}. Rupor will not message these people.`,
    partly: 'Part of the damaged file could not be read.',
    unreadable: 'The damaged file cannot be read at all.',
    carried: (sends: number, items: number) =>
      `Carried from the damaged file: ${count(sends, 'record')} of sent messages (the number's limits count them); ${count(items, 'campaign recipient')} marked as messaged or "not sure if sent".`,
    carriedToEmpty: (sends: number, blocks: number) =>
      `Carried from the damaged file: ${[
        ...(sends > 0
          ? [`${count(sends, 'record')} of sent messages (the number's limits count them)`]
          : []),
        ...(blocks > 0 ? [`${count(blocks, 'record')} of the number's blocks`] : []),
      ].join(' and ')}.`,
    unknown: (count: number) =>
      `Recipients of paused campaigns for whom the damaged file no longer tells whether a message went out after the copy: ${String(count)}. They are marked "not sure if sent": Rupor will not message them again unless you answer that the message did not go out.`,
    phoneListsForgotten: (lists: readonly string[]) => {
      const names = lists.map((name) => `“${name}”`).join(', ')
      return lists.length === 1
        ? `The damaged file no longer tells who is on the broadcast list on the phone for ${names}. Rupor no longer follows it, so no message goes through it to someone who opted out. Check it on the phone and make it again on the list's page.`
        : `The damaged file no longer tells who is on the broadcast lists on the phone for ${names}. Rupor no longer follows them, so no message goes through them to someone who opted out. Check them on the phone and make each again on its list's page.`
    },
    sendsPartly: 'Part of the record of sends, blocks and consent withdrawals could not be read.',
    numberRecordPartly:
      'Part or all of the record of what the number sent and of its blocks could not be read.',
    limitsAdvice:
      'So the number’s limits may count fewer messages than it has sent: send less than usual until tomorrow.',
    kept: (dir: string) =>
      `The damaged file is not deleted: Rupor renames it to rupor.damaged-<date>.db and keeps it in ${dir}.`,
  },
} as const

/** The second folder's path when the copy is there; undefined for the data folder's own copies. */
const mirrorFolderOf = (copy: RecoveryCopy): string | undefined =>
  copy.location === 'mirror' ? copy.folder : undefined

/** The explanation under the question: what each choice keeps, and where the damaged file goes. */
function detailOf(choices: RecoveryChoices, lang: RecoveryLanguage, timeZone?: string): string[] {
  const t = texts[lang]
  const lines = [
    choices.copy
      ? t.copy(copyDateText(choices.copy.takenAt, lang, timeZone), mirrorFolderOf(choices.copy))
      : t.noCopy,
    t.optOuts(numbersText(choices.optOutsKept, lang), choices.copy !== undefined),
    t.emptyKeeps,
  ]
  if (!choices.damaged.readable) lines.push(t.unreadable)
  else if (!choices.damaged.complete) lines.push(t.partly)
  lines.push(t.kept(choices.dataDir))
  return lines
}

/** The desktop app's question: restore (only when a copy passes), start empty, or quit (the default). */
export function recoveryDialog(
  choices: RecoveryChoices,
  lang: RecoveryLanguage,
  timeZone?: string,
): RecoveryDialog {
  const t = texts[lang]
  const offers: { label: string; action: RecoveryAction | 'quit' }[] = [
    ...(choices.copy
      ? [
          {
            label: t.restore(
              copyDateText(choices.copy.takenAt, lang, timeZone),
              choices.copy.location === 'mirror',
            ),
            action: 'newest-copy' as const,
          },
        ]
      : []),
    { label: t.empty(numbersText(choices.optOutsKept, lang)), action: 'empty-keeping-opt-outs' },
    { label: t.quit, action: 'quit' },
  ]
  const quit = offers.length - 1
  return {
    title: t.title,
    message: t.message,
    detail: detailOf(choices, lang, timeZone).join('\n\n'),
    buttons: offers.map((offer) => offer.label),
    actions: offers.map((offer) => offer.action),
    defaultId: quit,
    cancelId: quit,
  }
}

/** The host's printout: the same choices, each with the exact command that makes it. */
export function recoveryInstructions(
  choices: RecoveryChoices,
  lang: RecoveryLanguage,
  commandFor: (action: RecoveryAction) => string,
  timeZone?: string,
): string {
  const dialog = recoveryDialog(choices, lang, timeZone)
  const run = lang === 'ru' ? 'Чтобы выбрать это, запустите' : 'To choose this, run'
  const offers = dialog.actions.flatMap((action, index) =>
    action === 'quit'
      ? []
      : [
          `  ${String(index + 1)}. ${dialog.buttons[index] ?? ''}\n     ${run}:\n       ${commandFor(action)}`,
        ],
  )
  return [dialog.message, '', ...offers, '', detailOf(choices, lang, timeZone).join('\n')].join(
    '\n',
  )
}

/**
 * Said after a recovery, before Rupor starts on the new file: a paragraph each for what is in
 * place (and the opt-out list), what was carried, what the owner is asked to look at, and where
 * the damaged file is.
 */
export function recoveryDoneText(
  outcome: RecoveryOutcome,
  lang: RecoveryLanguage,
  timeZone?: string,
): string {
  const numbers = numbersText(outcome.optOutsKept, lang)
  const { restored } = outcome
  const what = restored
    ? texts[lang].restored(copyDateText(restored.takenAt, lang, timeZone), mirrorFolderOf(restored))
    : texts[lang].started
  const t = texts[lang]
  const { carried } = outcome
  const sends = carried
    ? [
        ...(restored
          ? [t.carried(carried.sends, carried.items)]
          : carried.sends + carried.blocks > 0
            ? [t.carriedToEmpty(carried.sends, carried.blocks)]
            : []),
        ...(carried.unknown > 0 ? [t.unknown(carried.unknown)] : []),
        ...(carried.phoneListsForgotten.length > 0
          ? [t.phoneListsForgotten(carried.phoneListsForgotten)]
          : []),
        ...(carried.complete ? [] : [restored ? t.sendsPartly : t.numberRecordPartly]),
        ...(carried.sendsWhole ? [] : [t.limitsAdvice]),
      ]
    : []
  const optOuts =
    lang === 'ru' ? `В списке отписавшихся ${numbers}.` : `The opt-out list holds ${numbers}.`
  const kept =
    lang === 'ru'
      ? `Повреждённый файл сохранён как ${outcome.keptAs}.`
      : `The damaged file is kept as ${outcome.keptAs}.`
  return [`${what} ${optOuts}`, ...sends, kept].join('\n\n')
}
