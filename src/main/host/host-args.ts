import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { languages } from '../../shared/settings'
import { originOf } from '../core/cloud-api/server-address'
import { recoveryActions } from '../core/db/recovery/run-recovery'
import { defaultDataDir } from './default-data-dir'

const argsSchema = z.object({
  dataDir: z.string().min(1),
  port: z.coerce.number().int().min(0).max(65535),
  lang: z.enum(languages).optional(),
  /** Tests only: time runs this many times faster (see scaled-clock). */
  timeScale: z.coerce.number().min(1).max(10_000).default(1),
  /** Tests only: the clock starts at this moment (ISO 8601). */
  clockStart: z
    .string()
    .refine((text) => !Number.isNaN(Date.parse(text)), { message: 'not a date' })
    .optional(),
  /** A damaged database: restore the newest good copy, or start empty keeping the opt-out list. */
  recover: z.enum(recoveryActions).optional(),
  /**
   * Tests only: a Cloud API test server's origin (http(s)://host:port) a number may be connected
   * to besides Meta's. Without it only https://graph.facebook.com is accepted.
   */
  cloudTestServer: z
    .string()
    .refine((text) => originOf(text) !== null, { message: 'not an origin (http(s)://host:port)' })
    .optional(),
  /**
   * Tests only: SIGUSR2 ends the core's worker, as a crash of its native code would, so that
   * starting it again (and what the page shows meanwhile) can be tested.
   */
  testCoreStop: z.boolean(),
})
export type HostArgs = z.infer<typeof argsSchema>

export const hostUsage = [
  'usage: node out/main/host.js [--data-dir DIR] [--port N] [--lang ru|en] [--recover newest-copy|empty-keeping-opt-outs] [--time-scale N --clock-start ISO --cloud-test-server ORIGIN --test-core-stop (tests only)]',
  '  --recover  only when the database is damaged (the host then says so and shows both):',
  '             newest-copy             restore the newest daily copy that passes the checks',
  "             empty-keeping-opt-outs  start an empty database keeping the opt-out list and the number's sends",
].join('\n')

/** Parses the host's command line; throws an Error whose message says what is wrong. */
export function parseHostArgs(argv: string[]): HostArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      lang: { type: 'string' },
      'time-scale': { type: 'string' },
      'clock-start': { type: 'string' },
      recover: { type: 'string' },
      'cloud-test-server': { type: 'string' },
      'test-core-stop': { type: 'boolean' },
    },
    strict: true,
  })
  const parsed = argsSchema.safeParse({
    dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
    port: values.port ?? '0',
    lang: values.lang,
    timeScale: values['time-scale'] ?? '1',
    clockStart: values['clock-start'],
    recover: values.recover,
    cloudTestServer: values['cloud-test-server'],
    testCoreStop: values['test-core-stop'] ?? false,
  })
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`)
    throw new Error(`${problems.join('; ')}\n${hostUsage}`)
  }
  return parsed.data
}
