// Russian texts of what people wrote to a Cloud API number: replies to review, and every reply
// on a person's card and a campaign's page.
export const repliesRu = {
  review: {
    title: 'Ответы на проверку',
    hint: 'Похоже, эти люди просят больше им не писать, но Рупор не уверен. Прочитайте ответ и решите сами: пока вы не решили, человек остаётся в рассылках.',
    more: 'Показаны первые {{shown,number}} из {{total,number}}: остальные появятся, когда вы решите по этим.',
    optOut: 'Это отписка',
    notOptOut: 'Не отписка',
    optOutHint: 'Номер попадёт в список отписавшихся, ответ сохранится в заметке.',
    failed: 'Не удалось сохранить решение',
    loadFailed: 'Не удалось загрузить ответы',
    retry: 'Повторить',
    navBadge_one: '{{count,number}} ответ на проверку',
    navBadge_few: '{{count,number}} ответа на проверку',
    navBadge_many: '{{count,number}} ответов на проверку',
    navBadge_other: '{{count,number}} ответа на проверку',
  },
  list: {
    contactTitle: 'Ответы в WhatsApp',
    campaignTitle: 'Ответы на рассылку',
    campaignHint:
      'Что люди написали в ответ на эту рассылку: на её сообщение или после него. Просьбы больше не писать Рупор выполняет сам.',
    contactHint: 'Всё, что человек написал на номера с Cloud API.',
    empty: 'Пока никто не ответил.',
    who: 'Кто',
    text: 'Ответ',
    when: 'Когда',
    reading: 'Как Рупор понял',
    campaign: 'Рассылка',
    noCampaign: 'не к рассылке',
    unknownPerson: 'нет в контактах',
    via: 'на номер «{{sender}}»',
  },
  reading: {
    stop: 'Отписка',
    maybe_stop: 'Похоже на отписку',
    other: 'Ответ',
  },
  decision: {
    opt_out: 'Вы решили: отписка',
    not_opt_out: 'Вы решили: не отписка',
    waiting: 'Ждёт вашего решения',
  },
}
