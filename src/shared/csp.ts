// The renderer's Content-Security-Policy: no inline or remote script, no plugins, no framing.
// Styles allow 'unsafe-inline' because Mantine writes its CSS variables into a <style> element.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
