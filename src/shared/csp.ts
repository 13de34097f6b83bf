// The renderer's Content-Security-Policy: no inline or remote script, no plugins, no framing.
// Styles allow 'unsafe-inline' because Mantine writes its CSS variables into a <style> element.
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

/** As an HTTP header (the host). */
export const contentSecurityPolicy = [...directives, "frame-ancestors 'none'"].join('; ')

/** As a <meta> tag in the built page (Electron); browsers ignore frame-ancestors there. */
export const contentSecurityPolicyMeta = directives.join('; ')
