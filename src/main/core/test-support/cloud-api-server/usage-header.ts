// `X-Business-Use-Case-Usage`: Graph's per-business usage report. When a rate limit answers
// (codes 4, 80007), `estimated_time_to_regain_access` (minutes) tells a client when to resume.

export const USAGE_HEADER = 'x-business-use-case-usage'

/** Codes that come with the usage header even when no minutes were scripted. */
export const CODES_WITH_USAGE = new Set([4, 80007])

export function usageHeader(wabaId: string, regainMinutes: number): Record<string, string> {
  const usage = {
    [wabaId]: [
      {
        type: 'whatsapp',
        call_count: 100,
        total_cputime: 1,
        total_time: 1,
        estimated_time_to_regain_access: regainMinutes,
      },
    ],
  }
  return { [USAGE_HEADER]: JSON.stringify(usage) }
}
