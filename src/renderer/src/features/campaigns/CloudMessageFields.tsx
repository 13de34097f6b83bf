import { Alert, Stack, Title } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { paramKey, type CloudTemplate } from '../../../../shared/cloud-api'
import type { ComposerForm } from './composer-form'
import { chooseTemplate, templateMessageLanguage, type ParamProblem } from './template-mapping'
import { TemplateMessage } from './TemplateMessage'
import { TemplateFillProblems } from './TemplateFillProblems'
import { TemplateHeaderFileField } from './TemplateHeaderFileField'
import { TemplateOptOutNote } from './TemplateOptOutNote'
import { describeParam } from './describe-param'
import { TemplateParamsFields } from './TemplateParamsFields'
import { TemplatePicker } from './TemplatePicker'

interface Props {
  senderId: number
  form: ComposerForm
  /** The picker's problem (none chosen, or placeholders left to fill). */
  error: string | undefined
  paramProblems: Record<string, ParamProblem>
  onChange: (change: Partial<ComposerForm>) => void
}

/**
 * The message on a Cloud API number: an approved template, its text, and where each of its
 * placeholders takes its value from. Takes the place of the text, its language and its add-ons.
 */
export function CloudMessageFields({ senderId, form, error, paramProblems, onChange }: Props) {
  const { t } = useTranslation()
  const template = form.template

  const pick = (picked: CloudTemplate) => {
    // The template's own language decides "friend" or «друг», and the campaign's language.
    const language = templateMessageLanguage(picked.language, form.language)
    onChange({ language, template: chooseTemplate(picked, form.template, language) })
  }

  return (
    <Stack gap="md">
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} py="xs">
        {t('campaigns.composer.cloud.notice')}
      </Alert>
      <TemplatePicker senderId={senderId} value={template} error={error} onPick={pick} />
      {template && (
        <>
          <Stack gap={4}>
            <Title order={3} size="h6">
              {t('campaigns.composer.cloud.text')}
            </Title>
            <TemplateMessage
              template={template}
              describe={(placeholder) => describeParam(template.params[paramKey(placeholder)], t)}
            />
          </Stack>
          <TemplateFillProblems template={template} showAll={false} />
          <TemplateHeaderFileField
            senderId={senderId}
            template={template}
            showMissing={error !== undefined}
            onChange={(headerMedia) => {
              onChange({ template: { ...template, headerMedia } })
            }}
          />
          <TemplateParamsFields
            template={template}
            language={form.language}
            problems={paramProblems}
            onChange={(params) => {
              onChange({ template: { ...template, params } })
            }}
          />
          <TemplateOptOutNote template={template} />
        </>
      )}
    </Stack>
  )
}
