// The browser host opens the page as `/#token=<token>&lang=<ru|en>`. The token is read once and
// the fragment is wiped so it does not linger in the address bar or in a copied link;
// sessionStorage keeps it for a reload of the same tab.
import { languages, type Language } from '../../../shared/languages'

export interface HostParams {
  token: string | undefined
  language: Language | undefined
}

const storageKey = 'rupor.host'

const asLanguage = (value: unknown): Language | undefined =>
  languages.find((language) => language === value)

export function parseFragment(hash: string): HostParams {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  return { token: params.get('token') || undefined, language: asLanguage(params.get('lang')) }
}

interface PageLike {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>
  history: Pick<History, 'replaceState' | 'state'>
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>
}

export function takeHostParams(page: PageLike): HostParams {
  const fromFragment = parseFragment(page.location.hash)
  const stored = readStored(page.sessionStorage)
  if (page.location.hash !== '') {
    const { pathname, search } = page.location
    page.history.replaceState(page.history.state, '', pathname + search)
  }
  const params: HostParams = {
    token: fromFragment.token ?? stored.token,
    language: fromFragment.language ?? stored.language,
  }
  try {
    page.sessionStorage.setItem(storageKey, JSON.stringify(params))
  } catch {
    // Storage can be disabled; the token then lives in memory only and a reload needs the link.
  }
  return params
}

function readStored(storage: PageLike['sessionStorage']): HostParams {
  try {
    const raw: unknown = JSON.parse(storage.getItem(storageKey) ?? '{}')
    if (typeof raw !== 'object' || raw === null) return { token: undefined, language: undefined }
    const token = 'token' in raw && typeof raw.token === 'string' ? raw.token : undefined
    const language = 'language' in raw ? asLanguage(raw.language) : undefined
    return { token: token || undefined, language }
  } catch {
    return { token: undefined, language: undefined }
  }
}
