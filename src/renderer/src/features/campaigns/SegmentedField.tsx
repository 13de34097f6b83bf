import { Input, SegmentedControl, type MantineSize } from '@mantine/core'
import type { ReactNode } from 'react'

interface Props {
  label: string
  data: { value: string; label: string }[]
  value: string
  onChange: (value: string) => void
  size: MantineSize
  disabled?: boolean
  /** What the choice brings up under it (e.g. the start time for "later"). */
  children?: ReactNode
}

/** A labelled choice of a few options, as wide as its options rather than the form. */
export function SegmentedField({ label, children, ...control }: Props) {
  return (
    <Input.Wrapper label={label}>
      <SegmentedControl display="flex" mt={4} w="fit-content" aria-label={label} {...control} />
      {children}
    </Input.Wrapper>
  )
}
