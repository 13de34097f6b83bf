import { Paper, SimpleGrid, Text, type MantineColor } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export interface CountCard {
  key: string
  value: number
  /** The number's colour when it is not zero. */
  color: MantineColor
  label: string
  hint: string
}

/** What an operation did as counts side by side, each with its meaning; zeros are dimmed. */
export function CountCards({ cards, cols = 3 }: { cards: readonly CountCard[]; cols?: number }) {
  const { i18n } = useTranslation()
  return (
    <SimpleGrid cols={cols} spacing="sm">
      {cards.map((card) => (
        <Paper key={card.key} withBorder p="sm" radius="md" role="group" aria-label={card.label}>
          <Text fz={28} fw={700} lh={1.1} c={card.value > 0 ? card.color : 'dimmed'}>
            {card.value.toLocaleString(i18n.language)}
          </Text>
          <Text fw={600} size="sm">
            {card.label}
          </Text>
          <Text size="xs" c="dimmed">
            {card.hint}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  )
}
