import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addUtm, utmSlug } from './add-utm'

const tags = 'utm_source=whatsapp&utm_medium=broadcast&utm_campaign=sale'
const spring = 'utm_campaign=%D0%B2%D0%B5%D1%81%D0%BD%D0%B0-2025'

describe('addUtm', () => {
  it.each<[string, string, string, string]>([
    ['a bare link', 'https://shop.ru/sale', 'sale', `https://shop.ru/sale?${tags}`],
    ['http too', 'http://shop.ru/', 'sale', `http://shop.ru/?${tags}`],
    ['a host only', 'https://shop.ru', 'sale', `https://shop.ru?${tags}`],
    ['an upper-case scheme', 'HTTPS://shop.ru/', 'sale', `HTTPS://shop.ru/?${tags}`],
    [
      'existing params kept',
      'https://shop.ru/?id=5&q=a+b',
      'sale',
      `https://shop.ru/?id=5&q=a+b&${tags}`,
    ],
    ['an empty query', 'https://shop.ru/?#top', 'sale', `https://shop.ru/?${tags}#top`],
    [
      'a question after a link',
      'Видели https://shop.ru/sale?',
      'sale',
      `Видели https://shop.ru/sale?${tags}?`,
    ],
    [
      'a "?" inside the query',
      'https://shop.ru/?next=https://a.ru?#x',
      'sale',
      `https://shop.ru/?next=https://a.ru?&${tags}#x`,
    ],
    ['a query ending with &', 'https://shop.ru/?id=5&', 'sale', `https://shop.ru/?id=5&${tags}`],
    ['a fragment kept last', 'https://shop.ru/p#top', 'sale', `https://shop.ru/p?${tags}#top`],
    [
      'params and a fragment',
      'https://shop.ru/p?id=5#reviews',
      'sale',
      `https://shop.ru/p?id=5&${tags}#reviews`,
    ],
    [
      'a "?" inside the fragment is not a query',
      'https://shop.ru/#/cart?step=2',
      'sale',
      `https://shop.ru/?${tags}#/cart?step=2`,
    ],
    [
      'a tag already there is never duplicated',
      'https://shop.ru/?utm_source=vk',
      'sale',
      'https://shop.ru/?utm_source=vk&utm_medium=broadcast&utm_campaign=sale',
    ],
    [
      'whatever the case of the tag',
      'https://shop.ru/?UTM_Campaign=old',
      'sale',
      'https://shop.ru/?UTM_Campaign=old&utm_source=whatsapp&utm_medium=broadcast',
    ],
    [
      'all tags there: untouched',
      'https://shop.ru/?utm_medium=x&utm_source=y&utm_campaign=z',
      'sale',
      'https://shop.ru/?utm_medium=x&utm_source=y&utm_campaign=z',
    ],
    [
      'an empty campaign: source and medium only',
      'https://shop.ru/',
      '',
      'https://shop.ru/?utm_source=whatsapp&utm_medium=broadcast',
    ],
    [
      'a campaign of punctuation only: source and medium only',
      'https://shop.ru/',
      ' !!! ',
      'https://shop.ru/?utm_source=whatsapp&utm_medium=broadcast',
    ],
    [
      'a Cyrillic campaign is percent-encoded',
      'https://shop.ru/',
      'Весна 2025',
      `https://shop.ru/?utm_source=whatsapp&utm_medium=broadcast&${spring}`,
    ],
    [
      'a Cyrillic domain and path stay as written',
      'Заходите: https://магазин.рф/скидки!',
      'sale',
      `Заходите: https://магазин.рф/скидки?${tags}!`,
    ],
    [
      'the end of a sentence',
      'Всё тут: https://shop.ru/sale.',
      'sale',
      `Всё тут: https://shop.ru/sale?${tags}.`,
    ],
    ['an ellipsis', 'https://shop.ru/sale…', 'sale', `https://shop.ru/sale?${tags}…`],
    ['several marks', 'https://shop.ru/sale?!', 'sale', `https://shop.ru/sale?${tags}?!`],
    ['a comma', 'https://a.ru, https://b.ru', 'sale', `https://a.ru?${tags}, https://b.ru?${tags}`],
    ['in brackets', '(см. https://shop.ru/sale)', 'sale', `(см. https://shop.ru/sale?${tags})`],
    [
      'in brackets then a dot',
      '(https://shop.ru/sale).',
      'sale',
      `(https://shop.ru/sale?${tags}).`,
    ],
    ['in square brackets', '[https://shop.ru/]', 'sale', `[https://shop.ru/?${tags}]`],
    [
      "a link's own brackets stay",
      'https://en.wikipedia.org/wiki/Rupor_(app)',
      'sale',
      `https://en.wikipedia.org/wiki/Rupor_(app)?${tags}`,
    ],
    [
      "a link's own brackets, in brackets",
      '(https://en.wikipedia.org/wiki/Rupor_(app))',
      'sale',
      `(https://en.wikipedia.org/wiki/Rupor_(app)?${tags})`,
    ],
    ['in guillemets', '«https://shop.ru/»', 'sale', `«https://shop.ru/?${tags}»`],
    ['in quotes', '"https://shop.ru/"', 'sale', `"https://shop.ru/?${tags}"`],
    ['in WhatsApp bold', '*https://shop.ru/*', 'sale', `*https://shop.ru/?${tags}*`],
    ['in angle brackets', '<https://shop.ru/>', 'sale', `<https://shop.ru/?${tags}>`],
    ['next to emoji', '👉https://shop.ru/ 🎉', 'sale', `👉https://shop.ru/?${tags} 🎉`],
    [
      'across lines',
      'https://a.ru\nhttps://b.ru',
      'sale',
      `https://a.ru?${tags}\nhttps://b.ru?${tags}`,
    ],
    ['no link', 'Скидки в магазине', 'sale', 'Скидки в магазине'],
    [
      'not http(s)',
      'ftp://shop.ru/ mailto:a@b.ru www.shop.ru',
      'sale',
      'ftp://shop.ru/ mailto:a@b.ru www.shop.ru',
    ],
    ['not a URL', 'https:// and https://[x', 'sale', 'https:// and https://[x'],
  ])('%s', (_, text, campaign, expected) => {
    expect(addUtm(text, campaign)).toBe(expected)
  })

  it('gives a link URL reads with every tag once', () => {
    const tagged = addUtm('https://shop.ru/p?id=5&utm_source=vk#x', 'Весна 2025')
    const url = new URL(tagged)
    expect(url.searchParams.getAll('utm_source')).toEqual(['vk'])
    expect(url.searchParams.getAll('utm_medium')).toEqual(['broadcast'])
    expect(url.searchParams.getAll('utm_campaign')).toEqual(['весна-2025'])
    expect(url.searchParams.get('id')).toBe('5')
    expect(url.hash).toBe('#x')
  })

  const link = fc
    .tuple(
      fc.constantFrom('https://shop.ru', 'http://магазин.рф', 'https://a.b.example:8443'),
      fc.constantFrom('', '/', '/sale', '/wiki/A_(b)', '/скидки'),
      fc.constantFrom('', '?', '?id=5', '?utm_source=vk', '?a=1&', '?UTM_MEDIUM=x&b=%20'),
      fc.constantFrom('', '#top', '#/cart?x=1'),
    )
    .map((parts) => parts.join(''))
  const around = fc.constantFrom(
    '',
    ' ',
    '.',
    '!',
    ')',
    '(',
    '«',
    '»',
    ',',
    '…',
    '*',
    '\n',
    'Привет ',
    '🎉',
  )
  const message = fc
    .array(fc.oneof(link, around, fc.string()), { maxLength: 8 })
    .map((pieces) => pieces.join(''))
  const campaign = fc.oneof(fc.constantFrom('', 'sale', 'Весна 2025', 'Black Friday!'), fc.string())

  it('is idempotent', () => {
    fc.assert(
      fc.property(message, campaign, (text, name) => {
        const once = addUtm(text, name)
        expect(addUtm(once, name)).toBe(once)
      }),
    )
  })

  it('leaves a text without links as it is', () => {
    fc.assert(
      fc.property(fc.string(), campaign, (text, name) => {
        fc.pre(!/https?:\/\//i.test(text))
        expect(addUtm(text, name)).toBe(text)
      }),
    )
  })

  it('gives every link each tag exactly once', () => {
    const count = (url: URL, key: string) =>
      Array.from(url.searchParams.keys()).filter((k) => k.toLowerCase() === key).length
    fc.assert(
      fc.property(
        link.filter((l) => !l.endsWith('?')),
        campaign,
        (l, name) => {
          const url = new URL(addUtm(l, name))
          expect(count(url, 'utm_source')).toBe(1)
          expect(count(url, 'utm_medium')).toBe(1)
          expect(count(url, 'utm_campaign')).toBe(utmSlug(name) === '' ? 0 : 1)
        },
      ),
    )
  })
})

describe('utmSlug', () => {
  it.each([
    ['sale', 'sale'],
    ['Black Friday', 'black-friday'],
    ['  Весна   2025!  ', 'весна-2025'],
    ['ЁЛКА', 'ёлка'],
    ['a_b-c.d', 'a_b-c-d'],
    ['__x__', 'x'],
    ['🎉 Sale 🎉', 'sale'],
    ['ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
    ['', ''],
    ['!!!', ''],
  ])('%j → %j', (campaign, slug) => {
    expect(utmSlug(campaign)).toBe(slug)
  })
})
