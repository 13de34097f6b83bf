// Russian texts of the first-run guide.
export const firstRunRu = {
  title: 'С чего начать',
  progress: 'Сделано {{done}} из {{total}}',
  close: 'Скрыть подсказку',
  step: {
    import: 'Загрузите контакты',
    consent: 'Отметьте согласие',
    sender: 'Добавьте номер',
    list: 'Соберите список',
    campaign: 'Запустите рассылку',
  },
  hint: {
    import: 'Файл из Excel, Google Контактов или телефона.',
    consent: 'Писать можно тем, кто согласился получать сообщения.',
    sender: 'Номер WhatsApp, с которого пойдут сообщения.',
    list: 'До 256 человек, которые получат одну рассылку.',
    campaign: 'Текст, список и номер — и Рупор подскажет темп.',
  },
  doneMark: 'Готово',
}
