// Russian texts of the ban-risk meter: the gauge, what raises the risk, what to do, the forecast.
export const riskRu = {
  title: 'Риск блокировки',
  senderTitle: 'Риск блокировки номера',
  gauge: 'Риск блокировки: {{level}}',
  score: '{{score,number}} из 100',
  level: {
    low: 'низкий',
    medium: 'средний',
    high: 'высокий',
    blocked: 'отправка невозможна',
  },
  summary: {
    low: 'Можно запускать: WhatsApp вряд ли примет это за спам.',
    medium: 'Запускать можно, но лучше сначала исправить то, что ниже.',
    high: 'Номер могут заблокировать. Исправьте хотя бы первое из списка ниже.',
    blocked: 'Рупор не станет отправлять, пока не устранена причина ниже.',
  },
  /** A phone broadcast: the owner sends it, not Rupor. */
  phoneSummary: {
    low: 'Можно отправлять с телефона: WhatsApp вряд ли примет это за спам.',
    medium: 'Отправить можно, но лучше сначала исправить то, что ниже.',
    high: 'Номер могут заблокировать. Исправьте хотя бы первое из списка ниже.',
    blocked: 'Эту рассылку сейчас отправлять нельзя: причина ниже.',
  },
  senderSummary: {
    low: 'С номером всё спокойно.',
    medium: 'Номер стоит поберечь: посмотрите, что ниже.',
    high: 'Номер под угрозой блокировки: отправляйте меньше и реже.',
    blocked: 'С этого номера сейчас ничего не отправится.',
  },
  mainFactor: 'Больше всего влияет: {{factor}}',
  noFactors: 'Ничего не повышает риск.',
  factorsLabel: 'Что повышает риск',
  points: '+{{points,number}}',
  pointsLabel: 'Добавляет {{points,number}} из 100',
  noSender: 'Выберите номер, и Рупор оценит риск блокировки.',
  failed: 'Не удалось оценить риск',
  retry: 'Попробовать ещё раз',
  updating: 'Пересчитываем…',
  factor: {
    hour_headroom: 'Много сообщений за час',
    new_chat_headroom: 'Много новых чатов за сутки',
    active_headroom: 'Много активных чатов',
    tier_headroom: 'Близко к суточному лимиту Meta',
    pacing: 'Слишком ровные паузы',
    sender_age: 'Молодой номер',
    list_size: 'Большой список',
    cold_contacts: 'Без согласия и переписки',
    message_length: 'Длинный текст',
    links: 'Ссылки в тексте',
    link_shortener: 'Сокращённые ссылки',
    shouting: 'Заглавные буквы и «!»',
    promo_words: 'Рекламные слова',
    no_personalisation: 'Всем одинаковый текст',
    no_opt_out: 'Нельзя отказаться от рассылки',
    night_sending: 'Сообщения ночью',
    opt_out_rate: 'Много отписок',
    failure_rate: 'Много недоставленных',
    recent_block: 'Недавняя блокировка',
    list_message_frequency: 'Частые рассылки тем же людям',
    pacing_holds: 'Meta задерживает сообщения',
  },
  /** What was measured, with the value already written in its unit. */
  measure: {
    hour_headroom: 'Занято {{value}} лимита на час',
    new_chat_headroom: 'Нужно {{value}} сегодняшнего лимита новых чатов',
    active_headroom: 'Занято {{value}} лимита активных чатов',
    tier_headroom: 'Занято {{value}} суточного лимита Meta',
    pacing: 'Паузы различаются всего на {{value}}',
    sender_age: 'Разогрев номера: день {{day,number}} из {{total,number}}',
    list_size: '{{value}} из {{max}}',
    cold_contacts: '{{value}} получателей не давали согласия и ни разу вам не писали',
    message_length: '{{value}}',
    links: 'Ссылок: {{value}}',
    link_shortener: 'Сокращённых ссылок: {{value}}',
    shouting: 'Слов заглавными буквами и знаков «!»: {{value}}',
    promo_words: 'Рекламных слов: {{value}}',
    no_personalisation: 'В тексте нет имени: все получат одно и то же',
    no_opt_out: 'В сообщении не сказано, как отписаться',
    night_sending: 'У {{value}} получателей в это время ночь',
    opt_out_rate: 'За 30 дней отписались {{value}} получателей',
    failure_rate: 'За 30 дней не доставлено {{value}} сообщений',
    recent_block: 'Блокировка закончилась {{value}} назад',
    list_message_frequency: 'Рассылок с телефона этим людям за 7 дней: {{value}}',
    pacing_holds:
      'За 7 дней Meta задержала на проверку качества или отбросила сообщений: {{value}}. Так Meta реагирует на жалобы и может заблокировать весь бизнес-портфель',
    other: '{{value}}, риск растёт от {{threshold}}',
    overLimit_one: 'В {{count,number}} раз больше, чем позволяет лимит',
    overLimit_few: 'В {{count,number}} раза больше, чем позволяет лимит',
    overLimit_many: 'В {{count,number}} раз больше, чем позволяет лимит',
    overLimit_other: 'В {{count,number}} раза больше, чем позволяет лимит',
  },
  unit: {
    people_one: '{{count,number}} человек',
    people_few: '{{count,number}} человека',
    people_many: '{{count,number}} человек',
    people_other: '{{count,number}} человека',
    days_one: '{{count,number}} день',
    days_few: '{{count,number}} дня',
    days_many: '{{count,number}} дней',
    days_other: '{{count,number}} дня',
    characters_one: '{{count,number}} символ',
    characters_few: '{{count,number}} символа',
    characters_many: '{{count,number}} символов',
    characters_other: '{{count,number}} символа',
    lessThanDay: 'меньше суток',
    seconds: '{{count,number}}\u00a0с',
    minutes: '{{count,number}}\u00a0мин',
  },
  /** One concrete thing to do, as a sentence or a button. */
  fix: {
    add_opt_out: 'Добавить строку об отписке',
    add_name: 'Обращаться к каждому по имени',
    template_opt_out: 'Выбрать шаблон с кнопкой или строкой для отказа от рассылки',
    template_name: 'Выбрать шаблон, в который подставляется имя покупателя',
    narrow_to_consent_one:
      'Оставить только тех, кто дал согласие или уже переписывался с вами ({{count,number}} человек)',
    narrow_to_consent_few:
      'Оставить только тех, кто дал согласие или уже переписывался с вами ({{count,number}} человека)',
    narrow_to_consent_many:
      'Оставить только тех, кто дал согласие или уже переписывался с вами ({{count,number}} человек)',
    narrow_to_consent_other:
      'Оставить только тех, кто дал согласие или уже переписывался с вами ({{count,number}} человека)',
    start_at: 'Начать {{when}}',
    shorten_text_one: 'Сократить текст до {{count,number}} символа',
    shorten_text_few: 'Сократить текст до {{count,number}} символов',
    shorten_text_many: 'Сократить текст до {{count,number}} символов',
    shorten_text_other: 'Сократить текст до {{count,number}} символа',
    full_links: 'Писать ссылки полностью, без сокращателей вроде bit.ly',
    fewer_links: 'Оставить в тексте одну ссылку',
    no_link: 'Убрать ссылку из первого сообщения: её можно прислать, когда человек ответит',
    calm_text: 'Писать спокойнее: без слов заглавными буквами и лишних «!»',
    plain_words:
      'Сказать о предложении своими словами — например, «для вас цены ниже на 20%» вместо «скидка 20%»: слова вроде «акция», «купите» чаще принимают за спам',
    smaller_list_one: 'Не больше {{count,number}} человека в одном списке',
    smaller_list_few: 'Не больше {{count,number}} человек в одном списке',
    smaller_list_many: 'Не больше {{count,number}} человек в одном списке',
    smaller_list_other: 'Не больше {{count,number}} человека в одном списке',
    fewer_people_one:
      'Не больше {{count,number}} человека в этой рассылке — остальным напишите в другой день',
    fewer_people_few:
      'Не больше {{count,number}} человек в этой рассылке — остальным напишите в другой день',
    fewer_people_many:
      'Не больше {{count,number}} человек в этой рассылке — остальным напишите в другой день',
    fewer_people_other:
      'Не больше {{count,number}} человека в этой рассылке — остальным напишите в другой день',
    wider_gaps: 'В настройках номера сделать паузы от {{min}} до {{max}}',
    daytime_window: 'Отправлять только днём: с {{start}} до {{end}}',
    wait_warm_up_one: 'Не торопиться: номеру осталось {{count,number}} день разогрева',
    wait_warm_up_few: 'Не торопиться: номеру осталось {{count,number}} дня разогрева',
    wait_warm_up_many: 'Не торопиться: номеру осталось {{count,number}} дней разогрева',
    wait_warm_up_other: 'Не торопиться: номеру осталось {{count,number}} дня разогрева',
    clean_numbers: 'Убрать из списков номера, на которые сообщения не доходят',
    ask_consent: 'Сначала спросить покупателей, согласны ли они получать рассылку',
    wait_after_block: 'Номер только что вышел из блокировки: лучше начать не раньше, чем {{when}}',
    less_often: 'Реже: не чаще раза в неделю',
    send_after: 'Отправить с телефона не раньше, чем {{when}}',
  },
  when: {
    today: 'сегодня в {{time}}',
    tomorrow: 'завтра в {{time}}',
    day: '{{day}} в {{time}}',
  },
  refusalTitle: 'Рупор не будет отправлять',
  refusal: {
    sender_blocked:
      'WhatsApp заблокировал этот номер. Пока вы не разберётесь с блокировкой, с него ничего не уйдёт.',
    sender_blocked_until:
      'WhatsApp заблокировал этот номер, блокировка закончится {{when}}. До тех пор с него ничего не уйдёт.',
    list_over_maximum:
      'В списке {{people}}, а в рассылку WhatsApp можно взять не больше {{limit,number}}. Разделите список на части.',
    gap_under_minimum:
      'Пауза между сообщениями — {{value,number}}\u00a0с, а нужно не меньше {{limit,number}}\u00a0с. Увеличьте её в настройках номера.',
  },
  forecast: {
    label: 'Когда закончится',
    finishesAll: 'Все рассылки номера закончатся примерно {{when}}',
    finishes: 'Закончится примерно {{when}}',
    spans_one: 'займёт {{count,number}} день',
    spans_few: 'займёт {{count,number}} дня',
    spans_many: 'займёт {{count,number}} дней',
    spans_other: 'займёт {{count,number}} дня',
    messages_one: '{{count,number}} сообщение',
    messages_few: '{{count,number}} сообщения',
    messages_many: '{{count,number}} сообщений',
    messages_other: '{{count,number}} сообщения',
    beyond_one:
      'Не закончится и за {{count,number}} день: {{messages}} — это слишком много для номера',
    beyond_few:
      'Не закончится и за {{count,number}} дня: {{messages}} — это слишком много для номера',
    beyond_many:
      'Не закончится и за {{count,number}} дней: {{messages}} — это слишком много для номера',
    beyond_other:
      'Не закончится и за {{count,number}} дня: {{messages}} — это слишком много для номера',
    nothing: 'Отправлять некому: все уже получили сообщение или их нельзя беспокоить',
    noList: 'Выберите список, и Рупор скажет, когда рассылка закончится',
    nothingForSender: 'Сейчас у номера нет идущих рассылок',
    refused: 'Не начнётся, пока не устранена причина, по которой Рупор не будет отправлять',
    failed: 'Не удалось рассчитать, когда закончится',
    loading: 'Считаем, когда закончится…',
    perDay: 'По дням',
    dayLine: '{{day}}: {{messages}}',
    atOnce: 'Все сразу, когда вы отправите с телефона',
  },
  /** A phone broadcast: who the list message reaches, and who it misses (reach, not risk). */
  reach: {
    label: 'Кому дойдёт рассылка',
    reached: 'Рассылка с телефона дойдёт до: {{people}}.',
    notOnPhone:
      'Ещё не в рассылке на телефоне: {{people}} — телефон пришлёт её только тем, кто в ней есть. Добавьте их на странице списка, в разделе «На телефоне».',
    missed:
      'Не дойдёт до: {{people}} — они не сохранили номер магазина в телефоне (или это неизвестно), а рассылка WhatsApp приходит только тем, у кого номер сохранён. Это не риск блокировки, а охват: попросите их сохранить номер или написать вам по QR-коду.',
  },
  /** A phone broadcast that may not go now, and why. */
  listMessageRefusalTitle: 'Эту рассылку сейчас отправлять нельзя',
  listMessageRefusal: {
    removals_pending: 'Сначала удалите из рассылки на телефоне: {{names}}.',
    no_phone_list:
      'У этого списка ещё нет рассылки на телефоне: создайте её на странице списка, в разделе «На телефоне».',
    list_sent_recently:
      'Этому списку уже отправляли рассылку за последние сутки: одному списку — не чаще раза в сутки. Следующую можно {{when}}.',
    overlaps_recent:
      'За последние сутки другая рассылка уже дошла до: {{names}}. Одному человеку — не больше одной рассылки в сутки; эту можно {{when}}.',
    active_limit:
      'С этой рассылкой за сутки будет {{n,number}} активных чатов, а можно не больше {{limit,number}}.',
    new_chat_limit:
      'С этой рассылкой за сутки будет {{n,number}} новых чатов, а номеру сейчас можно не больше {{limit,number}} в сутки (с учётом прогрева).',
    sender_blocked:
      'WhatsApp заблокировал этот номер: пока блокировка не снята, рассылку отправлять нельзя.',
    sender_blocked_until:
      'WhatsApp заблокировал этот номер до {{when}}: до тех пор рассылку отправлять нельзя.',
    until: 'Можно будет {{when}}.',
    smaller: 'Разделите список или уберите из него тех, кто ещё не переписывался с вами.',
    andMore: '{{names}} и ещё {{n,number}}',
  },
  composer: {
    consentSuffix: 'с согласием',
    narrowed: 'Рассылка пойдёт по новому списку «{{name}}»',
    nameAdded: 'В текст добавлено обращение по имени',
    optOutAdded: 'В конец сообщения добавлена строка об отписке',
    startSet: 'Рассылка начнётся: {{when}}',
    fixFailed: 'Не получилось исправить',
  },
}
