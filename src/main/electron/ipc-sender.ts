/**
 * Who sent an IPC call, in the shape Electron's IpcMainInvokeEvent has (sender: WebContents,
 * senderFrame: WebFrameMain | null), so the decision is testable without Electron.
 */
export interface FrameFacts {
  readonly url: string
}
export interface ContentsFacts {
  readonly mainFrame: FrameFacts
}
export interface SenderFacts {
  readonly sender: ContentsFacts
  readonly senderFrame: FrameFacts | null
}

/**
 * True only for the app window's own top frame while it shows the app's page: not another
 * window or webContents, not an iframe inside the app, not the window after it went elsewhere.
 */
export function isFromAppPage(
  event: SenderFacts,
  appContents: ContentsFacts,
  isAppPage: (url: string) => boolean,
): boolean {
  const frame = event.senderFrame
  return (
    event.sender === appContents &&
    frame !== null &&
    frame === appContents.mainFrame &&
    isAppPage(frame.url)
  )
}
