// The check that runs inside the page (plain JavaScript: the e2e code is compiled without the
// browser's types). Playwright sends this function to the page; clipping.ts explains the rules.
/* global document, getComputedStyle, Node, HTMLInputElement, HTMLSelectElement */

/**
 * Every visible control whose text is cut, as { kind, text, sizes }.
 * @param {Record<string, string>} selectors the controls to check, by kind
 */
export function findClippedInPage(selectors) {
  const tolerance = 1
  const results = []
  const seen = new Set()
  // A text inside two controls (a button in a column head) is reported at the first only.
  const reported = new Set()
  const canvas = document.createElement('canvas').getContext('2d')

  const shown = (element) => {
    if (
      !element.checkVisibility({
        opacityProperty: true,
        visibilityProperty: true,
        contentVisibilityAuto: true,
      })
    ) {
      return false
    }
    const rect = element.getBoundingClientRect()
    if (rect.width <= 1 || rect.height <= 1) return false
    // Words only for screen readers (VisuallyHidden) are clipped on purpose.
    for (let node = element; node; node = node.parentElement) {
      const style = getComputedStyle(node)
      if (style.clip !== 'auto' && style.clip !== '') return false
      if (style.clipPath !== 'none') return false
      if (node.getAttribute('aria-hidden') === 'true') return false
    }
    return true
  }

  const ownText = (element) =>
    Array.from(element.childNodes)
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? '')
      .join('')
      .replace(/\s+/g, ' ')
      .trim()

  const hidesOverflow = (style) =>
    style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis'

  const lineClamped = (style) => style.webkitLineClamp !== '' && style.webkitLineClamp !== 'none'

  /** The text of a field as drawn in its font, against the room inside its padding. */
  const fieldOverflow = (field) => {
    const text =
      field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.text ?? '') : field.value
    if (text.trim() === '' || !canvas) return null
    const style = getComputedStyle(field)
    canvas.font = style.font
    canvas.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing
    const width = canvas.measureText(text).width
    const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    return width > room + tolerance
      ? `text ${width.toFixed(0)}px in a field with ${room.toFixed(0)}px of room`
      : null
  }

  /** Why the text of `holder` is cut inside `control`, or null if it is whole. */
  const clipOf = (holder, control) => {
    for (let node = holder; node; node = node.parentElement) {
      const style = getComputedStyle(node)
      if (hidesOverflow(style) && node.scrollWidth > node.clientWidth + tolerance) {
        return `text ${String(node.scrollWidth)}px wide in a box of ${String(node.clientWidth)}px`
      }
      if (lineClamped(style) && node.scrollHeight > node.clientHeight + tolerance) {
        return `text ${String(node.scrollHeight)}px tall in a box of ${String(node.clientHeight)}px (line clamp)`
      }
      if (node === control) break
    }
    // Text running out of its button or badge, drawn over its edge or hidden beyond it.
    const box = control.getBoundingClientRect()
    for (const child of Array.from(holder.childNodes)) {
      if (child.nodeType !== Node.TEXT_NODE || (child.textContent ?? '').trim() === '') continue
      const range = document.createRange()
      range.selectNodeContents(child)
      const rect = range.getBoundingClientRect()
      if (rect.right > box.right + tolerance || rect.left < box.left - tolerance) {
        return `text ${rect.width.toFixed(0)}px runs out of a box of ${box.width.toFixed(0)}px`
      }
    }
    return null
  }

  /**
   * A box that scrolls sideways (a table wider than its dialog) and hides part of the control:
   * at 1366 px the owner should not have to scroll to read a column's head or a badge.
   */
  const scrolledAway = (control) => {
    const box = control.getBoundingClientRect()
    for (let node = control.parentElement; node; node = node.parentElement) {
      if (node === document.body || node === document.documentElement) break
      const style = getComputedStyle(node)
      if (style.overflowX === 'visible') continue
      if (node.scrollWidth <= node.clientWidth + tolerance) continue
      const left = node.getBoundingClientRect().left + node.clientLeft
      const right = left + node.clientWidth
      if (box.right > right + tolerance || box.left < left - tolerance) {
        return `${box.width.toFixed(0)}px wide, partly or wholly outside a box that scrolls sideways (${String(node.clientWidth)}px of ${String(node.scrollWidth)}px shown)`
      }
    }
    return null
  }

  // With a dialog open, the page under its overlay is not what the owner reads: the dialog and
  // the dropdowns it opens are.
  const dialogs = Array.from(document.querySelectorAll('[role="dialog"]')).filter(shown)
  const inFront = (control) =>
    dialogs.length === 0 ||
    dialogs.some((dialog) => dialog.contains(control)) ||
    control.closest(
      '.mantine-Popover-dropdown, .mantine-Combobox-dropdown, .mantine-Menu-dropdown',
    ) !== null

  for (const [kind, selector] of Object.entries(selectors)) {
    for (const control of Array.from(document.querySelectorAll(selector))) {
      if (seen.has(control) || reported.has(control) || !inFront(control) || !shown(control)) {
        continue
      }
      seen.add(control)
      const away = scrolledAway(control)
      if (away !== null) {
        const text =
          control instanceof HTMLInputElement || control instanceof HTMLSelectElement
            ? control.value
            : (control.textContent ?? '').replace(/\s+/g, ' ').trim()
        if (text !== '') {
          results.push({ kind, text, sizes: away })
          control.querySelectorAll('*').forEach((inner) => reported.add(inner))
          reported.add(control)
          continue
        }
      }
      if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) {
        const sizes = fieldOverflow(control)
        if (sizes !== null) {
          const text =
            control instanceof HTMLSelectElement
              ? (control.selectedOptions[0]?.text ?? '')
              : control.value
          results.push({ kind, text, sizes })
        }
        continue
      }
      const holders = [control, ...Array.from(control.querySelectorAll('*'))].filter(
        (element) => ownText(element) !== '' && shown(element),
      )
      for (const holder of holders) {
        if (reported.has(holder)) continue
        const sizes = clipOf(holder, control)
        if (sizes === null) continue
        reported.add(holder)
        const text = (control.textContent ?? '').replace(/\s+/g, ' ').trim()
        results.push({ kind, text, sizes })
        break
      }
    }
  }
  return results
}
