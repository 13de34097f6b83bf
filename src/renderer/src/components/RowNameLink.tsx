import { Anchor } from '@mantine/core'

interface Props {
  name: string
  onOpen: () => void
}

/** A row's name as the button that opens it; long names wrap instead of widening the table. */
export function RowNameLink({ name, onOpen }: Props) {
  return (
    <Anchor
      component="button"
      type="button"
      fw={600}
      fz="sm"
      ta="left"
      style={{ wordBreak: 'break-word' }}
      onClick={onOpen}
    >
      {name}
    </Anchor>
  )
}
