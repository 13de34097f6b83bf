import { Text, Title } from '@mantine/core'

interface Props {
  title: string
  hint: string
  /** h4 for a page's sections, h5 for a card inside one. */
  size?: 'h4' | 'h5'
}

/** A section's name and, under it, what the section is for. */
export function SectionHeading({ title, hint, size = 'h4' }: Props) {
  return (
    <div>
      <Title order={2} size={size}>
        {title}
      </Title>
      <Text fz="sm" c="dimmed" mt={4}>
        {hint}
      </Text>
    </div>
  )
}
