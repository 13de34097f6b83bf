import { Paper, Radio, Stack, Text, Title } from '@mantine/core'
import { IconShieldCheck } from '@tabler/icons-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportConsent } from './import-flow'

interface Props {
  value: ImportConsent | null
  onChange: (consent: ImportConsent) => void
  /** Import was pressed unanswered: the question says so and comes into view. */
  missing: boolean
  /** The file has a consent column: its answers come first. */
  fileHasColumn: boolean
  disabled: boolean
}

/**
 * «Согласны ли эти люди получать от вас рассылки?» — asked at the top of the mapping, with no answer
 * taken for granted: what each answer means, and the law's view in one sentence.
 */
export function ImportConsentQuestion({
  value,
  onChange,
  missing,
  fileHasColumn,
  disabled,
}: Props) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (missing) ref.current?.scrollIntoView({ behavior: 'smooth', block: 'center' })
  }, [missing])

  return (
    <Paper
      ref={ref}
      withBorder
      radius="md"
      p="md"
      style={{
        borderColor: missing ? 'var(--mantine-color-red-6)' : 'var(--mantine-color-teal-6)',
        borderWidth: 2,
      }}
    >
      <Radio.Group
        value={value}
        onChange={(next) => {
          onChange(next === 'granted' ? 'granted' : 'unknown')
        }}
        label={
          <Title order={3} size="h5" component="span">
            <IconShieldCheck
              size={18}
              style={{ verticalAlign: 'text-bottom', marginRight: 6 }}
              aria-hidden
            />
            {t('consentMark.importQuestion.title')}
          </Title>
        }
        description={fileHasColumn ? t('consentMark.importQuestion.columnFirst') : undefined}
        error={missing ? t('consentMark.importQuestion.required') : undefined}
        withAsterisk
      >
        <Stack gap="sm" mt="sm">
          <Radio
            value="granted"
            label={t('importer.mapping.consentGranted')}
            description={t('consentMark.importQuestion.grantedMeans')}
            disabled={disabled}
          />
          <Radio
            value="unknown"
            label={t('importer.mapping.consentUnknown')}
            description={t('consentMark.importQuestion.unknownMeans')}
            disabled={disabled}
          />
        </Stack>
      </Radio.Group>
      <Text fz="xs" c="dimmed" mt="sm">
        {t('consentMark.law')}
      </Text>
    </Paper>
  )
}
