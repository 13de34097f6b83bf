import { useEffect, useState } from 'react'
import type { MessagePreview } from '../../../../shared/campaigns'
import { useApi } from '../../api/api-context'
import type { ComposerForm } from './composer-form'
import { forPreview } from './template-mapping'

export type PreviewState =
  | { status: 'idle' }
  | { status: 'loading'; previous: MessagePreview[] }
  | { status: 'ready'; previews: MessagePreview[] }
  | { status: 'failed'; error: unknown }

type Answer = { key: string; previews: MessagePreview[] } | { key: string; error: unknown }

/** How long typing must pause before the preview is asked again. */
const debounceMs = 350

/** `template`: the Cloud API template to fill in, or null for the text (assisted channel). */
type PreviewInput = Pick<
  ComposerForm,
  'text' | 'appendOptOut' | 'optOutLine' | 'utm' | 'utmCampaign' | 'listId' | 'template'
>

/** Nothing to show yet: no list, or no message (a text or a template) to fill in. */
export const previewIdle = (form: Pick<PreviewInput, 'text' | 'listId' | 'template'>): boolean =>
  form.listId === null || (form.template === null && form.text.trim() === '')

/** The message as the first real recipients of the list would get it, following the typing. */
export function usePreview(form: PreviewInput, count = 3): PreviewState {
  const api = useApi()
  const { text, appendOptOut, optOutLine, utm, utmCampaign, listId, template } = form
  const idle = previewIdle(form)
  const key = JSON.stringify([
    text,
    appendOptOut,
    optOutLine,
    utm,
    utmCampaign,
    listId,
    template,
    count,
  ])
  const [answer, setAnswer] = useState<Answer>()

  useEffect(() => {
    if (listId === null || idle) return
    let live = true
    const timer = setTimeout(() => {
      api
        .call('campaigns.preview', {
          text,
          appendOptOut,
          optOutLine,
          utm,
          utmCampaign,
          listId,
          template: template && forPreview(template),
          limit: count,
        })
        .then(
          (previews) => {
            if (live) setAnswer({ key, previews })
          },
          (error: unknown) => {
            if (live) setAnswer({ key, error })
          },
        )
    }, debounceMs)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [api, key, idle, text, appendOptOut, optOutLine, utm, utmCampaign, listId, template, count])

  if (idle) return { status: 'idle' }
  if (answer?.key === key) {
    return 'previews' in answer
      ? { status: 'ready', previews: answer.previews }
      : { status: 'failed', error: answer.error }
  }
  // While the new one is asked, the last answer stays on screen so nothing flickers.
  return { status: 'loading', previous: answer && 'previews' in answer ? answer.previews : [] }
}
