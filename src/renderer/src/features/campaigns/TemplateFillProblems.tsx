import { Alert, List, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { CampaignTemplate } from '../../../../shared/cloud-api'
import { fillableProblems, type FillProblem } from '../../../../shared/template-fill'
import { isMediaKind } from '../../../../shared/template-parts'

/** One thing Rupor cannot fill, in a sentence. */
export function fillProblemText(
  problem: Partial<Record<string, unknown>> & { problem: string },
  t: TFunction,
): string {
  const button = typeof problem.button === 'string' ? problem.button : ''
  const kind = typeof problem.kind === 'string' ? problem.kind : ''
  const type = typeof problem.type === 'string' ? problem.type : ''
  // A problem a newer core names that this screen does not know reads as the general one.
  if (!isKnownProblem(problem.problem)) return t('campaigns.composer.cloud.fill.other')
  return t(`campaigns.composer.cloud.fill.${problem.problem}`, {
    button,
    type,
    kind: isMediaKind(kind) ? t(`campaigns.composer.cloud.fill.kinds.${kind}`) : kind,
  })
}

const knownProblems: readonly string[] = [
  'location_header',
  'unknown_header',
  'media_missing',
  'media_wrong_kind',
  'url_value_missing',
  'code_missing',
  'code_too_long',
  'unsupported_button',
  'template_changed',
] satisfies FillProblem['problem'][]
const isKnownProblem = (problem: string): problem is FillProblem['problem'] =>
  knownProblems.includes(problem)

/** A reason on its own starts a sentence: «в заголовке…» → «В заголовке…». */
const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/** Problems the owner fixes in the fields above (a file, a button's value) are shown there. */
const fixedInPlace = new Set<FillProblem['problem']>([
  'media_missing',
  'url_value_missing',
  'code_missing',
])

/**
 * What keeps the chosen template from being sent at all: a location header, a button Rupor
 * cannot fill, a code too long… The start refuses it with the same reason.
 */
export function TemplateFillProblems({
  template,
  showAll,
}: {
  template: CampaignTemplate
  /** The start was tried: the problems fixed in place are listed too. */
  showAll: boolean
}) {
  const { t } = useTranslation()
  const problems = fillableProblems(template, template).filter(
    (p) => showAll || !fixedInPlace.has(p.problem),
  )
  if (problems.length === 0) return null
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('campaigns.composer.cloud.fill.title')}
      role="alert"
    >
      {problems.length === 1 && problems[0] ? (
        <Text fz="sm">{sentence(fillProblemText(problems[0], t))}</Text>
      ) : (
        <List size="sm">
          {problems.map((problem, index) => (
            <List.Item key={index}>{sentence(fillProblemText(problem, t))}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  )
}
