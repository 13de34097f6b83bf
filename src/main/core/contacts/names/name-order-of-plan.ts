// The name order an import plan reads its full names in, when the plan was made without one.
import type { NameOrder } from '../../../../shared/imports'
import type { ImportPlan } from '../import/import-plan'
import { orderOfHeader } from './guess-name-order'

const fromHeader = new WeakMap<ImportPlan, NameOrder>()

/** The plan's own order, else the one its full-name column's header names ("ФИО"), else First Last. */
export function nameOrderOf(plan: ImportPlan): NameOrder {
  if (plan.nameOrder) return plan.nameOrder
  let order = fromHeader.get(plan)
  if (order === undefined) {
    const column = plan.mapping.indexOf('fullName')
    order = (column === -1 ? null : orderOfHeader(plan.headers[column] ?? '')) ?? 'first_last'
    fromHeader.set(plan, order)
  }
  return order
}
