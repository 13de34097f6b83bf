import { ScrollArea, Stack, Table, Text, Title } from '@mantine/core'

interface Column {
  label: string
  /** What the file had, as it had it: monospace, broken anywhere. */
  raw?: boolean
}

interface Props {
  title: string
  lineLabel: string
  /** The columns after the line number. */
  columns: readonly Column[]
  /** The lines shown (the first ones), each with one text per column. */
  rows: readonly { line: number; cells: readonly string[] }[]
  /** How many there were in all: more than shown adds a line saying so. */
  total: number
  /** That line, given how many are shown of how many. */
  cappedText: (shown: number, total: number) => string
}

/** The lines of a text or file that could not be taken, by line number, with why. */
export function ProblemLinesTable({ title, lineLabel, columns, rows, total, cappedText }: Props) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      <ScrollArea.Autosize mah={260} type="auto">
        <Table striped verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{lineLabel}</Table.Th>
              {columns.map((column) => (
                <Table.Th key={column.label}>{column.label}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, position) => (
              // A line may have more than one problem: the position keeps keys apart.
              <Table.Tr key={position}>
                <Table.Td>{row.line}</Table.Td>
                {columns.map((column, index) => (
                  <Table.Td
                    key={column.label}
                    ff={column.raw ? 'monospace' : undefined}
                    style={column.raw ? { wordBreak: 'break-all' } : undefined}
                  >
                    {row.cells[index]}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {total > rows.length && (
        <Text size="xs" c="dimmed">
          {cappedText(rows.length, total)}
        </Text>
      )}
    </Stack>
  )
}
