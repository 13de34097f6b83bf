import { Alert, Button, Stack, Text, type MantineSize } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../i18n/error-message'

interface Props {
  title: string
  error: unknown
  /** The button that asks again; none where the page has its own way back. */
  retry?: { label: string; onClick: () => void; size?: MantineSize }
}

/** Something could not be loaded: why, in words, and a way to try again. */
export function LoadFailedAlert({ title, error, retry }: Props) {
  const { t } = useTranslation()
  return (
    <Alert color="red" variant="light" title={title}>
      <Stack gap="sm" align="flex-start">
        <Text fz="sm">{errorMessage(error, t)}</Text>
        {retry && (
          <Button variant="light" color="red" size={retry.size} onClick={retry.onClick}>
            {retry.label}
          </Button>
        )}
      </Stack>
    </Alert>
  )
}
