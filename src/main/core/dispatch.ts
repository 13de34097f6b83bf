import type { z } from 'zod'
import { calls, isCallName, type CallName, type CallOutput } from '../../shared/api'
import { fail, ok, type ApiError, type Result } from '../../shared/result'
import { storageProblemOf } from './db/storage-problem'
import { CoreError, storageFailure } from './errors'
import type { Handlers } from './handlers'

/**
 * The single door into the core for every shell: checks the call name, validates the raw input
 * against the contract, runs the handler, and wraps whatever happens in the result envelope.
 * It never throws, so a bad payload cannot take the process down.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  rawInput: unknown,
  // The call's name (a name of the contract: checked before anything is logged) says where.
  log: (error: unknown) => void = (error) => {
    console.error(`${name} failed:`, error)
  },
): Promise<Result<CallOutput<CallName>>> {
  if (!isCallName(name)) {
    return fail({ code: 'unknown_call', message: `There is no call named "${name}".` })
  }
  const parsed = calls[name].input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    return fail({
      code: 'invalid_input',
      message: `The input of "${name}" is not valid.`,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
        kind: issue.code,
        ...boundOf(issue),
      })),
    })
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown
    return ok((await handler(parsed.data)) as CallOutput<CallName>)
  } catch (error) {
    return fail(toApiError(error, log))
  }
}

function toApiError(thrown: unknown, log: (error: unknown) => void): ApiError {
  const problem = storageProblemOf(thrown)
  // A full disk or an unwritable folder is the owner's to fix; the original goes to the log too.
  if (problem) log(thrown)
  const error = problem ? storageFailure(problem) : thrown
  if (error instanceof CoreError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
      ...(error.details ? { details: error.details } : {}),
    }
  }
  log(error)
  return {
    code: 'internal',
    message: 'Something went wrong inside Rupor; it was written to the log.',
  }
}

/** The minimum or maximum a too-small or too-big value broke, when it is a plain number. */
function boundOf(issue: z.core.$ZodIssue): { limit?: number; origin?: string } {
  if (issue.code !== 'too_small' && issue.code !== 'too_big') return {}
  const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum
  return typeof bound === 'number' && Number.isFinite(bound)
    ? { limit: bound, origin: issue.origin }
    : { origin: issue.origin }
}
