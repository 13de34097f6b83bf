import { useApiQuery } from '../../api/use-api-query'

/** The likely stops waiting for the owner, asked again whenever replies or opt-outs change. */
export function useRepliesToReview() {
  return useApiQuery('replies.toReview', {}, { refreshOn: ['replies.changed', 'optOuts.changed'] })
}
