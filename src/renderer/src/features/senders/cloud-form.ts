// The Cloud API part of the sender form and the `cloud.connect` input it becomes. The token is
// never read back from the core, so the field always starts empty; empty means "keep the stored one".
import {
  cloudConnectSchema,
  defaultCloudApiVersion,
  defaultCloudBaseUrl,
  type CloudConnection,
  type CloudConnectInput,
} from '../../../../shared/cloud-api'

export interface CloudForm {
  phoneNumberId: string
  wabaId: string
  token: string
  apiVersion: string
  baseUrl: string
}

export type CloudField = keyof CloudForm

/** What is wrong with a field, as a key under `senders.cloud.problems`. */
export type CloudProblem =
  | 'required'
  | 'digits'
  | 'apiVersion'
  | 'baseUrl'
  | 'tokenRequired'
  | 'tokenFormat'
  /** The core takes Meta's address only (a test server's only in test builds). */
  | 'baseUrlNotAllowed'
  /** The address differs from the stored one: the stored token does not follow it. */
  | 'tokenForNewAddress'
export type CloudProblems = Partial<Record<CloudField, CloudProblem>>

export function toCloudForm(cloud: CloudConnection | null): CloudForm {
  return {
    phoneNumberId: cloud?.phoneNumberId ?? '',
    wabaId: cloud?.wabaId ?? '',
    token: '',
    apiVersion: cloud?.apiVersion ?? defaultCloudApiVersion,
    baseUrl: cloud?.baseUrl ?? defaultCloudBaseUrl,
  }
}

/**
 * The form as it is sent: where the core allows Meta's address alone (the desktop app), the
 * address field is not shown and Meta's address is what goes, whatever was stored before.
 */
export function effectiveCloudForm(form: CloudForm, testServersAllowed: boolean): CloudForm {
  return testServersAllowed ? form : { ...form, baseUrl: defaultCloudBaseUrl }
}

/** The address as the core stores it: no trailing slash, Meta's when left empty. */
const addressOf = (baseUrl: string): string =>
  baseUrl.trim().replace(/\/+$/, '') || defaultCloudBaseUrl

/** Whether saving would move a connected number to another server (its token must come anew). */
export function addressChanged(form: CloudForm, savedBaseUrl: string | undefined): boolean {
  return savedBaseUrl !== undefined && addressOf(form.baseUrl) !== addressOf(savedBaseUrl)
}

/** The call's input; a blank token is left out so the stored one is kept. */
export function toCloudConnectInput(form: CloudForm, senderId: number): CloudConnectInput {
  const token = form.token.trim()
  return {
    senderId,
    phoneNumberId: form.phoneNumberId.trim(),
    wabaId: form.wabaId.trim(),
    apiVersion: form.apiVersion.trim() || defaultCloudApiVersion,
    baseUrl: addressOf(form.baseUrl),
    ...(token === '' ? {} : { token }),
  }
}

/**
 * The problem an issue of the contract's schema names, by the field it is on: the schema's own
 * messages (digits_only, api_version_format, base_url_format) and its lengths all come down to
 * one sentence per field. Used for the form's own check and for the core's answer alike.
 */
export function cloudProblemOf(path: string, message = ''): [CloudField, CloudProblem] | undefined {
  // The core's own refusals of an address and of a token left behind by a change of address.
  if (path === 'baseUrl' && message === 'base_url_not_allowed') return [path, 'baseUrlNotAllowed']
  if (path === 'token' && message === 'token_for_new_address') return [path, 'tokenForNewAddress']
  switch (path) {
    case 'phoneNumberId':
    case 'wabaId':
      return [path, 'digits']
    case 'apiVersion':
      return [path, 'apiVersion']
    case 'baseUrl':
      return [path, 'baseUrl']
    case 'token':
      return [path, 'tokenFormat']
    default:
      return undefined
  }
}

/**
 * What the form can see before saving, by the contract's own schema, so that a sender is not
 * saved half-connected for a typo. A token is required the first time only.
 */
export function cloudProblems(
  form: CloudForm,
  hasToken: boolean,
  /** The address stored now, for a connected number: moving it needs the token again. */
  savedBaseUrl?: string,
): CloudProblems {
  const problems: CloudProblems = {}
  if (form.phoneNumberId.trim() === '') problems.phoneNumberId = 'required'
  if (form.wabaId.trim() === '') problems.wabaId = 'required'
  if (form.token.trim() === '' && addressChanged(form, savedBaseUrl) && hasToken)
    problems.token = 'tokenForNewAddress'
  else if (form.token.trim() === '' && !hasToken) problems.token = 'tokenRequired'
  const parsed = cloudConnectSchema.safeParse(toCloudConnectInput(form, 1))
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const found = cloudProblemOf(issue.path.join('.'))
      if (found) problems[found[0]] ??= found[1]
    }
  }
  return problems
}

/** The server's address without "https://", for a short line on the card. */
export function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host
  } catch {
    return baseUrl
  }
}
