// Where the desktop app's page lives: a privileged `app://` scheme served from the built renderer
// folder (app-page-file.ts decides each request), not `file://`, which the packaged app's fuses
// strip of its extra privileges and which would make every local file the page's neighbour.

/** The scheme, registered as standard and secure before the app is ready (app-protocol.ts). */
export const appScheme = 'app'

/** The one host the scheme answers: the page's origin is `app://rupor`, its CSP's 'self'. */
export const appHost = 'rupor'

/** The app's page. The window loads it, and only it is answered over IPC (window-policy.ts). */
export const appPageUrl = `${appScheme}://${appHost}/index.html`
