import { Button } from '@mantine/core'
import { IconSettings, IconShieldExclamation } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '../../stores/navigation'

/** Opens the ban centre ("Blocks"), where a blocked number's next steps are. */
export function BanCentreButton() {
  const { t } = useTranslation()
  const goTo = useNavigation((state) => state.goTo)
  return (
    <Button
      size="xs"
      color="red"
      leftSection={<IconShieldExclamation size={16} />}
      onClick={() => {
        goTo('banCentre')
      }}
    >
      {t('campaigns.goTo.banCentre')}
    </Button>
  )
}

/** Opens Settings, where the number's Cloud API connection (and its token) is. */
export function SettingsButton() {
  const { t } = useTranslation()
  const goTo = useNavigation((state) => state.goTo)
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconSettings size={16} />}
      onClick={() => {
        goTo('settings')
      }}
    >
      {t('campaigns.goTo.settings')}
    </Button>
  )
}
