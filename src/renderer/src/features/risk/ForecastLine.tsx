import { Anchor, Group, HoverCard, Loader, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconCalendarTime } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Forecast } from '../../../../shared/risk'
import { dateTimeText, dayText, forecastView } from './risk-text'

interface Props {
  /** Undefined until the first answer. */
  forecast: Forecast | undefined
  failed?: boolean
  /** A newer answer is being asked; this one stays on screen meanwhile. */
  updating?: boolean
  /** One campaign's forecast, or every running campaign of a number. */
  subject?: 'campaign' | 'sender'
}

/**
 * "Finishes around Thu, 3 Dec, 14:20 · spans 3 days · 256 messages", with the messages of each
 * day on hover; or why nothing finishes: nothing to send, refused, or not within the horizon.
 */
export function ForecastLine({
  forecast,
  failed = false,
  updating = false,
  subject = 'campaign',
}: Props) {
  const { t, i18n } = useTranslation()
  const wording = { t, language: i18n.language }
  const messages = (count: number) => t('risk.forecast.messages', { count })

  let body: ReactNode
  if (forecast === undefined) {
    body = failed ? t('risk.forecast.failed') : t('risk.forecast.loading')
  } else {
    const view = forecastView(forecast)
    switch (view.kind) {
      case 'refused':
        body = t('risk.forecast.refused')
        break
      case 'nothing':
        body =
          subject === 'sender' ? t('risk.forecast.nothingForSender') : t('risk.forecast.nothing')
        break
      case 'atOnce':
        body = [t('risk.forecast.atOnce'), messages(view.messages)].join(' · ')
        break
      case 'beyond':
        body = t('risk.forecast.beyond', {
          count: view.horizonDays,
          messages: messages(view.messages),
        })
        break
      case 'finishes':
        body = (
          <>
            {[
              t(subject === 'sender' ? 'risk.forecast.finishesAll' : 'risk.forecast.finishes', {
                when: dateTimeText(view.at, wording),
              }),
              t('risk.forecast.spans', { count: view.days }),
              messages(view.messages),
            ].join(' · ')}
            {view.perDay.length > 1 && (
              <>
                {' · '}
                <HoverCard width={240} shadow="md" position="top" withArrow>
                  <HoverCard.Target>
                    <Anchor component="button" type="button" fz="sm">
                      {t('risk.forecast.perDay')}
                    </Anchor>
                  </HoverCard.Target>
                  <HoverCard.Dropdown>
                    <Stack gap={2}>
                      {view.perDay.map((entry) => (
                        <Text key={entry.day} fz="sm">
                          {t('risk.forecast.dayLine', {
                            day: dayText(entry.day, i18n.language),
                            messages: messages(entry.sends),
                          })}
                        </Text>
                      ))}
                    </Stack>
                  </HoverCard.Dropdown>
                </HoverCard>
              </>
            )}
          </>
        )
        break
    }
  }

  return (
    <Group
      gap="xs"
      wrap="nowrap"
      align="flex-start"
      role="status"
      aria-label={t('risk.forecast.label')}
    >
      <ThemeIcon variant="light" color="gray" size={24} radius="xl">
        <IconCalendarTime size={15} />
      </ThemeIcon>
      <Text fz="sm" style={{ flex: 1 }}>
        {body}
      </Text>
      {updating && forecast !== undefined && <Loader size={12} mt={4} />}
    </Group>
  )
}
