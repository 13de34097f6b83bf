import { describe, expect, it } from 'vitest'
import {
  characterCount,
  findLinks,
  findPromoWords,
  linkHost,
  shortenerLinks,
  shoutingCount,
} from './text-signals'

describe('findLinks', () => {
  it.each([
    { text: 'без ссылок', links: [] },
    {
      text: 'каталог: https://flowers.example/catalog',
      links: ['https://flowers.example/catalog'],
    },
    { text: 'http://a.example и www.b.example/x', links: ['http://a.example', 'www.b.example/x'] },
    { text: 'https://www.shop.example — один', links: ['https://www.shop.example'] },
    { text: 'короткая: bit.ly/abc', links: ['bit.ly/abc'] },
    { text: 'почта info@bit.ly/abc не ссылка', links: [] },
    { text: 'orbit.ly/x не сокращатель', links: [] },
    { text: 'тутhttps://a.example', links: [] },
    { text: 'HTTPS://A.EXAMPLE', links: ['HTTPS://A.EXAMPLE'] },
  ])('$text', ({ text, links }) => {
    expect(findLinks(text)).toEqual(links)
  })
})

describe('shortenerLinks', () => {
  it.each([
    { text: 'https://bit.ly/3abc', count: 1 },
    { text: 'https://www.bit.ly/3abc', count: 1 },
    { text: 'vk.cc/abc и clck.ru/xyz', count: 2 },
    { text: 'https://t.co/abc.', count: 1 },
    { text: 'http://tinyurl.com/abc?x=1', count: 1 },
    { text: 'https://rb.gy/abc', count: 1 },
    { text: 'https://notbit.ly/abc', count: 0 },
    { text: 'https://flowers.example/bit.ly', count: 0 },
    { text: 'https://shop.example', count: 0 },
  ])('$text → $count', ({ text, count }) => {
    expect(shortenerLinks(text)).toHaveLength(count)
  })

  it('reads a host without scheme, www. or trailing punctuation', () => {
    expect(linkHost('https://WWW.Bit.LY/abc')).toBe('bit.ly')
    expect(linkHost('www.shop.example.')).toBe('shop.example')
    expect(linkHost('http://shop.example:8080/x')).toBe('shop.example')
  })
})

describe('characterCount', () => {
  it.each([
    { text: '', count: 0 },
    { text: 'abc', count: 3 },
    { text: 'привет', count: 6 },
    { text: '🌷🌷', count: 2 },
  ])('$text → $count', ({ text, count }) => {
    expect(characterCount(text)).toBe(count)
  })
})

describe('shoutingCount', () => {
  it.each([
    { text: 'Добрый день, ваш заказ готов.', count: 0 },
    { text: 'Готово!', count: 1 },
    { text: 'Готово!!!', count: 3 },
    { text: 'СКИДКА ВСЕМ', count: 2 },
    { text: 'SALE today', count: 1 },
    { text: 'Ответьте СТОП', count: 1 },
    // Two capitals is an abbreviation, not shouting.
    { text: 'ИП Петров, OK', count: 0 },
    { text: 'Ёлки ЁЖИК', count: 1 },
    { text: 'SALE50 и СУПЕР-ЦЕНА!!', count: 5 },
    { text: 'ссылка https://SHOP.EXAMPLE/SALE', count: 0 },
    { text: 'Mixed Case Words', count: 0 },
  ])('$text → $count', ({ text, count }) => {
    expect(shoutingCount(text)).toBe(count)
  })
})

describe('findPromoWords', () => {
  it.each([
    { text: 'Ваш заказ готов, забрать можно до 19:00.', words: [] },
    { text: 'Скидки на пионы', words: ['скидк'] },
    { text: 'СКИДКА 20% и АКЦИЯ', words: ['скидк', 'акци'] },
    { text: 'Дёшево и выгодно', words: ['выгод', 'дешев'] },
    { text: 'Купите сейчас', words: ['купи'] },
    { text: 'Купить розы', words: ['купи'] },
    { text: 'Вы купили у нас розы', words: [] },
    { text: 'бесплатная доставка', words: ['бесплатн'] },
    { text: 'Только   сегодня!', words: ['только сегодня'] },
    { text: 'Успейте до пятницы', words: ['успей'] },
    { text: 'промокод ROSES', words: ['промокод'] },
    // A stem counts only at a word start.
    { text: 'нераспродажный остаток', words: [] },
    { text: 'Big SALE, free delivery', words: ['sale', 'free'] },
    { text: 'sales and deals', words: ['sale', 'deal'] },
    { text: 'freedom, buyer, offering', words: [] },
    { text: 'Limited time offer: 20% off', words: ['offer', 'limited time', '% off'] },
    { text: 'Розы −30% до пятницы', words: ['−N%'] },
    { text: 'promotion and promocode', words: ['promo'] },
    { text: 'каталог: https://shop.example/sale/skidki', words: [] },
  ])('$text', ({ text, words }) => {
    expect(findPromoWords(text).sort()).toEqual([...words].sort())
  })
})
