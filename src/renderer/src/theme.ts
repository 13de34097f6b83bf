import { createTheme } from '@mantine/core'

// System fonts: each platform's UI font has good Cyrillic (Segoe UI, San Francisco, Roboto, Noto),
// and nothing has to be bundled or fetched.
const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", sans-serif'

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts, fontWeight: '650' },
  cursorType: 'pointer',
})
