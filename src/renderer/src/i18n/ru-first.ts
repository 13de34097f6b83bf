// The Russian texts the first screen needs (the contact book, the shell, the errors and notices
// that can show there); the rest (ru-rest.ts) comes with the first lazy section or part. Russian
// is the source of truth: every other language must have exactly these keys (ru.ts joins both).
// keys.test.ts checks that every key the first screen's modules use is here.
import { backupsRu } from './ru/backups'
import { inputIssuesRu } from './ru/input-issues'
import { firstRunRu } from './ru/first-run'
import { savedNumberRu } from './ru/saved-number'
import { repliesRu } from './ru/replies'
export const ruFirst = {
  app: {
    name: 'Рупор',
    tagline: 'Рассылки в WhatsApp без риска блокировки',
    loading: 'Загружаем Рупор…',
    damagedTitle: 'База данных Рупора повреждена — больше ничего не сохраняется',
    damagedBody:
      'Рупор обнаружил повреждение в файле базы данных. Чтобы не испортить данные ещё больше, Рупор больше ничего не записывает и не отправляет рассылки; смотреть данные можно. Закройте Рупор и запустите снова: он предложит восстановить самую новую ежедневную копию, прошедшую проверку (если такая есть), или начать с пустой базы. В обоих случаях список отписавшихся сохранится, а повреждённый файл не удаляется, а переименовывается и остаётся в папке с данными.',
    recoveredTitle: 'Рупор восстановил базу данных после повреждения',
    recoveredClose: 'Понятно',
  },
  nav: {
    label: 'Разделы',
    contacts: 'Контакты',
    lists: 'Списки рассылки',
    optOuts: 'Отписавшиеся',
    optIn: 'QR для подписки',
    campaigns: 'Рассылки',
    banCentre: 'Блокировки',
    settings: 'Настройки',
  },
  contacts: {
    emptyTitle: 'Пока нет ни одного контакта',
    emptyPurpose:
      'Здесь будет ваша база покупателей: телефоны, имена, метки и отметка о согласии на рассылку.',
    emptyFirstStep: 'Для начала сохраните контакты в файл одним из способов:',
    sourceGoogle: 'Google Контакты: «Экспортировать» → «Google CSV»',
    sourceOutlook: 'Outlook: экспорт контактов в файл CSV',
    sourceExcel: 'Excel или Google Таблицы: «Сохранить как» → CSV',
    sourceVcard: 'iPhone или Android: файл контактов vCard (.vcf)',
    privacy: 'Все данные хранятся только на этом компьютере и никуда не отправляются.',
    importButton: 'Импорт контактов',
    exportButton: 'Экспорт',
    exportAll: 'Все контакты',
    exportFound: 'Только найденные',
    exportFailed: 'Не удалось выгрузить контакты',
    count_one: '{{count,number}} контакт',
    count_few: '{{count,number}} контакта',
    count_many: '{{count,number}} контактов',
    count_other: '{{count,number}} контакта',
    countCapped: 'Больше {{count,number}} — уточните поиск',
    search: 'Поиск',
    searchPlaceholder: 'Имя или цифры номера',
    tagFilter: 'Фильтр по метке',
    tagAny: 'Все метки',
    consentFilter: 'Фильтр по согласию',
    consentAny: 'Согласие: любое',
    onlyOptedOut: 'Только отписавшиеся',
    onlyFlagged: 'Только с пометками',
    sortBy: 'Сортировка',
    sort: {
      name: 'По имени',
      phone: 'По номеру',
      created: 'По дате добавления',
      updated: 'По дате изменения',
    },
    direction: {
      asc: 'По возрастанию',
      desc: 'По убыванию',
    },
    nothingFound: 'Никого не нашли',
    nothingFoundHint: 'Попробуйте написать по-другому или сбросьте фильтры.',
    resetFilters: 'Сбросить фильтры',
    loadFailed: 'Не удалось загрузить контакты',
    retry: 'Попробовать ещё раз',
    table: 'Список контактов',
    column: {
      name: 'Имя',
      phone: 'Телефон',
      tags: 'Метки',
      status: 'Состояние',
    },
    selectLoaded: 'Выбрать все загруженные',
    selectRow: 'Выбрать: {{name}}',
    noName: 'Без имени',
    otherPhones: 'Других номеров: {{count}}',
    consent: {
      granted: 'Согласие есть',
      unknown: 'Согласие неизвестно',
      withdrawn: 'Согласие отозвано',
    },
    optedOut: 'Отписка',
    flag: {
      not_mobile: 'Не мобильный',
      no_phone: 'Нет номера',
    },
    flagHint: {
      not_mobile: 'Основной номер не мобильный: в WhatsApp на него, скорее всего, не написать.',
      no_phone: 'У контакта нет номера телефона: рассылка до него не дойдёт.',
    },
    bulk: {
      label: 'Действия с выбранными контактами',
      selected: 'Выбрано: {{count,number}}',
      selectAll: 'Выбрать всех найденных: {{count,number}}',
      addTag: 'Добавить метку',
      removeTag: 'Убрать метку',
      tag: 'Метка',
      tagPlaceholder: 'Например, Постоянные',
      add: 'Добавить',
      remove: 'Убрать',
      tagAdded: 'Метка «{{tag}}» добавлена. Изменено контактов: {{count,number}}',
      tagRemoved: 'Метка «{{tag}}» убрана. Изменено контактов: {{count,number}}',
      export: 'Экспорт выбранных',
      delete: 'Удалить',
      clear: 'Снять выделение',
      failed: 'Не получилось',
    },
    deletedOne: 'Контакт удалён',
    deletedMany: 'Удалено контактов: {{count,number}}',
    undo: 'Отменить',
    restored: 'Удаление отменено',
    undoFailed: 'Не удалось отменить удаление',
    deleteFailed: 'Не удалось удалить',
    drawer: {
      title: 'Контакт',
      loadFailed: 'Не удалось открыть контакт',
      fullName: 'Как показывать',
      fullNameHint:
        'Имя в списке контактов. Если оставить поле пустым, Рупор составит его из имени и фамилии.',
      firstName: 'Имя',
      middleName: 'Отчество',
      lastName: 'Фамилия',
      email: 'Эл. почта',
      phones: 'Номера телефонов',
      phonesHint: 'Отметьте основной номер: на него придёт рассылка.',
      noPhones: 'Номеров пока нет.',
      phoneNumber: 'Номер {{n}}',
      phoneLabel: 'Подпись к номеру {{n}}',
      phoneLabelPlaceholder: 'Мобильный, рабочий…',
      primary: 'Основной номер {{n}}',
      addPhone: 'Добавить номер',
      removePhone: 'Убрать номер {{n}}',
      kind: {
        mobile: 'мобильный',
        fixed_or_mobile: 'мобильный или городской',
        fixed: 'городской: в WhatsApp не написать',
        other: 'тип неизвестен: рассылка не пойдёт',
      },
      tags: 'Метки',
      tagsPlaceholder: 'Напишите метку и нажмите Enter',
      consent: 'Согласие на рассылку',
      consentOption: {
        granted: 'Согласие получено',
        unknown: 'Неизвестно',
        withdrawn: 'Согласие отозвано',
      },
      consentSourceImport: 'Импорт из файла «{{file}}»',
      consentSourceEdited: 'Изменено вручную',
      consentWhen: 'Отмечено {{when}}',
      notes: 'Заметки',
      save: 'Сохранить',
      saved: 'Контакт сохранён',
      saveFailed: 'Не удалось сохранить контакт',
      delete: 'Удалить контакт',
    },
    issues: {
      invalid_phone: 'Такого номера не бывает. Проверьте цифры.',
      too_short: 'В номере не хватает цифр.',
      too_long: 'В номере лишние цифры.',
      no_digits: 'В номере нет ни одной цифры.',
      belongs_to_other_contact: 'Этот номер уже записан у другого контакта.',
      labelTooLong: 'Подпись — не длиннее 40\u00a0символов.',
      tooLong: 'Слишком длинный текст.',
      badTag: 'Метка — от 1 до 60 символов, всего не больше 100 меток.',
      invalid: 'Проверьте, что здесь всё верно.',
    },
  },
  backups: backupsRu,
  inputIssues: inputIssuesRu,
  firstRun: firstRunRu,
  savedNumber: savedNumberRu,
  replies: repliesRu,
  /** Field-specific explanations for `invalid_input`, keyed by the issue's path. */
  issues: {
    language: 'Выберите язык из списка.',
    defaultCountry: 'Выберите страну из списка.',
    shopName: 'Название должно быть не длиннее 80\u00a0символов.',
    obtainedAt: 'Дата согласия не может быть позже сегодняшнего дня.',
  },
  errors: {
    importRunning: 'Уже идёт другой импорт — дождитесь его окончания.',
    restoreRunning: 'Идёт восстановление копии — импортируйте после него.',
    restoreRunningBuild: 'Идёт восстановление копии — создайте список после него.',
    invalid_input: 'Проверьте, что всё заполнено верно.',
    unknown_call:
      'Рупор не понял запрос. Скорее всего, окно осталось от старой версии — перезапустите программу.',
    not_found: 'Не удалось найти нужную запись: возможно, её уже удалили.',
    forbidden: 'Рупор отказал в доступе.',
    file_problem:
      'Не получилось прочитать файл. Проверьте, что это выгрузка контактов (CSV или vCard), и попробуйте ещё раз.',
    list_full:
      'В списке рассылки может быть не больше {{limit}} человек: сейчас в нём {{size}}, а добавить нужно ещё {{adding}}. Разделите людей на несколько списков.',
    list_full_in_campaign:
      'Список «{{list}}» слишком большой ({{size,number}}): в одном списке рассылки WhatsApp может быть не больше {{limit,number}} человек. Разделите его на части и выберите их все в «Кому».',
    list_too_small: 'В списке рассылки должно быть хотя бы {{minimum}} человека.',
    name_taken: 'Список «{{name}}» уже есть. Выберите другое название.',
    shop_name_missing:
      'В сообщении есть название магазина, а в настройках оно не указано. Впишите его в настройках или уберите из текста — иначе на его месте будет пусто.',
    wrong_state: 'Сейчас это сделать нельзя: что-то уже изменилось. Обновите страницу.',
    cloud_api: 'Meta ответила ошибкой {{metaCode}}: {{metaMessage}}',
    cloud_unreachable:
      'Не удаётся связаться с {{host}}. Проверьте интернет и адрес сервера в настройках номера.',
    cloud_budget:
      'За последний час Рупор уже сделал для этого аккаунта WhatsApp Business столько служебных запросов к Meta, сколько она разрешает (200 в час). Попробуйте снова через {{minutes}} мин.',
    template_unavailable:
      'Шаблон «{{name}}» ({{language}}) сейчас нельзя отправлять: его состояние в Meta — {{status}}.',
    template_unfillable:
      'Рупор не может заполнить шаблон «{{name}}»: в нём есть то, что не подставить. Откройте рассылку — там сказано, что именно.',
    media_file:
      'Этот файл не подходит для заголовка шаблона (нужный формат, не больше {{limitMb}}\u00a0МБ). Прежний файл остался.',
    sender_blocked:
      'WhatsApp заблокировал этот номер. Прежде чем отправлять снова, откройте «Блокировки»: там сказано, что делать.',
    needs_token: 'Для этого номера нужен ключ доступа Cloud API. Введите его в настройках номера.',
    too_large:
      'Это слишком много для Рупора за один раз (больше {{limitMb}}\u00a0МБ). Выберите файл поменьше или разделите его на части.',
    disk_full:
      'На диске закончилось место, поэтому ничего не сохранено — и ничего не сохранено наполовину. Освободите место на диске и повторите.',
    read_only:
      'Рупор не может записывать в свою папку с данными, поэтому ничего не сохранено. Проверьте, что папка существует и в неё разрешена запись (права доступа, диск не защищён от записи и не отключён), и повторите.',
    database_damaged:
      'Проверка нашла повреждение в базе данных Рупора, поэтому больше ничего не сохраняется; смотреть данные можно. Перезапустите Рупор: он предложит восстановить самую новую ежедневную копию, прошедшую проверку, и сохранит список отписавшихся.',
    phone_list_refused:
      'Этих людей нельзя добавить в рассылку на телефоне: {{names}}. Им нельзя писать, или они не сохранили номер магазина, или их уже нет в списке. Ничего не сохранено.',
    list_message_refused:
      'Рассылку с телефона сейчас нельзя отправить или записать: причины указаны на странице рассылки.',
    internal: 'Внутри Рупора что-то пошло не так. Подробности записаны в журнал.',
    unreachable: 'Нет связи с Рупором. Проверьте, что программа запущена.',
  },
  // The few texts of later sections that the first screen's code can show: the rest of each
  // of these namespaces is in ru-rest.ts.
  campaigns: {
    task: {
      withdrawn: {
        reopenRefused:
          'Этот чат больше не откроется: человек отказался от рассылки, и сообщение отозвано.',
      },
      notify: 'Пора отправить следующее сообщение: {{name}}',
      open: 'Открыть рассылку',
    },
  },
  phoneBroadcast: {
    startRefused:
      'Рассылку с телефона не запускают: отправьте её с телефона и отметьте время на странице рассылки.',
  },
  banCentre: {
    navAlert: 'Есть заблокированный номер',
  },
  startup: {
    unreachableTitle: 'Не удаётся связаться с Рупором',
    unreachableText:
      'Похоже, программа закрылась или ещё не запустилась. Запустите Рупор и попробуйте ещё раз.',
    forbiddenTitle: 'Откройте Рупор по его ссылке',
    forbiddenText:
      'Эта страница открыта без ключа доступа или со старым ключом. При запуске Рупор показывает ссылку — откройте её, и всё заработает.',
    failedTitle: 'Рупор не смог открыться',
    retry: 'Попробовать ещё раз',
    close: 'Закрыть',
  },
} as const
