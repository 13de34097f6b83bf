import { Anchor, Button, Group, MultiSelect, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFilter } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ListSummary } from '../../../../shared/lists'
import { useNavigation } from '../../stores/navigation'
import { ListBuilderDialog } from '../lists/ListBuilderDialog'
import { useCampaignAudience } from './use-campaign-audience'

interface Props {
  lists: readonly ListSummary[]
  value: readonly number[]
  /** The campaign's name: lists made from a filter are named after it ("Весна 1/5"…). */
  campaignName: string
  /** A phone broadcast mirrors one broadcast list on the phone: one list only. */
  single: boolean
  disabled: boolean
  error: string | undefined
  onChange: (listIds: number[]) => void
}

/**
 * Which lists get the campaign, one after another, each with how many may be messaged; or
 * everyone a filter finds, made into lists of at most 256 here; with no lists, where to make one.
 */
export function ComposerListField({
  lists,
  value,
  campaignName,
  single,
  disabled,
  error,
  onChange,
}: Props) {
  const { t } = useTranslation()
  const goTo = useNavigation((state) => state.goTo)
  const [building, setBuilding] = useState(false)
  // A list's size changes what its people are: read them again then.
  const version = lists
    .filter((list) => value.includes(list.id))
    .map((list) => [list.id, list.size, list.eligible, list.updatedAt].join(':'))
    .join(',')
  const audience = useCampaignAudience(value, version)
  return (
    <Stack gap={4}>
      <MultiSelect
        label={t('campaigns.composer.list')}
        placeholder={value.length === 0 ? t('campaigns.composer.listPlaceholder') : undefined}
        description={t(single ? 'campaigns.composer.oneListHint' : 'campaigns.composer.listsHint')}
        maxValues={single ? 1 : undefined}
        data={lists.map((entry) => ({
          value: String(entry.id),
          label: t('campaigns.composer.listOption', {
            name: entry.name,
            people: t('lists.people', { count: entry.size }),
            eligible: entry.eligible,
          }),
        }))}
        value={value.map(String)}
        disabled={disabled}
        searchable
        hidePickedOptions
        required
        nothingFoundMessage={t('campaigns.composer.noLists')}
        error={error}
        onChange={(picked) => {
          onChange(picked.map(Number))
        }}
      />
      {/* One list says its size in its own option; several say their people together. */}
      {audience !== undefined && value.length > 1 && (
        <Text fz="sm" data-testid="composer-audience">
          {t('campaigns.composer.listsSummary', {
            people: t('lists.people', { count: audience.people }),
            count: value.length,
          })}
          <Text span fz="sm" c="dimmed">
            {' '}
            {t('campaigns.composer.listsOverlap')}
          </Text>
        </Text>
      )}
      {!disabled && (
        <Group gap="md">
          {/* A filter may make several lists; a phone broadcast mirrors one made on its page. */}
          {!single && (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconFilter size={16} />}
              onClick={() => {
                setBuilding(true)
              }}
            >
              {t('campaigns.composer.fromFilter')}
            </Button>
          )}
          {lists.length === 0 && (
            <Text fz="sm">
              {t('campaigns.composer.noLists')}{' '}
              <Anchor
                component="button"
                type="button"
                fz="sm"
                onClick={() => {
                  goTo('lists')
                }}
              >
                {t('campaigns.composer.goToLists')}
              </Anchor>
            </Text>
          )}
        </Group>
      )}
      {building && (
        <ListBuilderDialog
          initialName={campaignName.trim()}
          onClose={() => {
            setBuilding(false)
          }}
          onBuilt={(built) => {
            setBuilding(false)
            // Everyone the filter found, in lists of at most 256: the campaign goes to them all.
            onChange(built.map((list) => list.id))
            notifications.show({
              color: 'teal',
              message: t('campaigns.composer.fromFilterBuilt', {
                lists: t('lists.listCount', { count: built.length }),
              }),
            })
          }}
        />
      )}
    </Stack>
  )
}
