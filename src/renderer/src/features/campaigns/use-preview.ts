import { useEffect, useEffectEvent, useState } from 'react'
import type { CallInput } from '../../../../shared/api'
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
  'text' | 'appendOptOut' | 'optOutLine' | 'utm' | 'utmCampaign' | 'listIds' | 'template'
>

/**
 * What the core is asked, or null when there is nothing to show yet: no list, or no message. A
 * template goes out as Meta approved it, without the text's opt-out line and UTM tags, so those are
 * left out of its request: typing the campaign's name (its UTM tag) does not ask again.
 */
export function previewRequest(
  form: PreviewInput,
  count: number,
): CallInput<'campaigns.preview'> | null {
  const { listIds, template } = form
  if (listIds.length === 0) return null
  if (template !== null) {
    const none = { text: '', appendOptOut: false, optOutLine: '', utm: false, utmCampaign: '' }
    return { ...none, listIds, template: forPreview(template), limit: count }
  }
  if (form.text.trim() === '') return null
  const { text, appendOptOut, optOutLine, utm, utmCampaign } = form
  return { text, appendOptOut, optOutLine, utm, utmCampaign, listIds, template: null, limit: count }
}

/** The message as the first real recipients of the list would get it, following the typing. */
export function usePreview(form: PreviewInput, count = 3): PreviewState {
  const api = useApi()
  const request = previewRequest(form, count)
  const key = JSON.stringify(request)
  const [answer, setAnswer] = useState<Answer>()
  const ask = useEffectEvent(() =>
    request === null ? null : api.call('campaigns.preview', request),
  )

  useEffect(() => {
    let live = true
    // Asked once typing pauses, not for every keystroke.
    const timer = setTimeout(() => {
      ask()?.then(
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
  }, [key])

  if (request === null) return { status: 'idle' }
  if (answer?.key === key) {
    return 'previews' in answer
      ? { status: 'ready', previews: answer.previews }
      : { status: 'failed', error: answer.error }
  }
  // While the new one is asked, the last answer stays on screen so nothing flickers.
  return { status: 'loading', previous: answer && 'previews' in answer ? answer.previews : [] }
}
