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
  /** The message; parts of it may be marked up (a template's header, footer, placeholders). */
  text: ReactNode
  /** Small print in the corner (the length, or the time). */
  meta?: string
  /** A template's buttons, shown under the bubble as WhatsApp does. */
  buttons?: readonly string[]
}

/** One outgoing message the way WhatsApp shows it. */
export function MessageBubble({ to, text, meta, buttons = [] }: Props) {
  const bubble = (
    <div className={classes.bubble}>
      {text}
      {meta !== undefined && <span className={classes.meta}>{meta}</span>}
    </div>
  )
  return (
    <>
      {to !== undefined && <Text className={classes.to}>{to}</Text>}
      {buttons.length === 0 ? (
        bubble
      ) : (
        <div className={classes.withButtons}>
          {bubble}
          {buttons.map((label, index) => (
            <div key={`${String(index)}-${label}`} className={classes.button}>
              {label}
            </div>
          ))}
        </div>
      )}
    </>
  )
}

/** A template's header line inside a bubble: bold, as WhatsApp shows it. */
export function BubbleHeader({ children }: { children: ReactNode }) {
  return <span className={classes.header}>{children}</span>
}

/** A template's footer inside a bubble: small and grey. */
export function BubbleFooter({ children }: { children: ReactNode }) {
  return <span className={classes.footer}>{children}</span>
}

/** A placeholder of a template, marked so the owner sees what will be filled in. */
export function PlaceholderMark({ children, title }: { children: ReactNode; title?: string }) {
  return (
    <mark className={classes.placeholder} title={title}>
      {children}
    </mark>
  )
}
