// The types of the in-page check (clipping-in-page.js).

/** One control whose text is cut: its kind (badge, button…), its text, the sizes that show it. */
export interface FoundInPage {
  kind: string
  text: string
  sizes: string
}

export function findClippedInPage(selectors: Record<string, string>): FoundInPage[]
