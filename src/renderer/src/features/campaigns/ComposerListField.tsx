import { Anchor, Select, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ListSummary } from '../../../../shared/lists'
import { useNavigation } from '../../stores/navigation'

interface Props {
  lists: readonly ListSummary[]
  value: number | null
  disabled: boolean
  error: string | undefined
  onChange: (listId: number | null) => void
}

/** Which list gets the campaign, each with how many may be messaged; with none, where to make one. */
export function ComposerListField({ lists, value, disabled, error, onChange }: Props) {
  const { t } = useTranslation()
  const goTo = useNavigation((state) => state.goTo)
  return (
    <Stack gap={4}>
      <Select
        label={t('campaigns.composer.list')}
        placeholder={t('campaigns.composer.listPlaceholder')}
        data={lists.map((entry) => ({
          value: String(entry.id),
          label: t('campaigns.composer.listOption', {
            name: entry.name,
            people: t('lists.people', { count: entry.size }),
            eligible: entry.eligible,
          }),
        }))}
        value={value === null ? null : String(value)}
        disabled={disabled}
        searchable
        allowDeselect={false}
        required
        nothingFoundMessage={t('campaigns.composer.noLists')}
        error={error}
        onChange={(picked) => {
          onChange(picked === null ? null : Number(picked))
        }}
      />
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
    </Stack>
  )
}
