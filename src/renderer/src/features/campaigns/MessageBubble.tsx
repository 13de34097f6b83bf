import { Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import classes from './MessageBubble.module.css'

/** A chat's background, as in WhatsApp, holding message bubbles. */
export function ChatBackdrop({ children }: { children: ReactNode }) {
  return (
    <Stack gap={6} className={classes.chat}>
      {children}
    </Stack>
  )
}

interface Props {
  /** Who gets it, shown above the bubble. */
  to?: string
  text: string
  /** Small print in the corner (the length, or the time). */
  meta?: string
}

/** One outgoing message the way WhatsApp shows it. */
export function MessageBubble({ to, text, meta }: Props) {
  return (
    <>
      {to !== undefined && <Text className={classes.to}>{to}</Text>}
      <div className={classes.bubble}>
        {text}
        {meta !== undefined && <span className={classes.meta}>{meta}</span>}
      </div>
    </>
  )
}
