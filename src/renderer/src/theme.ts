import { Badge, Pill, createTheme } from '@mantine/core'

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
  components: {
    // A badge says a state in a word or two («Отправляется», «Не будет импортирована»): it keeps
    // its whole words and takes the room it needs, never ending in "…" in a narrow column.
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }),
    // A chosen value in a multi-select («Постоянные — 193 человека, получат 190») wraps onto a
    // second line inside the field instead of losing its end.
    Pill: Pill.extend({
      styles: {
        root: {
          // As wide as its words up to the field's width (Mantine's `flex: 0` squeezes it first).
          flex: '0 1 auto',
          borderRadius: 'var(--mantine-radius-md)',
          height: 'auto',
          minHeight: 'var(--pill-height)',
          whiteSpace: 'normal',
          paddingBlock: 2,
        },
        label: { height: 'auto', lineHeight: 1.35, whiteSpace: 'normal' },
      },
    }),
  },
})
