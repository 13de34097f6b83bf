import { Button } from '@mantine/core'
import { IconShieldCheck } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConsentTarget } from '../../../../shared/consent'
import { ConsentMarkModal } from './ConsentMarkModal'

interface Props {
  /** The ticked contacts, or everyone the book's search and filters find («Выбрать всё»). */
  target: ConsentTarget
  count: number
}

/** «Отметить: согласие получено» in the contact book's selection bar. */
export function MarkConsentButton({ target, count }: Props) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  return (
    <>
      <Button
        variant="subtle"
        color="teal"
        leftSection={<IconShieldCheck size={16} />}
        onClick={() => {
          setAsking(true)
        }}
      >
        {t('consentMark.mark.button')}
      </Button>
      {asking && (
        <ConsentMarkModal
          target={target}
          count={count}
          onClose={() => {
            setAsking(false)
          }}
        />
      )}
    </>
  )
}
