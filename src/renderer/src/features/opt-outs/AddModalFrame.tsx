import { Modal } from '@mantine/core'
import type { ReactNode } from 'react'

export interface AddModalProps {
  opened: boolean
  onClose: () => void
}

/** The modal around a way of putting numbers on the list (pasted, or a file). */
export function AddModalFrame({
  opened,
  onClose,
  title,
  children,
}: AddModalProps & { title: string; children: ReactNode }) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={title}
      closeOnClickOutside={false}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {/* The modal's content unmounts when it closes: each opening starts empty. */}
      {children}
    </Modal>
  )
}
