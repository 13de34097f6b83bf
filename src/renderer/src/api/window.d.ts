// The preload's bridge, present only inside the desktop app.
import type { RuporBridge } from '../../../shared/bridge'

declare global {
  interface Window {
    rupor?: RuporBridge
  }
}
