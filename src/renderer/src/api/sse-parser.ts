// A minimal text/event-stream reader: only `data:` fields matter to us; comments (heartbeats),
// `event:`, `id:` and `retry:` are ignored. Chunks may split lines anywhere.
export interface SseParser {
  push: (chunk: string) => void
}

export function createSseParser(onData: (data: string) => void): SseParser {
  let buffer = ''
  let data: string[] = []

  const takeLine = (line: string) => {
    if (line === '') {
      if (data.length > 0) onData(data.join('\n'))
      data = []
      return
    }
    if (line.startsWith(':')) return
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    if (field !== 'data') return
    const value = colon === -1 ? '' : line.slice(colon + 1)
    data.push(value.startsWith(' ') ? value.slice(1) : value)
  }

  return {
    push: (chunk) => {
      buffer += chunk
      const lines = buffer.split(/\r\n|\n|\r(?=.)/s)
      buffer = lines.pop() ?? ''
      lines.forEach(takeLine)
    },
  }
}
