// A template's locale ("en_US", "ru") in the words of the UI's language.

/** "en_US" in Russian: "английский (США)"; the code itself when the browser does not know it. */
export function localeName(locale: string, uiLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(
      locale.replace(/_/g, '-'),
    )
    return name === undefined || name === '' ? locale : name
  } catch {
    return locale
  }
}
