// Chooses how the page talks to the core: the preload bridge inside the desktop app, otherwise
// HTTP to the browser host that served the page.
import type { RuporBridge } from '../../../shared/bridge'
import type { Language } from '../../../shared/settings'
import { takeHostParams } from './host-params'
import { createHttpTransport } from './http-transport'

/** Anything that answers calls with result envelopes and forwards core events. */
export type Transport = RuporBridge

export interface StartUp {
  transport: Transport
  shell: 'desktop' | 'browser'
  /** The host's `lang` hint; the desktop app leaves the choice to navigator.language. */
  languageHint: Language | undefined
}

export function chooseTransport(): StartUp {
  if (window.rupor) return { transport: window.rupor, shell: 'desktop', languageHint: undefined }
  const { token, language } = takeHostParams(window)
  return {
    transport: createHttpTransport({ token, fetch: window.fetch.bind(window) }),
    shell: 'browser',
    languageHint: language,
  }
}
