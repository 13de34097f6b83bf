/**
 * A name the owner typed (a list's, a campaign's) as the name of a file to save: the characters
 * Windows and macOS refuse in a file name, and control characters, become "_"; the dots and spaces
 * Windows drops from the end go; nothing left gives the fallback.
 */
export function downloadName(name: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '_').replace(/[. ]+$/, '')
  return safe.trim() === '' ? fallback : safe.trim()
}
