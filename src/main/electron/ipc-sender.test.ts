import { describe, expect, it } from 'vitest'
import { appPageUrl } from './app-page'
import { isFromAppPage, type ContentsFacts, type FrameFacts } from './ipc-sender'
import { createWindowPolicy } from './window-policy'

const appPage = appPageUrl
const { isAppPage } = createWindowPolicy(appPage)

/** A webContents with its top frame and, like Electron, one object per frame. */
function contents(url: string): ContentsFacts & { mainFrame: { url: string } } {
  return { mainFrame: { url } }
}

describe('isFromAppPage', () => {
  it("answers the app window's top frame showing the app page", () => {
    const app = contents(`${appPage}#/contacts`)
    expect(isFromAppPage({ sender: app, senderFrame: app.mainFrame }, app, isAppPage)).toBe(true)
  })

  it('refuses another webContents, even one showing the app page', () => {
    const app = contents(appPage)
    const other = contents(appPage)
    expect(isFromAppPage({ sender: other, senderFrame: other.mainFrame }, app, isAppPage)).toBe(
      false,
    )
  })

  it('checks the sender on its own, not only through the frame', () => {
    const app = contents(appPage)
    const other = contents(appPage)
    expect(isFromAppPage({ sender: other, senderFrame: app.mainFrame }, app, isAppPage)).toBe(false)
  })

  it("refuses a sub-frame inside the app's window, even one showing the app page", () => {
    const app = contents(appPage)
    const iframe: FrameFacts = { url: appPage }
    expect(isFromAppPage({ sender: app, senderFrame: iframe }, app, isAppPage)).toBe(false)
  })

  it('refuses the app window once its top frame shows another page', () => {
    const app = contents(appPage)
    app.mainFrame.url = 'https://evil.example/'
    expect(isFromAppPage({ sender: app, senderFrame: app.mainFrame }, app, isAppPage)).toBe(false)
  })

  it.each([
    // The same built page opened as a file is not the app's page any more.
    'file:///opt/Rupor/resources/app.asar/out/renderer/index.html',
    'app://rupor/favicon.svg',
    'app://other/index.html',
    'app://rupor.evil.example/index.html',
    'http://localhost:5173/',
  ])('refuses the app window while its top frame shows %s', (url) => {
    const app = contents(url)
    expect(isFromAppPage({ sender: app, senderFrame: app.mainFrame }, app, isAppPage)).toBe(false)
  })

  it('refuses a call whose frame is already gone', () => {
    const app = contents(appPage)
    expect(isFromAppPage({ sender: app, senderFrame: null }, app, isAppPage)).toBe(false)
  })
})
