import { Paper, Table } from '@mantine/core'
import type { ReactNode } from 'react'

interface Props {
  /** The table's accessible name. */
  label: string
  /** Head and body rows. */
  children: ReactNode
}

/** An overview table in a bordered card; on a narrow window it scrolls sideways, not squeezes. */
export function CardTable({ label, children }: Props) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label={label}>
          {children}
        </Table>
      </Table.ScrollContainer>
    </Paper>
  )
}
