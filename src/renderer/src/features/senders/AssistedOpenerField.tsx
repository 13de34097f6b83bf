import { Radio, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { assistedOpeners, type AssistedOpener } from '../../../../shared/senders'
import { FormSection } from './FormSection'

interface Props {
  value: AssistedOpener
  onChange: (opener: AssistedOpener) => void
}

/** How an assisted send opens WhatsApp on this computer. */
export function AssistedOpenerField({ value, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <FormSection title={t('senders.modal.opener')} hint={t('senders.modal.openerHint')} />
      <Radio.Group
        value={value}
        onChange={(picked) => {
          const opener = assistedOpeners.find((entry) => entry === picked)
          if (opener) onChange(opener)
        }}
        aria-label={t('senders.modal.opener')}
      >
        <Stack gap="xs">
          {assistedOpeners.map((opener) => (
            <Radio key={opener} value={opener} label={t(`senders.modal.openerOption.${opener}`)} />
          ))}
        </Stack>
      </Radio.Group>
    </>
  )
}
