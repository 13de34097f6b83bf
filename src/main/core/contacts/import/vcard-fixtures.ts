// Test-only: vCard files as phones and mail programs export them, written for these tests after
// the formats (iOS Contacts, Android's vCard 2.1 exporter, Outlook 2007, Google Contacts, vCard
// 4.0 as RFC 6350 and macOS write it). Nothing here is used by the app itself.
import iconv from 'iconv-lite'

/** Quoted-printable of `text` in `charset`, every non-ASCII byte as =XX (as Android writes it). */
export function quotedPrintable(text: string, charset = 'utf8'): string {
  return [...iconv.encode(text, charset)]
    .map((byte) =>
      byte >= 0x21 && byte <= 0x7e && byte !== 0x3d
        ? String.fromCharCode(byte)
        : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('')
}

/** Folds a quoted-printable value at 76 characters with soft breaks ("=" at the line end). */
function softBreaks(value: string, width = 74): string {
  const lines: string[] = []
  let rest = value
  while (rest.length > width) {
    let cut = width
    // Never cut inside an =XX escape.
    if (rest[cut - 1] === '=') cut -= 1
    else if (rest[cut - 2] === '=') cut -= 2
    lines.push(`${rest.slice(0, cut)}=`)
    rest = rest.slice(cut)
  }
  lines.push(rest)
  return lines.join('\r\n')
}

/** A JPEG-sized run of base64 (deterministic), as a phone attaches a contact's photo. */
export function photoBase64(bytes: number, seed = 1): string {
  const data = Buffer.alloc(bytes)
  let x = seed * 2654435761
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    data[i] = x >>> 24
  }
  data[0] = 0xff
  data[1] = 0xd8
  return data.toString('base64')
}

/** vCard 3.0/4.0 folding: 75 characters a line, continuations start with a space. */
export function folded(line: string, width = 75): string {
  const parts = [line.slice(0, width)]
  for (let i = width; i < line.length; i += width - 1)
    parts.push(` ${line.slice(i, i + width - 1)}`)
  return parts.join('\r\n')
}

/** vCard 2.1 base64 (Android, Outlook): indented lines, ended by an empty line. */
function base64Block(data: string): string {
  const lines: string[] = []
  for (let i = 0; i < data.length; i += 76) lines.push(`  ${data.slice(i, i + 76)}`)
  return `${lines.join('\r\n')}\r\n\r\n`
}

const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`

/**
 * iOS Contacts (Share → all contacts), vCard 3.0: built-in labels as types, the owner's labels
 * and iOS's own ones as `itemN.X-ABLabel`, two faxes and a pager, a photo, a fax-only company.
 */
export function iphoneVcf(): string {
  return crlf([
    'BEGIN:VCARD',
    'VERSION:3.0',
    'PRODID:-//Apple Inc.//iPhone OS 17.5//EN',
    'N:Кузнецова;Елена;Викторовна;;',
    'FN:Елена Викторовна Кузнецова',
    'ORG:Салон «Лилия»;',
    'item1.TEL;type=pref:+7 (495) 111-22-33',
    'item1.X-ABLabel:Рабочий',
    'item2.TEL:+7 (916) 111-22-33',
    'item2.X-ABLabel:_$!<Mobile>!$_',
    'TEL;type=HOME;type=FAX:+7 (495) 111-22-34',
    'item3.TEL:+7 (495) 111-22-35',
    'item3.X-ABLabel:_$!<WorkFAX>!$_',
    'item4.EMAIL;type=INTERNET;type=pref:elena@example.ru',
    'item4.X-ABLabel:_$!<Other>!$_',
    'NOTE:Постоянная покупательница\\, скидка 5%\\nЛюбит пионы',
    folded(`PHOTO;ENCODING=b;TYPE=JPEG:${photoBase64(30_000)}`),
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:3.0',
    'PRODID:-//Apple Inc.//iPhone OS 17.5//EN',
    'N:Морозов;Дмитрий;;;',
    'FN:Дмитрий Морозов',
    'item1.TEL:8 (812) 222-33-44',
    'item1.X-ABLabel:_$!<Main>!$_',
    'TEL;type=IPHONE;type=CELL;type=VOICE:+7 925 222-33-44',
    'TEL;type=CELL;type=VOICE;type=pref:+7 903 222-33-44',
    'TEL;type=PAGER:+7 916 000-00-01',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:3.0',
    'PRODID:-//Apple Inc.//iPhone OS 17.5//EN',
    'N:;;;;',
    'FN:ООО «Вектор»',
    'ORG:ООО «Вектор»;',
    'TEL;type=WORK;type=FAX:+7 (495) 333-44-55',
    'END:VCARD',
  ])
}

/**
 * Android's contacts app (Import/export → Export to .vcf), vCard 2.1: names and notes in
 * quoted-printable UTF-8 with soft line breaks and a CR LF inside the note, a photo; in the same
 * file a card an old phone wrote in Windows-1251 (bytes, not quoted-printable), one in KOI8-R, and
 * one in plain UTF-8 without a CHARSET.
 */
export function androidVcf(): Buffer {
  const qp = (text: string, charset = 'utf8') => softBreaks(quotedPrintable(text, charset))
  const utf8Card =
    crlf([
      'BEGIN:VCARD',
      'VERSION:2.1',
      `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp('Соколов;Андрей;Игоревич;;')}`,
      `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp('Андрей Соколов')}`,
      'TEL;CELL;PREF:+79161234501',
      'TEL;WORK:84957654301',
      'TEL;HOME;FAX:84957654302',
      'EMAIL;HOME:sokolov@example.ru',
      `NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp('Опт: берёт упаковку по 10 штук, платит по счёту\r\nСкидка 7%')}`,
      `PHOTO;ENCODING=BASE64;JPEG:${photoBase64(8_000, 2).slice(0, 70)}`,
    ]) +
    base64Block(photoBase64(8_000, 2).slice(70)) +
    crlf(['END:VCARD'])
  const win1251Card = iconv.encode(
    crlf([
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=WINDOWS-1251:Петрова;Ирина;Алексеевна;;',
      'FN;CHARSET=WINDOWS-1251:Ирина Петрова',
      'TEL;CELL:8-926-765-43-02',
      'TEL;X-Склад:8 (495) 765-43-02',
      `NOTE;CHARSET=WINDOWS-1251;ENCODING=QUOTED-PRINTABLE:${quotedPrintable('Звонить после обеда', 'win1251')}`,
      'END:VCARD',
    ]),
    'win1251',
  )
  const koi8Card = iconv.encode(
    crlf([
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=KOI8-R:Смирнов;Олег;;;',
      'TEL;PAGER:+7 916 765-43-09',
      'TEL;VOICE:+7 (916) 765-43-03',
      'END:VCARD',
    ]),
    'koi8-r',
  )
  const plainUtf8Card = Buffer.from(
    crlf([
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N:Фёдоров;Павел;;;',
      'FN:Павел Фёдоров',
      'TEL;CELL:+375 29 765-43-04',
      'END:VCARD',
    ]),
    'utf8',
  )
  return Buffer.concat([Buffer.from(utf8Card, 'latin1'), win1251Card, koi8Card, plainUtf8Card])
}

/**
 * Outlook 2007 (File → Save as → vCard) on a Russian Windows: vCard 2.1 in Windows-1251 with
 * `LANGUAGE=ru`, `TEL;WORK;VOICE`, `TEL;CELL;VOICE`, `TEL;WORK;FAX`, an address label in
 * quoted-printable, X-MS-… properties and the contact's picture.
 */
export function outlookVcf(): Buffer {
  const text = crlf([
    'BEGIN:VCARD',
    'VERSION:2.1',
    'N;LANGUAGE=ru;CHARSET=windows-1251:Васильев;Сергей;Петрович',
    'FN;CHARSET=windows-1251:Васильев Сергей Петрович',
    'ORG;CHARSET=windows-1251:ООО "Стройторг";Снабжение',
    'TITLE;CHARSET=windows-1251:Закупщик',
    'TEL;WORK;VOICE:+7 (495) 555-12-34',
    'TEL;CELL;VOICE:+7 (916) 555-12-34',
    'TEL;WORK;FAX:+7 (495) 555-12-35',
    'ADR;WORK;PREF;CHARSET=windows-1251:;;ул. Ленина, д. 1;Москва;;101000;Россия',
    `LABEL;WORK;PREF;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:${quotedPrintable('ул. Ленина, д. 1', 'win1251')}=0D=0A=`,
    quotedPrintable('Москва 101000', 'win1251'),
    'X-MS-OL-DEFAULT-POSTAL-ADDRESS:2',
    'EMAIL;PREF;INTERNET:vasiliev@example.ru',
    `X-MS-CARDPICTURE;TYPE=JPEG;ENCODING=BASE64:`,
  ])
  const rest = crlf([
    `NOTE;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:${quotedPrintable('Оптовик, счёт на юрлицо', 'win1251')}=0D=0A${quotedPrintable('Звонить до 17:00', 'win1251')}`,
    'X-MS-OL-DESIGN;CHARSET=utf-8:<card xmlns="http://schemas.microsoft.com/office/outlook/12/electronicbusinesscards" ver="1.0" layout="left" bgcolor="ffffff"></card>',
    'REV:20240115T101500Z',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:2.1',
    'N;LANGUAGE=ru:Николаева;Анна',
    'FN:Николаева Анна',
    'TEL;CELL;VOICE:8 903 555-12-36',
    'TEL;PAGER:8 916 555-12-37',
    'END:VCARD',
  ])
  return Buffer.concat([
    iconv.encode(text, 'win1251'),
    Buffer.from(base64Block(photoBase64(6_000, 3))),
    iconv.encode(rest, 'win1251'),
  ])
}

/** Google Contacts (Export → vCard), 3.0: escapes in names, notes, addresses, `item1.X-ABLabel`. */
export function gmailVcf(): string {
  return crlf([
    'BEGIN:VCARD',
    'VERSION:3.0',
    'FN:Мария Ковалёва',
    'N:Ковалёва;Мария;;;',
    'EMAIL;TYPE=INTERNET;TYPE=HOME:maria.k@example.ru',
    'TEL;TYPE=WORK:+7 495 444-55-66',
    'TEL;TYPE=CELL:+7 916 444-55-66',
    'item1.TEL:+7 926 444-55-67',
    'item1.X-ABLabel:WhatsApp',
    'ADR;TYPE=HOME:;;ул. Садовая\\, д. 5;Москва;;;Россия',
    'ORG:ИП Ковалёва\\, цветы',
    folded(
      'NOTE:Заказы по пятницам\\, доставка\\nс 10 до 18\\; самовывоз — склад на Лесной\\, вход со двора\\, код 1234',
    ),
    'CATEGORIES:myContacts,VIP клиенты,Опт',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:3.0',
    'FN:Алексей Гусев\\, прораб',
    'N:Гусев;Алексей;;;',
    'TEL;TYPE=CELL:8 (903) 444-55-68',
    'TEL;TYPE=HOME,FAX:8 495 444-55-69',
    'item1.TEL:8 495 444-55-70',
    'item1.X-ABLabel:Склад',
    'CATEGORIES:myContacts,starred',
    'END:VCARD',
  ])
}

/** vCard 4.0 (RFC 6350; macOS Contacts, CardDAV servers): tel: URIs, `;ext=`, PREF=1. */
export function vcard40Vcf(): string {
  return [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'FN:Игорь Бондаренко',
    'N:Бондаренко;Игорь;;;',
    'TEL;VALUE=uri;TYPE="work,voice":tel:+7-495-777-88-99;ext=102',
    'TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:+7-916-777-88-99',
    'TEL;VALUE=uri;TYPE=fax:tel:+7-495-777-88-98',
    'EMAIL;TYPE=work:igor@example.ru',
    'NOTE:Офис\\, 3 этаж',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:4.0',
    'FN:Склад на Лесной',
    'TEL;VALUE=uri;TYPE=work:tel:+7-495-777-88-90;ext=5',
    'END:VCARD',
    '',
  ].join('\n')
}
