import type { CallName, CallOutput, ParsedInput } from '../../shared/api'

/** One function per call of the contract, taking the already-validated input. */
export type Handlers = {
  [K in CallName]: (input: ParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>>
}
