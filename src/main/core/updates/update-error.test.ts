import { describe, expect, it } from 'vitest'
import { isNetworkError, stageOfError } from './update-error'

describe('the updater’s error, sorted', () => {
  it('calls the connection by its usual names, and nothing else', () => {
    for (const reason of [
      'net::ERR_INTERNET_DISCONNECTED',
      'net::ERR_NAME_NOT_RESOLVED',
      'getaddrinfo ENOTFOUND github.com',
      'connect ECONNREFUSED 140.82.121.4:443',
      'read ECONNRESET',
      'connect ETIMEDOUT 140.82.121.4:443',
      'socket hang up',
      'HttpError: 503 Service Unavailable',
      'HttpError: 429 Too Many Requests',
    ])
      expect(isNetworkError(reason), reason).toBe(true)
    for (const reason of [
      'sha512 checksum mismatch, expected abc, got def',
      'Could not get code signature for running application',
      'HttpError: 404 Not Found',
      'ENOENT: no such file or directory',
      'unknown error',
    ])
      expect(isNetworkError(reason), reason).toBe(false)
  })

  it('infers the step from what came before, unless the shell said it', () => {
    const error = { kind: 'error', reason: 'x' } as const
    expect(stageOfError(error, 'checking', false)).toBe('check')
    expect(stageOfError(error, 'available', false)).toBe('download')
    expect(stageOfError(error, 'downloading', false)).toBe('download')
    expect(stageOfError(error, 'downloaded', true)).toBe('install')
    expect(stageOfError({ ...error, stage: 'check' }, 'downloading', true)).toBe('check')
  })
})
