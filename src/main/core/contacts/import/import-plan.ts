import type { MappingTarget } from '../../../../shared/imports'

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
}
