import { Button } from '@mantine/core'
import { IconSettings, IconShieldExclamation } from '@tabler/icons-react'
import { sections, useNavigation, type Section } from '../../stores/navigation'

/**
 * The ban centre's section ("Blocks"), found by name because it ships alongside the Cloud API and
 * this page must not break while it is missing: then no button is shown, the text still says where.
 */
const banCentre: Section | undefined = sections.find(
  (section) => section.toLowerCase().replace(/[^a-z]/g, '') === 'bancentre',
)

/** Opens the ban centre, where a blocked number's next steps are. */
export function BanCentreButton({ label }: { label: string }) {
  const goTo = useNavigation((state) => state.goTo)
  if (banCentre === undefined) return null
  return (
    <Button
      size="xs"
      color="red"
      leftSection={<IconShieldExclamation size={16} />}
      onClick={() => {
        goTo(banCentre)
      }}
    >
      {label}
    </Button>
  )
}

/** Opens Settings, where the number's Cloud API connection (and its token) is. */
export function SettingsButton({ label }: { label: string }) {
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
      {label}
    </Button>
  )
}
