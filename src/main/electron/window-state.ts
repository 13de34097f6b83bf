import { screen, type BrowserWindow, type Rectangle } from 'electron'
import Store from 'electron-store'

interface WindowState {
  bounds?: Rectangle
  maximized?: boolean
}

const defaults = { width: 1200, height: 800 }

/** Remembers the window's size and place across runs, ignoring a place on a display now gone. */
export function createWindowState() {
  const store = new Store<WindowState>({ name: 'window-state' })

  const visible = (bounds: Rectangle): boolean =>
    screen.getAllDisplays().some(({ workArea: area }) => {
      const x = Math.max(bounds.x, area.x)
      const y = Math.max(bounds.y, area.y)
      const overlapW = Math.min(bounds.x + bounds.width, area.x + area.width) - x
      const overlapH = Math.min(bounds.y + bounds.height, area.y + area.height) - y
      return overlapW >= 100 && overlapH >= 100
    })

  return {
    initialBounds(): Partial<Rectangle> & { width: number; height: number } {
      const saved = store.get('bounds')
      return saved && visible(saved) ? saved : defaults
    },
    wasMaximized: (): boolean => store.get('maximized') ?? false,
    track(window: BrowserWindow): void {
      const save = (): void => {
        store.set('maximized', window.isMaximized())
        if (!window.isMaximized() && !window.isMinimized()) store.set('bounds', window.getBounds())
      }
      window.on('resized', save)
      window.on('moved', save)
      window.on('close', save)
    },
  }
}
