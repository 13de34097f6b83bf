import { Button, Stack, Text } from '@mantine/core'
import { IconShieldCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** Beside «Нет согласия: N» wherever people are counted out for it: the way forward, one click. */
export function ConsentFixPrompt({ count, onClick }: { count: number; onClick: () => void }) {
  const { t } = useTranslation()
  return (
    <Stack gap={6} align="flex-start">
      <Text fz="sm">{t('consentMark.listFixHint')}</Text>
      <Button
        variant="light"
        color="teal"
        leftSection={<IconShieldCheck size={16} />}
        onClick={onClick}
      >
        {t('consentMark.listFix', { count })}
      </Button>
    </Stack>
  )
}
