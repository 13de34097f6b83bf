// Which URLs the app may hand to the operating system. Parsed with URL, never matched as text,
// so "https://wa.me.evil.example" or "https://evil.example/?wa.me" do not pass.
const whatsappHosts = new Set([
  'wa.me',
  'api.whatsapp.com',
  'web.whatsapp.com',
  'whatsapp.com',
  'www.whatsapp.com',
  'faq.whatsapp.com',
  'business.whatsapp.com',
])

export function isAllowedExternalUrl(candidate: string): boolean {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  if (url.username !== '' || url.password !== '') return false
  if (url.protocol === 'whatsapp:') return true
  return url.protocol === 'https:' && url.port === '' && whatsappHosts.has(url.hostname)
}
