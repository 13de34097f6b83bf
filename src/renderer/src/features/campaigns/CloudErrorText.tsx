import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ApiCallError } from '../../api/errors'
import { errorMessage } from '../../i18n/error-message'
import { cloudReasonOf } from './error-fix'

/**
 * A refused call in words. A Meta error Rupor knows reads as its explanation, with Meta's code and
 * message under it; anything else as the app's usual error message.
 */
export function CloudErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const reason = cloudReasonOf(error)
  if (reason === null || !(error instanceof ApiCallError)) {
    return <Text fz="sm">{errorMessage(error, t)}</Text>
  }
  return (
    <>
      <Text fz="sm">{t(`cloudErrors.${reason}`)}</Text>
      <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('campaigns.detail.autoPause.metaSaid', {
          code: String(error.details.metaCode ?? ''),
          message: String(error.details.metaMessage ?? ''),
        })}
      </Text>
    </>
  )
}
