import { Button, Group, type MantineColor, type MantineSpacing } from '@mantine/core'

interface Props {
  cancelLabel: string
  onCancel: () => void
  confirmLabel: string
  /** The confirmation is running: its button spins and cannot be pressed again. */
  busy: boolean
  disabled?: boolean
  color?: MantineColor
  /** Without it, the confirm button submits the form the actions stand in. */
  onConfirm?: () => void
  /** For a confirmation that destroys something: Enter on opening must not do it. */
  focusCancel?: boolean
  gap?: MantineSpacing
}

/** A modal's last row: cancel, then the button that does what the modal is for. */
export function ModalActions({
  cancelLabel,
  onCancel,
  confirmLabel,
  busy,
  disabled,
  color,
  onConfirm,
  focusCancel,
  gap,
}: Props) {
  return (
    <Group justify="flex-end" gap={gap}>
      <Button variant="default" onClick={onCancel} data-autofocus={focusCancel}>
        {cancelLabel}
      </Button>
      <Button
        type={onConfirm ? 'button' : 'submit'}
        color={color}
        loading={busy}
        disabled={disabled}
        onClick={onConfirm}
      >
        {confirmLabel}
      </Button>
    </Group>
  )
}
