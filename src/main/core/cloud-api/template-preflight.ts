// Before a campaign starts or resumes: a template Rupor cannot fill completely is refused with
// the first thing it cannot fill, so the owner can fix it (or choose another) before anyone is
// messaged.
import type { CampaignTemplate, CloudTemplate } from '../../../shared/cloud-api'
import { fillableProblems, type FillProblem } from '../../../shared/template-fill'
import { CoreError } from '../errors'

const describe = (problem: FillProblem): string => {
  switch (problem.problem) {
    case 'location_header':
      return 'its header is a location'
    case 'unknown_header':
      return 'its header is of a kind Rupor does not know'
    case 'media_missing':
      return `its ${problem.kind} header has no file`
    case 'media_wrong_kind':
      return `its header is now a ${problem.kind}`
    case 'url_value_missing':
      return `the button "${problem.button}" needs the end of its address`
    case 'code_missing':
      return `the button "${problem.button}" needs its code`
    case 'code_too_long':
      return `the code of "${problem.button}" is too long`
    case 'unsupported_button':
      return `the button "${problem.button}" (${problem.type}) cannot be filled`
    case 'template_changed':
      return 'it changed at Meta since it was chosen'
  }
}

/** Throws template_unfillable naming the first problem; `current` is Meta's template now. */
export function assertFillable(current: CloudTemplate, campaign: CampaignTemplate): void {
  const [problem] = fillableProblems(current, campaign)
  if (problem === undefined) return
  throw new CoreError(
    'template_unfillable',
    `Rupor cannot fill the template ${campaign.name}: ${describe(problem)}.`,
    undefined,
    {
      name: campaign.name,
      problem: problem.problem,
      ...('button' in problem ? { button: problem.button } : {}),
      ...('kind' in problem ? { kind: problem.kind } : {}),
      ...('type' in problem ? { type: problem.type } : {}),
    },
  )
}
