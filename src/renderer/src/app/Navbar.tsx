import { AppShell, Group, NavLink, Text, ThemeIcon } from '@mantine/core'
import {
  IconAddressBook,
  IconMessageOff,
  IconListDetails,
  IconSend,
  IconSettings,
  IconSpeakerphone,
  type Icon,
} from '@tabler/icons-react'
import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigation, type Section } from '../stores/navigation'

const main: { section: Section; icon: Icon }[] = [
  { section: 'contacts', icon: IconAddressBook },
  { section: 'lists', icon: IconListDetails },
  { section: 'optOuts', icon: IconMessageOff },
  { section: 'campaigns', icon: IconSend },
]

export function Navbar() {
  const { t } = useTranslation()
  return (
    <>
      <AppShell.Section mb="lg">
        <Group gap="sm" wrap="nowrap" px={4}>
          <ThemeIcon size={40} radius="md" variant="filled">
            <IconSpeakerphone size={24} stroke={1.75} />
          </ThemeIcon>
          <div>
            <Text fw={700} fz="xl" lh={1.1}>
              {t('app.name')}
            </Text>
            <Text c="dimmed" fz="xs" lh={1.3}>
              {t('app.tagline')}
            </Text>
          </div>
        </Group>
      </AppShell.Section>
      <AppShell.Section grow component="ul" aria-label={t('nav.label')} m={0} p={0}>
        {main.map(({ section, icon }) => (
          <SectionLink key={section} section={section} icon={icon} />
        ))}
      </AppShell.Section>
      <AppShell.Section component="ul" m={0} p={0}>
        <SectionLink section="settings" icon={IconSettings} />
      </AppShell.Section>
    </>
  )
}

function SectionLink({ section, icon: Icon }: { section: Section; icon: Icon }) {
  const { t } = useTranslation()
  const current = useNavigation((state) => state.section)
  const goTo = useNavigation((state) => state.goTo)
  const active = current === section
  // A real link (with an href) so it reads as navigation; the click stays inside the app.
  const open = (event: MouseEvent) => {
    event.preventDefault()
    goTo(section)
  }

  return (
    <li style={{ listStyle: 'none' }}>
      <NavLink
        href={`#${section}`}
        label={t(`nav.${section}`)}
        leftSection={<Icon size={20} stroke={1.5} />}
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={open}
        variant="light"
        fw={500}
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
      />
    </li>
  )
}
