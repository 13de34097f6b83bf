import type { Page } from '@playwright/test'
import { findClippedInPage } from './clipping-in-page.js'

/** One piece of text the owner cannot read whole: where, what, and the sizes that show it. */
export interface ClippedText {
  screen: string
  lang: string
  /** The control it is in: badge, button, th, label… */
  kind: string
  text: string
  /** e.g. "text 131px in a box of 96px". */
  sizes: string
}

/**
 * The controls whose words must be read whole. Long data in a table's cell may be cut on purpose
 * (with a title); a label, a button or a column's head may not.
 */
const controls: Record<string, string> = {
  // The contact table draws its badges as plain spans (data-tone) for speed.
  badge: '.mantine-Badge-root, [data-tone]',
  button: '.mantine-Button-root, [role="button"]',
  tab: '[role="tab"]',
  segment: '.mantine-SegmentedControl-label',
  'menu item': '[role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"]',
  option: '[role="option"]',
  'column head': 'th, [role="columnheader"]',
  'alert title': '.mantine-Alert-title',
  label: 'label, .mantine-InputWrapper-label, .mantine-InputWrapper-description, legend',
  'nav link': '.mantine-NavLink-root',
  pill: '.mantine-Pill-root',
  'step title': '.mantine-Stepper-stepLabel, .mantine-Stepper-stepDescription',
  'chosen value': 'select, input[readonly]:not([type="checkbox"]):not([type="radio"])',
}

/**
 * Finds every visible control on the page whose text is cut: a box that hides its overflow (or
 * ends it with "…") and is narrower than its text (or shorter, when clamped to lines), text that
 * runs out of its button or badge, a chosen value wider than its field, or a control left outside
 * a box that scrolls sideways.
 */
export async function findClippedText(
  page: Page,
  where: { screen: string; lang: string },
): Promise<ClippedText[]> {
  const found = await page.evaluate(findClippedInPage, controls)
  return found.map((item) => ({ ...where, ...item }))
}

/** The list a failing test prints: one line per clipped text. */
export function describeClipped(clipped: ClippedText[]): string {
  return clipped
    .map((c) => `[${c.lang}] ${c.screen} · ${c.kind} «${c.text}» — ${c.sizes}`)
    .join('\n')
}
