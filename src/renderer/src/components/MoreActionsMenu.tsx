import { ActionIcon, Menu } from '@mantine/core'
import { IconDots } from '@tabler/icons-react'
import type { ReactNode } from 'react'

interface Props {
  /** What the button is for, e.g. "Actions for the list “VIP”": it shows only an icon. */
  label: string
  /** The menu's items. */
  children: ReactNode
}

/** A row's less common actions behind a "⋯" button. */
export function MoreActionsMenu({ label, children }: Props) {
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={label}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  )
}
