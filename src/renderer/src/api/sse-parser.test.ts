import { describe, expect, it } from 'vitest'
import { createSseParser } from './sse-parser'

const collect = (chunks: string[]) => {
  const seen: string[] = []
  const parser = createSseParser((data) => seen.push(data))
  chunks.forEach(parser.push)
  return seen
}

describe('createSseParser', () => {
  it('yields one data payload per blank-line-terminated event', () => {
    expect(collect(['data: {"a":1}\n\ndata: {"b":2}\n\n'])).toEqual(['{"a":1}', '{"b":2}'])
  })

  it('joins events split across chunks at any point, CRLF included', () => {
    expect(collect(['da', 'ta: x', 'y\r', '\n\r', '\n'])).toEqual(['xy'])
  })

  it('ignores comments and other fields and waits for the blank line', () => {
    expect(
      collect([': ping\n\nevent: e\nid: 3\ndata: one\ndata: two\n', '\n', 'data: half\n']),
    ).toEqual(['one\ntwo'])
  })
})
