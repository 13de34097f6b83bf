import { Stack, Text, Title } from '@mantine/core'

/** A part of the sender form: a rule above, its name and what it is for. */
export function FormSection({ title, hint }: { title: string; hint: string }) {
  return (
    <Stack gap={2} mt="xs" pt="md" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <Text fz="sm" c="dimmed">
        {hint}
      </Text>
    </Stack>
  )
}
