import {
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  paramKey,
  type CampaignTemplate,
  type TemplateParam,
  type TemplatePlaceholder,
} from '../../../../shared/cloud-api'
import type { TemplateButton } from '../../../../shared/template-parts'
import type { MessageLanguage } from './composer-form'
import { PlaceholderMark } from './MessageBubble'
import {
  contactFields,
  fieldParam,
  isContactField,
  type FieldParam,
  type ParamProblem,
} from './template-mapping'

interface Props {
  template: CampaignTemplate
  language: MessageLanguage
  /** Shown once a save or a start was tried, keyed as the params are. */
  problems: Record<string, ParamProblem>
  onChange: (params: CampaignTemplate['params']) => void
}

/** For each placeholder of the template: a contact field with its fallback, or one text for all. */
export function TemplateParamsFields({ template, language, problems, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs">
      <div>
        <Title order={3} size="h6">
          {t('campaigns.composer.cloud.mapping')}
        </Title>
        <Text fz="xs" c="dimmed">
          {template.placeholders.length === 0
            ? t('campaigns.composer.cloud.noPlaceholders')
            : t('campaigns.composer.cloud.mappingHint')}
        </Text>
      </div>
      {template.placeholders.map((placeholder) => {
        const key = paramKey(placeholder)
        return (
          <ParamRow
            key={key}
            placeholder={placeholder}
            button={
              placeholder.component === 'button'
                ? template.buttonDetails?.[Number(placeholder.key)]
                : undefined
            }
            param={template.params[key] ?? { kind: 'fixed', value: '' }}
            language={language}
            problem={problems[key]}
            onChange={(param) => {
              onChange({ ...template.params, [key]: param })
            }}
          />
        )
      })}
    </Stack>
  )
}

interface RowProps {
  placeholder: TemplatePlaceholder
  /** The button whose value this is (a URL's end, a copy code). */
  button?: TemplateButton | undefined
  param: TemplateParam
  language: MessageLanguage
  problem: ParamProblem | undefined
  onChange: (param: TemplateParam) => void
}

function ParamRow({ placeholder, button, param, language, problem, onChange }: RowProps) {
  const { t } = useTranslation()
  // A button's value is named by the button: «Смотреть», not its index.
  const mark = button ? button.text : `{{${placeholder.key}}}`
  // A header's {{1}} and the body's {{1}} are two placeholders: their inputs' names say which.
  const name =
    placeholder.component === 'header'
      ? `${mark} (${t('campaigns.composer.cloud.inHeader')})`
      : button
        ? t('campaigns.composer.cloud.buttonName', { label: button.text })
        : mark
  const problemText = problem && t(`campaigns.composer.cloud.problems.${problem}`)
  return (
    <Paper withBorder radius="sm" p="sm">
      <Stack gap={8}>
        <Group justify="space-between" gap="xs">
          <Group gap={6}>
            <PlaceholderMark>{mark}</PlaceholderMark>
            {placeholder.component === 'header' && (
              <Text fz="xs" c="dimmed">
                {t('campaigns.composer.cloud.inHeader')}
              </Text>
            )}
            {button && (
              <Text fz="xs" c="dimmed">
                {button.kind === 'copy_code'
                  ? t('campaigns.composer.cloud.buttonCode')
                  : t('campaigns.composer.cloud.buttonUrl', { url: button.url ?? '' })}
              </Text>
            )}
          </Group>
          <SegmentedControl
            size="xs"
            aria-label={t('campaigns.composer.cloud.sourceLabel', { placeholder: name })}
            value={param.kind}
            data={[
              { value: 'field', label: t('campaigns.composer.cloud.source.field') },
              { value: 'fixed', label: t('campaigns.composer.cloud.source.fixed') },
            ]}
            onChange={(kind) => {
              if (kind === param.kind) return
              onChange(
                kind === 'field'
                  ? fieldParam('first_name', language)
                  : { kind: 'fixed', value: '' },
              )
            }}
          />
        </Group>
        {param.kind === 'field' ? (
          <Group grow align="flex-start" gap="sm">
            <Select
              label={t('campaigns.composer.cloud.field')}
              aria-label={`${t('campaigns.composer.cloud.field')} ${name}`}
              data={contactFields.map((field) => ({
                value: field,
                label: t(`campaigns.composer.placeholder.${field}`),
              }))}
              value={param.field}
              allowDeselect={false}
              onChange={(field) => {
                if (field !== null && isContactField(field)) {
                  onChange(withField(param, field, language))
                }
              }}
            />
            <TextInput
              label={t('campaigns.composer.cloud.fallback')}
              aria-label={`${t('campaigns.composer.cloud.fallback')} ${name}`}
              value={param.fallback}
              maxLength={200}
              error={problem === 'fallbackRequired' ? problemText : undefined}
              onChange={(event) => {
                onChange({ ...param, fallback: event.currentTarget.value })
              }}
            />
          </Group>
        ) : (
          <TextInput
            label={t('campaigns.composer.cloud.fixedValue')}
            aria-label={`${t('campaigns.composer.cloud.fixedValue')} ${name}`}
            value={param.value}
            maxLength={1000}
            error={problem === 'required' ? problemText : undefined}
            onChange={(event) => {
              onChange({ kind: 'fixed', value: event.currentTarget.value })
            }}
          />
        )}
      </Stack>
    </Paper>
  )
}

/** Another field keeps a fallback the owner typed, but not the old field's default one. */
function withField(
  param: FieldParam,
  field: FieldParam['field'],
  language: MessageLanguage,
): FieldParam {
  const wasDefault = param.fallback === fieldParam(param.field, language).fallback
  return {
    ...param,
    field,
    fallback: wasDefault ? fieldParam(field, language).fallback : param.fallback,
  }
}
