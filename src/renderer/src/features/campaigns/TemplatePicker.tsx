import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  Tooltip,
  type ComboboxItem,
  type ComboboxParsedItem,
} from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CampaignTemplate, CloudTemplate } from '../../../../shared/cloud-api'
import { useApiEvent } from '../../api/use-api-event'
import { useApiQuery } from '../../api/use-api-query'
import { RefusalAlert } from './RefusalAlert'
import { localeName } from './locale-name'
import { sameTemplate } from './template-mapping'
import { isSendable, templateCategoryKey, templateStatusKey } from './template-status'
import { TemplateStatusBadge } from './TemplateStatusBadge'
import classes from './TemplatePicker.module.css'

interface Props {
  senderId: number
  value: CampaignTemplate | null
  error: string | undefined
  onPick: (template: CloudTemplate) => void
}

/** Meta's template names are lowercase letters, digits and underscores: a bar cannot clash. */
const optionValue = (template: Pick<CloudTemplate, 'name' | 'language'>) =>
  `${template.name}|${template.language}`

/**
 * The account's templates to choose from, searchable. Those Meta does not let be sent now stay in
 * the list, greyed, with the reason: otherwise the owner would wonder where their template went.
 */
export function TemplatePicker({ senderId, value, error, onPick }: Props) {
  const { t } = useTranslation()
  const query = useApiQuery('cloud.templates', { senderId })
  // The list follows this number's settings (a new token or address may change the answer);
  // another number's changes, and the statuses poll, are no reason to ask Meta again.
  useApiEvent('senders.changed', (changed) => {
    if (changed.id === senderId || changed.id === null) query.refresh()
  })

  if (query.state.status === 'loading') {
    return (
      <Select
        label={t('campaigns.composer.cloud.template')}
        placeholder={t('campaigns.composer.cloud.templatesLoading')}
        data={[]}
        disabled
        required
        rightSection={<Loader size="xs" />}
        aria-busy
      />
    )
  }
  if (query.state.status === 'failed') {
    return (
      <RefusalAlert title={t('campaigns.composer.cloud.templatesFailed')} error={query.state.error}>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRefresh size={16} />}
          onClick={query.reload}
        >
          {t('campaigns.composer.cloud.retry')}
        </Button>
      </RefusalAlert>
    )
  }
  return (
    <TemplateSelect
      templates={query.state.value}
      value={value}
      error={error}
      onPick={onPick}
      onReload={query.reload}
    />
  )
}

interface SelectProps {
  templates: readonly CloudTemplate[]
  value: CampaignTemplate | null
  error: string | undefined
  onPick: (template: CloudTemplate) => void
  onReload: () => void
}

function TemplateSelect({ templates, value, error, onPick, onReload }: SelectProps) {
  const { t, i18n } = useTranslation()
  const byValue = new Map(templates.map((template) => [optionValue(template), template]))
  const category = (template: CloudTemplate) => {
    const key = templateCategoryKey(template.category)
    return key === null ? template.category : t(`campaigns.template.category.${key}`)
  }
  const option = (template: CloudTemplate): ComboboxItem => ({
    value: optionValue(template),
    label: `${template.name} · ${localeName(template.language, i18n.language)}`,
    disabled: !isSendable(template.status),
  })
  const sendable = templates.filter((template) => isSendable(template.status))
  const others = templates.filter((template) => !isSendable(template.status))
  const data = [
    { group: t('campaigns.composer.cloud.groupSendable'), items: sendable.map(option) },
    { group: t('campaigns.composer.cloud.groupNotSendable'), items: others.map(option) },
  ].filter((group) => group.items.length > 0)

  // Search the name, the language, the category and the text, not only the label.
  const haystack = (item: ComboboxItem) => {
    const template = byValue.get(item.value)
    return [item.label, template?.body ?? '', template ? category(template) : '']
      .join(' ')
      .toLowerCase()
  }
  const filter = ({ options, search }: { options: ComboboxParsedItem[]; search: string }) => {
    const needle = search.trim().toLowerCase()
    return options.flatMap((entry): ComboboxParsedItem[] => {
      if (!('group' in entry)) return haystack(entry).includes(needle) ? [entry] : []
      const items = entry.items.filter((item) => haystack(item).includes(needle))
      return items.length > 0 ? [{ group: entry.group, items }] : []
    })
  }

  const chosen = value ? templates.find((template) => sameTemplate(template, value)) : undefined
  const reload = t('campaigns.composer.cloud.reload')

  return (
    <Stack gap="xs">
      <Select
        label={t('campaigns.composer.cloud.template')}
        placeholder={t('campaigns.composer.cloud.templatePlaceholder')}
        data={data}
        value={value ? optionValue(value) : null}
        searchable
        required
        allowDeselect={false}
        error={error}
        filter={filter}
        maxDropdownHeight={360}
        nothingFoundMessage={t('campaigns.composer.cloud.nothingFound')}
        classNames={{ option: classes.option }}
        renderOption={({ option: item }) => {
          const template = byValue.get(item.value)
          return template ? <TemplateOption template={template} category={category} /> : null
        }}
        onChange={(picked) => {
          const template = picked === null ? undefined : byValue.get(picked)
          if (template) onPick(template)
        }}
        // Templates change in WhatsApp Manager: a way to ask again sits next to the input.
        inputContainer={(input) => (
          <Group gap="xs" wrap="nowrap">
            <div style={{ flex: 1 }}>{input}</div>
            <Tooltip label={reload}>
              <ActionIcon variant="default" size={36} aria-label={reload} onClick={onReload}>
                <IconRefresh size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
      />
      {templates.length === 0 && (
        <Alert color="yellow" variant="light">
          {t('campaigns.composer.cloud.noTemplates')}
        </Alert>
      )}
      {value && !chosen && templates.length > 0 && (
        <Alert color="orange" variant="light">
          {t('campaigns.composer.cloud.chosenMissing', {
            name: value.name,
            language: localeName(value.language, i18n.language),
          })}
        </Alert>
      )}
      {chosen && !isSendable(chosen.status) && (
        <Alert color="orange" variant="light">
          {t('campaigns.composer.cloud.chosenUnavailable', {
            name: chosen.name,
            reason: t(`campaigns.template.statusReason.${templateStatusKey(chosen.status)}`),
          })}
        </Alert>
      )}
    </Stack>
  )
}

interface OptionProps {
  template: CloudTemplate
  category: (template: CloudTemplate) => string
}

/** One template in the list: its name and status, language and category, and the text or why not. */
function TemplateOption({ template, category }: OptionProps) {
  const { t, i18n } = useTranslation()
  const sendable = isSendable(template.status)
  return (
    <Stack gap={2} w="100%" miw={0}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text fz="sm" fw={600} truncate className={classes.name}>
          {template.name}
        </Text>
        <TemplateStatusBadge status={template.status} />
      </Group>
      <Text fz="xs" c="dimmed">
        {localeName(template.language, i18n.language)} · {category(template)}
      </Text>
      {sendable ? (
        <Text fz="xs" c="dimmed" lineClamp={1}>
          {template.body}
        </Text>
      ) : (
        <Text fz="xs" c="orange.9">
          {t(`campaigns.template.statusReason.${templateStatusKey(template.status)}`)}
        </Text>
      )}
    </Stack>
  )
}
