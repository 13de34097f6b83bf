// Runs in the page before the app's own scripts: notes the moment just after the frame that first
// shows a contact row (not the header, not a placeholder still loading) was painted. A message
// posted from requestAnimationFrame is handled once that frame has been rendered.
export const firstRowProbe = `(() => {
  const row = '[role="table"] [role="row"]:not([aria-rowindex="1"]):not([aria-busy])'
  const observer = new MutationObserver(() => {
    if (!document.querySelector(row)) return
    observer.disconnect()
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => { window.__firstRowPaintedAt = performance.now() }
      channel.port2.postMessage(null)
    })
  })
  observer.observe(document, { childList: true, subtree: true })
})()`

interface ProbedWindow {
  __firstRowPaintedAt?: number
}

// Functions, not strings, for what runs in the page: the app's CSP forbids eval.

/** In the page: the probe's moment, or null while no row has been painted. */
export const firstRowPaintedAt = (): number | null =>
  (globalThis as ProbedWindow).__firstRowPaintedAt ?? null

/** In the page: the browser's own first contentful paint. */
export const firstContentfulPaintAt = (): number | null =>
  performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null
