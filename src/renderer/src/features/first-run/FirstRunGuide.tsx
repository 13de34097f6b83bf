import { CloseButton, Group, Paper, Text, ThemeIcon, UnstyledButton } from '@mantine/core'
import { IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '../../stores/navigation'
import { useCampaignsView } from '../campaigns/campaigns-view'
import { useContactsFilter } from '../contacts/contacts-filter-store'
import { useListsView } from '../lists/lists-view'
import { firstRunGuide, type FirstRunStep, type FirstRunStepKey } from './first-run-guide'
import { useFirstRunDismissed } from './first-run-dismissed'
import classes from './FirstRunGuide.module.css'
import { useFirstRunFacts } from './use-first-run-facts'

/** Where each step is done. */
function goToStep(key: FirstRunStepKey) {
  const { goTo } = useNavigation.getState()
  switch (key) {
    case 'import':
      useContactsFilter.getState().reset()
      goTo('contacts')
      return
    case 'consent':
      // The people whose consent is not known yet: tick them (or «Выбрать всё») and mark it.
      useContactsFilter.getState().reset()
      useContactsFilter.getState().change({ consent: 'unknown' })
      goTo('contacts')
      return
    case 'sender':
      goTo('settings')
      scrollToWhenShown('senders')
      return
    case 'list':
      useListsView.getState().close()
      goTo('lists')
      return
    case 'campaign':
      useCampaignsView.getState().show({ kind: 'compose', id: null })
      goTo('campaigns')
  }
}

/** Sections load on first visit: wait a moment for the part to exist, then bring it into view. */
function scrollToWhenShown(id: string, triesLeft = 20) {
  const element = document.getElementById(id)
  if (element) element.scrollIntoView({ block: 'start' })
  else if (triesLeft > 0) setTimeout(() => scrollToWhenShown(id, triesLeft - 1), 50)
}

/**
 * The first-run checklist, on the first screens a new owner sees: each step links where it is
 * done and is ticked once it is; the guide goes when the first campaign runs, or when closed.
 */
export function FirstRunGuide() {
  const { t } = useTranslation()
  const facts = useFirstRunFacts()
  const { dismissed, dismiss } = useFirstRunDismissed()
  const steps = facts === undefined ? null : firstRunGuide(facts, dismissed)
  if (steps === null) return null
  const done = steps.filter((step) => step.done).length

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      className={classes.guide}
      component="section"
      aria-label={t('firstRun.title')}
    >
      <Group justify="space-between" wrap="nowrap" mb={6}>
        <Group gap="sm" wrap="nowrap">
          <Text fw={700}>{t('firstRun.title')}</Text>
          <Text fz="sm" c="dimmed">
            {t('firstRun.progress', { done, total: steps.length })}
          </Text>
        </Group>
        <CloseButton size="sm" aria-label={t('firstRun.close')} onClick={dismiss} />
      </Group>
      <ol className={classes.steps}>
        {steps.map((step, index) => (
          <StepItem key={step.key} step={step} number={index + 1} />
        ))}
      </ol>
    </Paper>
  )
}

function StepItem({ step, number }: { step: FirstRunStep; number: number }) {
  const { t } = useTranslation()
  return (
    <li className={classes.step}>
      <UnstyledButton
        className={classes.link}
        data-done={step.done || undefined}
        data-current={step.current || undefined}
        aria-current={step.current ? 'step' : undefined}
        title={t(`firstRun.hint.${step.key}`)}
        onClick={() => {
          goToStep(step.key)
        }}
      >
        <ThemeIcon
          size={22}
          radius="xl"
          variant={step.done ? 'filled' : step.current ? 'light' : 'default'}
          color={step.done ? 'teal' : undefined}
          aria-label={step.done ? t('firstRun.doneMark') : undefined}
        >
          {step.done ? <IconCheck size={14} /> : <Text fz="xs">{number}</Text>}
        </ThemeIcon>
        <span className={classes.label}>{t(`firstRun.step.${step.key}`)}</span>
      </UnstyledButton>
    </li>
  )
}
