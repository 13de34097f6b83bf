// A cell of the file's "saved our number" column, read as yes, no, or unknown.

const yes = new Set([
  'да',
  'д',
  'yes',
  'y',
  '1',
  'true',
  '+',
  'x',
  '✓',
  '✔',
  'v',
  'есть',
  'сохранил',
  'сохранила',
  'сохранен',
  'saved',
])
const no = new Set([
  'нет',
  'н',
  'no',
  'n',
  '0',
  'false',
  '-',
  '–',
  '—',
  '✗',
  '✘',
  'не сохранил',
  'не сохранила',
  'не сохранен',
  'not saved',
])

/** Rupor's own export writes "likely" for people who wrote to the shop first. */
const likely = new Set(['likely', 'вероятно', 'наверное', 'скорее всего'])

/** Empty or any other word is 'unknown': the import never guesses a yes. */
export function savedNumberOfCell(cell: string): 'yes' | 'likely' | 'no' | 'unknown' {
  const value = cell.trim().toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ')
  if (yes.has(value)) return 'yes'
  if (no.has(value)) return 'no'
  if (likely.has(value)) return 'likely'
  return 'unknown'
}
