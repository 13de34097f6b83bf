// The Russian texts of everything but the first screen (see ru-first.ts): fetched with the first
// lazy section or part (app/rest-of-app.ts), merged into what ru-first.ts already holds.
import { listsRu } from './ru/lists'
import { optOutsRu } from './ru/opt-outs'
import { datesRu } from './ru/dates'
import { campaignsRu } from './ru/campaigns'
import { cloudErrorsRu } from './ru/cloud-errors'
import { sendersRu } from './ru/senders'
import { banCentreRu } from './ru/ban-centre'
import { riskRu } from './ru/risk'
import { resultsRu } from './ru/results'
import { consentRu } from './ru/consent'
import { assistedPlanRu } from './ru/assisted-plan'
import { phoneListsRu } from './ru/phone-lists'
import { phoneBroadcastRu } from './ru/phone-broadcast'
import { optInRu } from './ru/opt-in'
import { updatesRu } from './ru/updates'
export const ruRest = {
  lists: listsRu,
  optOuts: optOutsRu,
  dates: datesRu,
  campaigns: campaignsRu,
  cloudErrors: cloudErrorsRu,
  senders: sendersRu,
  banCentre: banCentreRu,
  risk: riskRu,
  results: resultsRu,
  consentMark: consentRu,
  assistedPlan: assistedPlanRu,
  phoneLists: phoneListsRu,
  phoneBroadcast: phoneBroadcastRu,
  optIn: optInRu,
  updates: updatesRu,
  settings: {
    title: 'Настройки',
    language: 'Язык',
    languageHint: 'Язык меню и подсказок. Меняется сразу.',
    languageSystem: 'Как в системе',
    languageRu: 'Русский',
    languageEn: 'English',
    shopTitle: 'Магазин',
    defaultCountry: 'Страна по умолчанию',
    defaultCountryHint:
      'Для номеров, записанных без кода страны. Например, для России 8 916 123-45-67 станет +7 916 123-45-67.',
    shopName: 'Название магазина',
    shopNameHint: 'Так покупатели узнают вас в сообщениях. До 80\u00a0символов.',
    shopNamePlaceholder: 'Например, Цветы на Садовой',
    save: 'Сохранить',
    saved: 'Настройки сохранены',
    saveFailed: 'Не удалось сохранить настройки',
    loadFailed: 'Не удалось загрузить настройки',
    retry: 'Попробовать ещё раз',
    consentTitle: 'Согласие на рассылку',
    consentHint:
      'Рупор пишет только тем, кто согласился получать сообщения. Тем, кто отказался или отписался, он не напишет никогда.',
    broadcastWithoutConsent: 'Писать и тем, чьё согласие неизвестно',
    broadcastWithoutConsentHint:
      'Например, постоянным покупателям, которые сами оставили номер. Жалобы на рассылку повышают риск блокировки.',
    webAnalyticsTitle: 'Аналитика сайта',
    webAnalytics: 'Пользуетесь ли вы веб-аналитикой на сайте (Яндекс Метрика, Google Analytics)?',
    webAnalyticsHint:
      'Если да, новые рассылки будут добавлять к ссылкам UTM-метки, и в аналитике будет видно, кто пришёл на сайт из WhatsApp.',
    webAnalyticsYes: 'Да',
    webAnalyticsNo: 'Нет',
    notificationsTitle: 'Уведомления',
    notificationsShowNames: 'Показывать имена покупателей в уведомлениях',
    notificationsShowNamesHint:
      'Уведомление «Пора отправить сообщение» видно на заблокированном экране и всем, кто рядом с компьютером. Без имени оно просто зовёт в Рупор.',
    dataTitle: 'Где хранятся данные',
    dataHint:
      'Контакты, списки и рассылки лежат в этой папке на вашем компьютере. Её стоит включить в резервную копию.',
    dataDir: 'Папка с данными',
    databaseFile: 'Файл базы данных',
    logFile: 'Журнал ошибок',
    logFileHint:
      'Что пошло не так внутри Рупора — для поддержки: названия и коды ошибок, без номеров, имён, текстов сообщений и ключей доступа. До 4 файлов по 1\u00a0МБ, старые удаляются.',
    version: 'Версия Рупора: {{version}}',
  },
  countries: {
    RU: 'Россия',
    KZ: 'Казахстан',
    BY: 'Беларусь',
    UA: 'Украина',
    UZ: 'Узбекистан',
    KG: 'Киргизия',
    AM: 'Армения',
    GE: 'Грузия',
    AZ: 'Азербайджан',
    MD: 'Молдова',
    TJ: 'Таджикистан',
    DE: 'Германия',
    GB: 'Великобритания',
    US: 'США',
  },
  importer: {
    title: 'Импорт контактов',
    steps: {
      choose: 'Файл',
      mapping: 'Столбцы',
      running: 'Импорт',
      report: 'Итог',
    },
    choose: {
      drop: 'Перетащите сюда файл с контактами',
      or: 'или',
      pick: 'Выберите файл на компьютере',
      formats:
        'Подойдёт таблица CSV (из Excel, Google Контактов, Outlook) или файл контактов vCard (.vcf) с телефона.',
      privacy: 'Файл не покидает ваш компьютер.',
      uploading: 'Открываем «{{fileName}}»…',
      uploaded: 'Загружено {{percent}}%',
      notSavedTitle: 'Рупору не удалось сохранить файл',
      failedTitle: 'Этот файл не получилось открыть',
      onlyOne: 'Перетащите один файл: Рупор импортирует файлы по одному.',
    },
    mapping: {
      encoding: 'Кодировка',
      encodingHint:
        'Если вместо букв в таблице ниже видно «���», «Ð˜Ð²Ð°Ð½» или «Èâàí», выберите другую кодировку.',
      detectedCsv: 'Таблица CSV · кодировка {{encoding}} · разделитель: {{delimiter}}',
      detectedVcard: 'Файл контактов vCard · кодировка {{encoding}}',
      rows: 'Строк в файле: около {{rows}}',
      hint: 'Рупор сам угадал, что лежит в каждом столбце. Проверьте и, если нужно, поправьте: над столбцом выберите, что в нём.',
      fileTitle: 'Первые строки файла',
      resultTitle: 'Что получится после импорта',
      column: 'Столбец {{number}}',
      faxColumns_one:
        'Столбец {{columns}} не загружается: там факс или пейджер, а на них в WhatsApp не написать.',
      faxColumns_few:
        'Столбцы {{columns}} не загружаются: там факсы и пейджеры, а на них в WhatsApp не написать.',
      faxColumns_many:
        'Столбцы {{columns}} не загружаются: там факсы и пейджеры, а на них в WhatsApp не написать.',
      faxColumns_other:
        'Столбцы {{columns}} не загружаются: там факсы и пейджеры, а на них в WhatsApp не написать.',
      noPhoneColumn:
        'Укажите, в каком столбце телефон: без номера контакт не сохранить, и рассылку ему не отправить.',
      refreshing: 'Обновляем пример…',
      nameOrder: 'Порядок:',
      nameOrderLastFirst: 'Фамилия Имя',
      nameOrderFirstLast: 'Имя Фамилия',
      nameOrderHint:
        'Так Рупор разделит имена из столбца «Имя целиком» во всём файле. Имена с отчеством и инициалами он разберёт сам.',
      consentTitle: 'Согласие на рассылку',
      consentGranted: 'Эти люди согласились получать сообщения',
      consentUnknown: 'Согласие неизвестно',
      consentHint:
        'Тем, у кого согласие неизвестно, Рупор рассылки не отправляет. Отметить согласие можно и позже.',
      consentColumnHint:
        'Если в файле есть столбец согласия, для каждой строки сначала смотрим в него.',
      chooseAnother: 'Выбрать другой файл',
      start: 'Импортировать',
      failed: 'Что-то пошло не так',
    },
    delimiters: {
      comma: 'запятая',
      semicolon: 'точка с запятой',
      tab: 'табуляция',
      other: '«{{character}}»',
    },
    targets: {
      ignore: 'Не импортировать',
      fullName: 'Имя целиком',
      firstName: 'Имя',
      middleName: 'Отчество',
      lastName: 'Фамилия',
      phone: 'Телефон',
      email: 'Эл. почта',
      tags: 'Метки',
      notes: 'Заметка',
      consent: 'Согласие на рассылку',
      country: 'Страна или адрес',
      savedNumber: 'Сохранил(а) наш номер',
    },
    vcardColumns: {
      fullName: 'Имя целиком',
      firstName: 'Имя',
      middleName: 'Отчество',
      lastName: 'Фамилия',
      mobilePhone: 'Мобильный телефон',
      otherPhone: 'Другой телефон',
      mobilePhoneLabel: 'Мобильный телефон: подписи',
      otherPhoneLabel: 'Другой телефон: подписи',
      email: 'Эл. почта',
      categories: 'Группы',
      note: 'Заметка',
    },
    preview: {
      line: 'Строка',
      name: 'Имя',
      phones: 'Телефоны',
      tags: 'Метки',
      consent: 'Согласие',
      problems: 'Замечания',
      primary: 'основной',
      primaryHint: 'На этот номер пойдут рассылки',
      noName: 'Без имени',
      skipped: 'Не будет импортирована',
      fullName: 'Имя целиком',
      lastName: 'Фамилия',
      firstName: 'Имя',
      middleName: 'Отчество',
    },
    consent: {
      granted: 'Есть',
      unknown: 'Неизвестно',
      withdrawn: 'Отказ',
    },
    running: {
      starting: 'Начинаем импорт…',
      reading: 'Прочитано строк: {{done}} (всего около {{total}})',
      saving: 'Сохраняем контакты…',
      cancel: 'Отменить импорт',
      cancelHint: 'Если отменить сейчас, контакты останутся такими, как были до импорта.',
      cancelFailed: 'Не удалось отменить импорт',
    },
    report: {
      finishedTitle: 'Импорт завершён',
      rows: 'Файл «{{fileName}}»: строк с контактами — {{rows}}.',
      cancelledTitle: 'Импорт отменён',
      cancelledText: 'Вы остановили импорт. Контакты остались такими, какими были до него.',
      failedTitle: 'Импорт не удался',
      failedText:
        'Внутри Рупора что-то пошло не так, подробности записаны в журнал. Контакты остались такими, какими были. Попробуйте ещё раз.',
      interruptedTitle: 'Импорт прервался',
      interruptedText:
        'Рупор остановился во время импорта этого файла (программу закрыли или компьютер выключился). Из файла ничего не сохранено: контакты остались такими, какими были. Импортируйте файл ещё раз.',
      fileProblemTitle: 'Этот файл не получилось импортировать',
      nothingImported: 'Ничего не импортировано: контакты остались такими, какими были.',
      problemsTitle: 'Строки, на которые стоит посмотреть',
      problemsCapped: 'Показаны не все замечания, а первые {{shown}}. Все они есть в отчёте CSV.',
      noProblems: 'Все строки импортированы без замечаний.',
      download: 'Скачать отчёт (CSV)',
      downloadHint:
        'В отчёте — все строки с ошибками и замечаниями. Исправьте их, сохраните файл и импортируйте его ещё раз.',
      downloadFailed: 'Не удалось подготовить отчёт',
      again: 'Импортировать ещё файл',
      done: 'Готово',
    },
    counts: {
      added: 'Новые контакты',
      addedHint: 'Их не было в ваших контактах',
      updated: 'Дополнены',
      updatedHint: 'Уже были; добавились новые номера, метки или имя',
      unchanged: 'Без изменений',
      unchangedHint: 'Уже были, и в файле о них ничего нового',
      mergedDuplicates: 'Повторы в файле',
      mergedDuplicatesHint: 'Встречались в файле несколько раз — объединены в один контакт',
      rejected: 'Не импортированы',
      rejectedHint: 'Строки с ошибками, список ниже',
      flagged: 'С замечаниями',
      flaggedHint: 'Импортированы, но стоит проверить',
    },
    problems: {
      line: 'Строка',
      result: 'Результат',
      reason: 'Что не так',
      raw: 'Как в файле',
      name: 'Кто',
      rejected: 'Не импортирована',
      flagged: 'Импортирована',
      lineReason: 'Строка {{line}}: {{reason}}',
    },
    rowProblems: {
      no_phone: 'нет номера телефона',
      invalid_phone: 'номер «{{value}}» не похож на телефон',
      nonexistent_phone: 'номер «{{value}}» не существует ни в одной стране',
      not_mobile: 'номер «{{value}}» похож на городской — в WhatsApp на него не написать',
      country_mismatch:
        'номер «{{value}}» — из другой страны, не той, что указана у контакта: проверьте его',
      fax_or_pager_skipped:
        'номер «{{value}}» — факс или пейджер, в WhatsApp на него не написать; он не загружен',
      duplicate_in_file: 'номер «{{value}}» уже был выше в файле — строки объединены',
      number_of_other_contact: 'номер «{{value}}» уже записан у другого контакта и остался у него',
      unknown_consent_value:
        'непонятная отметка о согласии «{{value}}» — считаем, что согласие неизвестно',
    },
    fileProblems: {
      empty_file: 'Файл пустой: в нём нет ни одной строки.',
      header_only: 'В файле есть только строка с названиями столбцов, а самих контактов нет.',
      binary_file:
        'Это не текстовый файл — возможно, таблица Excel (.xlsx) или документ. Сохраните контакты как CSV («Файл» → «Сохранить как» → «CSV») или vCard (.vcf) и выберите новый файл.',
      unbalanced_quote:
        'В строке {{line}} открыта кавычка, но не закрыта, и дальше файл не прочитать. Исправьте эту строку в Excel или Блокноте и попробуйте снова.',
      unbalanced_quote_somewhere:
        'В файле открыта кавычка, но не закрыта, и дальше его не прочитать. Проверьте кавычки в Excel или Блокноте и попробуйте снова.',
      too_large:
        'Файл слишком большой. Разделите его на несколько файлов поменьше и импортируйте по очереди.',
      no_columns:
        'Не получилось разделить строки на столбцы. Проверьте, что это таблица CSV, где столбцы разделены запятой, точкой с запятой или табуляцией.',
      no_phone_column:
        'В файле не нашлось столбца с номерами телефонов. Проверьте, что в файле есть номера — по одному или несколько в ячейке.',
      too_many_columns:
        'В строке {{line}} больше {{limit, number}} столбцов — в таблице контактов столько не бывает, и файл не загружен. Оставьте в нём только нужные столбцы (имя, телефон, почта…) и выберите его снова.',
      line_too_long:
        'Строка {{line}} длиннее {{limit, number}} знаков — в таблице контактов таких строк не бывает, и файл не загружен. Возможно, это не таблица CSV или в ней пропали переносы строк. Проверьте файл в Excel или Блокноте и попробуйте снова.',
    },
  },
  eligibility: {
    eligible: 'Получит рассылку',
    opted_out: 'Отписка',
    consent_withdrawn: 'Согласие отозвано',
    no_number: 'Нет номера',
    invalid_number: 'Неверный номер',
    not_mobile: 'Не мобильный номер',
    no_consent: 'Нет согласия',
  },
} as const
