// Russian texts of "saved the shop's number" (card, contact book, bulk mark) and of a list's reach
// by a list message sent from the phone.
export const savedNumberRu = {
  field: {
    label: 'Сохранил(а) наш номер',
    hint: 'Рассылку с телефона (WhatsApp Business, «Новая рассылка») получают только те, у кого наш номер записан в телефоне.',
    option: {
      yes: 'Да',
      likely: 'Вероятно',
      no: 'Нет',
      unknown: 'Неизвестно',
    },
    source: {
      owner: 'отметили вы, {{when}}',
      import: 'из файла, {{when}}',
      importFile: 'из файла {{file}}, {{when}}',
      wrote_first: 'клиент написал нам первым, {{when}}',
      qr: 'клиент написал по QR-коду, {{when}}',
    },
  },
  filter: {
    label: 'Фильтр: сохранил(а) ли наш номер',
    any: 'Наш номер: все',
    yes: 'Наш номер: сохранили',
    likely: 'Наш номер: вероятно',
    no: 'Наш номер: не сохранили',
    unknown: 'Наш номер: неизвестно',
  },
  listChip: 'Из списка «{{name}}»',
  listChipClear: 'Показать не только людей из списка',
  bulk: {
    button: 'Отметить: сохранил(а) наш номер',
    yes: 'Да, сохранил(а)',
    no: 'Нет, не сохранил(а)',
    unknown: 'Неизвестно',
    done_one: 'Отмечен {{count,number}} контакт',
    done_few: 'Отмечено {{count,number}} контакта',
    done_many: 'Отмечено {{count,number}} контактов',
    done_other: 'Отмечено {{count,number}} контакта',
    nothingChanged: 'У всех выбранных уже так и отмечено.',
    failed: 'Не удалось отметить',
  },
  reach: {
    title: 'Рассылка с телефона',
    loading: 'Считаем, до кого дойдёт рассылка с телефона…',
    loadFailed: 'Не удалось посчитать, до кого дойдёт рассылка с телефона',
    summary: 'Дойдёт до {{reached,number}} из {{members,number}}',
    likely: 'из них «вероятно» — {{count,number}}: писали нам первыми',
    explain:
      'Сообщение рассылки WhatsApp получают только те, кто сохранил ваш номер у себя в телефоне. Рупор считает тех, кому можно писать и кто сохранил номер (да или вероятно).',
    allReached: 'Дойдёт до всех: всем в списке можно писать, и все сохранили наш номер.',
    missTitle: 'Не дойдёт:',
    miss: {
      not_eligible: 'нельзя писать — {{count,number}}',
      not_saved: 'не сохранили наш номер — {{count,number}}',
      saved_unknown: 'неизвестно, сохранили ли номер — {{count,number}}',
    },
    showAll: 'Показать ещё {{count,number}}',
    showLess: 'Свернуть',
    openInBook: 'Открыть в контактах',
    markYes: 'Отметить: сохранили',
  },
}
