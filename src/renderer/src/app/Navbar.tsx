import {
  AppShell,
  Badge,
  Box,
  Group,
  NavLink,
  Text,
  ThemeIcon,
  VisuallyHidden,
} from '@mantine/core'
import {
  IconAddressBook,
  IconMessageOff,
  IconQrcode,
  IconListDetails,
  IconSend,
  IconSettings,
  IconShieldExclamation,
  IconSpeakerphone,
  type Icon,
} from '@tabler/icons-react'
import { useId, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useBlockedSenders } from '../features/ban-centre/use-blocked-senders'
import { useRepliesToReview } from '../features/replies/use-replies-to-review'
import { useNavigation, type Section } from '../stores/navigation'
import { preloadSection } from './section-pages'

const main: { section: Section; icon: Icon }[] = [
  { section: 'contacts', icon: IconAddressBook },
  { section: 'lists', icon: IconListDetails },
  { section: 'optOuts', icon: IconMessageOff },
  { section: 'optIn', icon: IconQrcode },
  { section: 'campaigns', icon: IconSend },
  { section: 'banCentre', icon: IconShieldExclamation },
]

export function Navbar() {
  const { t } = useTranslation()
  // A blocked number is the one thing worth a mark on the sidebar, wherever the owner is.
  const blocked = useBlockedSenders()
  const alerts: Partial<Record<Section, string>> =
    blocked.length > 0 ? { banCentre: t('banCentre.navAlert') } : {}
  // Replies that look like a request to stop wait for the owner: counted on the opt-outs link.
  const review = useRepliesToReview()
  const toReview = review.state.status === 'ready' ? review.state.value.total : 0
  const counts: Partial<Record<Section, { value: number; label: string }>> =
    toReview > 0
      ? { optOuts: { value: toReview, label: t('replies.review.navBadge', { count: toReview }) } }
      : {}
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
          <SectionLink
            key={section}
            section={section}
            icon={icon}
            alert={alerts[section]}
            count={counts[section]}
          />
        ))}
      </AppShell.Section>
      <AppShell.Section component="ul" m={0} p={0}>
        <SectionLink section="settings" icon={IconSettings} />
      </AppShell.Section>
    </>
  )
}

interface LinkProps {
  section: Section
  icon: Icon
  /** Something there needs the owner: a red dot, and these words for screen readers. */
  alert?: string
  /** Things there wait for the owner: their number, and these words for screen readers. */
  count?: { value: number; label: string } | undefined
}

function SectionLink({ section, icon: Icon, alert, count }: LinkProps) {
  const { t } = useTranslation()
  const alertId = useId()
  const current = useNavigation((state) => state.section)
  const goHome = useNavigation((state) => state.goHome)
  const active = current === section
  // A real link (with an href) so it reads as navigation; the click stays inside the app.
  const open = (event: MouseEvent) => {
    event.preventDefault()
    goHome(section)
  }
  // The section's code starts loading while the pointer (or focus) is on its link.
  const preload = () => {
    preloadSection(section)
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
        onMouseEnter={preload}
        onFocus={preload}
        // Described, not named, by the alert: the link keeps its plain name.
        aria-describedby={(alert ?? count?.label) === undefined ? undefined : alertId}
        rightSection={
          alert === undefined ? (
            count && (
              <Badge
                aria-hidden
                size="sm"
                color="yellow"
                variant="filled"
                title={count.label}
                data-testid={`nav-count-${section}`}
              >
                {count.value}
              </Badge>
            )
          ) : (
            <Box
              aria-hidden
              w={10}
              h={10}
              bg="red.6"
              style={{ borderRadius: '50%' }}
              data-testid={`nav-alert-${section}`}
            />
          )
        }
        variant="light"
        fw={500}
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
      />
      {(alert ?? count?.label) !== undefined && (
        <VisuallyHidden id={alertId}>{alert ?? count?.label}</VisuallyHidden>
      )}
    </li>
  )
}
