import { Alert, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { FailureWords } from './cloud-account'

interface Props {
  title: string
  failure: FailureWords
}

/** A failed call about a Cloud API number: what it means for the owner, then Meta's own words. */
export function CloudFailureAlert({ title, failure }: Props) {
  return (
    <Alert color="red" variant="light" p="xs" icon={<IconAlertTriangle size={18} />} title={title}>
      <Stack gap={4}>
        {failure.title !== undefined && <Text fz="sm">{failure.title}</Text>}
        <Text fz="sm" style={{ wordBreak: 'break-word' }}>
          {failure.text}
        </Text>
      </Stack>
    </Alert>
  )
}
