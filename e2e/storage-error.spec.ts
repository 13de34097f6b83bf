// The data folder stops being writable while Rupor runs (here: its imports folder replaced by a
// file, a real ENOTDIR from the file system): choosing a file to import says so in the owner's
// language and what to do, and nothing of the import is left behind.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { expect, test } from '@playwright/test'
import { AppPage } from './support/app-page'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { shot } from './support/shots'

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
})

const languages = [
  {
    lang: 'ru',
    contacts: 'Контакты',
    import: 'Импорт контактов',
    title: 'Рупору не удалось сохранить файл',
    message: /Рупор не может записывать в свою папку с данными.*Проверьте, что папка существует/,
  },
  {
    lang: 'en',
    contacts: 'Contacts',
    import: 'Import contacts',
    title: 'Rupor could not save the file',
    message: /Rupor cannot write to its data folder.*Check that the folder exists/,
  },
] as const

for (const text of languages) {
  test(`a data folder that cannot be written is explained when importing (${text.lang})`, async ({
    page,
  }) => {
    const dataDir = newDataDir()
    host = await startHostProcess({ dataDir, lang: text.lang })
    rmSync(join(dataDir, 'imports'), { recursive: true, force: true })
    writeFileSync(join(dataDir, 'imports'), 'not a folder')
    const source = join(newDataDir(), 'clients.csv')
    mkdirSync(join(source, '..'), { recursive: true })
    writeFileSync(source, 'Name,Phone\nАнна,+79161234567\nИван,+79161234568\n')

    await page.goto(host.pageUrl)
    await new AppPage(page).goTo(text.contacts)
    await page.getByRole('button', { name: text.import }).first().click()
    const dialog = page.getByRole('dialog', { name: text.import })
    await dialog.locator('input[type="file"]').setInputFiles(source)
    await expect(dialog.getByText(text.message)).toBeVisible()
    // The file is fine, the folder is not: the title does not blame the file.
    await expect(dialog.getByText(text.title)).toBeVisible()
    await shot(dialog, `storage-read-only-${text.lang}`)

    const db = new Sqlite(join(dataDir, 'rupor.db'), { readonly: true })
    try {
      expect(db.prepare('SELECT count(*) AS n FROM imports').get()).toEqual({ n: 0 })
    } finally {
      db.close()
    }
  })
}

test('the host started on a data folder it cannot write to says why instead of crashing', async () => {
  const file = join(newDataDir(), 'Rupor')
  writeFileSync(file, 'a file where the folder should be')
  const failure = await startHostProcess({ dataDir: file }).catch((error: unknown) => error)
  expect(String(failure)).toMatch(/host exited with 2/)
  expect(String(failure)).toMatch(
    /Rupor cannot write to its data folder, so it cannot start\. Check that the folder exists, is a folder, and may be written to/,
  )
})
