import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from './trusted-url'

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://wa.me/79161234567?text=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82',
    'https://api.whatsapp.com/send?phone=79161234567',
    'https://web.whatsapp.com/send?phone=79161234567&text=hi',
    'whatsapp://send?phone=79161234567&text=hi',
    'https://faq.whatsapp.com/',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true))

  it.each([
    'http://wa.me/79161234567',
    'https://wa.me.evil.example/79161234567',
    'https://evil.example/?u=https://wa.me/',
    'https://evil.example/wa.me',
    'https://user:pass@wa.me/79161234567',
    'https://wa.me@evil.example/',
    'https://wa.me:8443/79161234567',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://wa.me/share',
    'WA.ME/79161234567',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false))
})
