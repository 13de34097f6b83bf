import type { MappingTarget, NameOrder } from '../../../../shared/imports'

/** A column mapped to `phone`, with the column that labels it in the same row, if the file has one. */
export interface PhoneColumn {
  index: number
  /** e.g. Google's "Phone 1 - Label" next to "Phone 1 - Value". */
  labelIndex: number | null
  /** The label the header itself gives, e.g. Outlook's "Mobile Phone". */
  headerLabel: string
}

/** How every row of one file becomes a contact. */
export interface ImportPlan {
  headers: string[]
  mapping: MappingTarget[]
  phones: PhoneColumn[]
  /** Lower is preferred when choosing the number a broadcast goes to. */
  phonePriority: (label: string) => number
  /**
   * How the full-name column's words are ordered, for every row (guessed from the header and a
   * sample of values, or the owner's choice). Absent: as the column's header says, else First Last.
   */
  nameOrder?: NameOrder
}
