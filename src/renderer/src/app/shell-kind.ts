// Which shell the page runs in. The desktop app opens WhatsApp through the core (Electron's shell,
// allow-listed); in a browser the core cannot open anything on the user's screen, so the page
// offers the link itself.
import { createContext, useContext } from 'react'
import type { StartUp } from '../api/transport'

export type ShellKind = StartUp['shell']

export const ShellKindContext = createContext<ShellKind>('desktop')

export const useShellKind = (): ShellKind => useContext(ShellKindContext)
