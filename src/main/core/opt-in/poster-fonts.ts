// PT Sans (ParaType, SIL Open Font License 1.1: embedding in documents allowed), read from the npm
// package @expo-google-fonts/pt-sans: its TTF files are all we use of it.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export interface PosterFonts {
  regular: Uint8Array
  bold: Uint8Array
}

const fontPackage = '@expo-google-fonts/pt-sans'
let loaded: PosterFonts | undefined

/** Read once per process: the two files are about 0.5 MB together. */
export function posterFonts(): PosterFonts {
  if (loaded) return loaded
  const requireHere = createRequire(import.meta.url)
  const file = (path: string) => readFileSync(requireHere.resolve(`${fontPackage}/${path}`))
  loaded = {
    regular: file('400Regular/PTSans_400Regular.ttf'),
    bold: file('700Bold/PTSans_700Bold.ttf'),
  }
  return loaded
}
