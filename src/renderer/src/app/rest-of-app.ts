// What every part of the app but the first screen needs besides its own code: all of Mantine's
// styles (the first screen carries only its components') and the rest of the texts (the first
// screen's are in i18n/ru-first.ts). Fetched once, with the first lazy part or section; a failed
// fetch is tried again next time.
import { loadRestTexts } from '../i18n'

let rest: Promise<unknown> | undefined

function loadRest(): Promise<unknown> {
  rest ??= Promise.all([import('../styles/all-styles'), loadRestTexts()]).catch(
    (error: unknown) => {
      rest = undefined
      throw error
    },
  )
  return rest
}

/** `code` once the rest of the app is here too; rejects if either cannot be fetched. */
export async function withRestOfApp<T>(code: Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([code, loadRest()])
  return loaded
}
