import { Button, Menu } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconChecklist } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ContactSelector } from '../../../../shared/contacts'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../i18n/error-message'

const answers = ['yes', 'no', 'unknown'] as const

interface Props {
  /** The ticked contacts, or everyone the book's search and filters find («Выбрать всё»). */
  selector: ContactSelector
  label?: string
  variant?: 'subtle' | 'light'
  size?: 'sm' | 'compact-sm'
}

/** «Отметить: сохранил(а) наш номер» — да / нет / неизвестно, recorded as the owner's word. */
export function MarkSavedNumberMenu({ selector, label, variant = 'subtle', size = 'sm' }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const [busy, setBusy] = useState(false)

  const mark = async (savedNumber: (typeof answers)[number]) => {
    setBusy(true)
    try {
      const { marked } = await api.call('contacts.markSavedNumber', { ...selector, savedNumber })
      notifications.show({
        color: 'teal',
        message:
          marked === 0
            ? t('savedNumber.bulk.nothingChanged')
            : t('savedNumber.bulk.done', { count: marked }),
      })
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('savedNumber.bulk.failed'),
        message: errorMessage(error, t),
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Menu position="top" withinPortal>
      <Menu.Target>
        <Button
          variant={variant}
          size={size}
          leftSection={<IconChecklist size={16} />}
          loading={busy}
        >
          {label ?? t('savedNumber.bulk.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {answers.map((answer) => (
          <Menu.Item key={answer} onClick={() => void mark(answer)}>
            {t(`savedNumber.bulk.${answer}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
