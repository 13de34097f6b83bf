import { describe, expect, it } from 'vitest'
import {
  cloudConnectSchema,
  defaultCloudApiVersion,
  defaultCloudBaseUrl,
  type CloudConnection,
} from '../../../../shared/cloud-api'
import {
  cloudProblemOf,
  cloudProblems,
  effectiveCloudForm,
  hostOf,
  toCloudConnectInput,
  toCloudForm,
} from './cloud-form'

const connection: CloudConnection = {
  phoneNumberId: '106540352242922',
  wabaId: '102290129340398',
  apiVersion: 'v24.0',
  baseUrl: 'https://bsp.example.com',
  hasToken: true,
  tokenEncrypted: true,
  tokenRejected: false,
  tokenLost: null,
  account: null,
  historyAvailable: null,
  portfolioId: null,
  portfolioSource: null,
}
const token = 'EAAG' + 'x'.repeat(40)

describe('cloud connection form', () => {
  it('starts from the defaults, or from the saved connection, never with the token', () => {
    expect(toCloudForm(null)).toEqual({
      phoneNumberId: '',
      wabaId: '',
      token: '',
      apiVersion: defaultCloudApiVersion,
      baseUrl: defaultCloudBaseUrl,
    })
    expect(toCloudForm(connection)).toEqual({
      phoneNumberId: '106540352242922',
      wabaId: '102290129340398',
      token: '',
      apiVersion: 'v24.0',
      baseUrl: 'https://bsp.example.com',
    })
  })

  it('leaves a blank token out so the stored one is kept, and sends a typed one trimmed', () => {
    const kept = toCloudConnectInput(toCloudForm(connection), 7)
    expect(kept).toEqual({
      senderId: 7,
      phoneNumberId: '106540352242922',
      wabaId: '102290129340398',
      apiVersion: 'v24.0',
      baseUrl: 'https://bsp.example.com',
    })
    expect(kept).not.toHaveProperty('token')
    expect(cloudConnectSchema.safeParse(kept).success).toBe(true)

    const typed = toCloudConnectInput(
      {
        ...toCloudForm(null),
        phoneNumberId: ' 123456 ',
        wabaId: '654321',
        token: `  ${token}\n`,
        apiVersion: ' ',
        baseUrl: 'http://127.0.0.1:4010/',
      },
      7,
    )
    expect(typed).toEqual({
      senderId: 7,
      phoneNumberId: '123456',
      wabaId: '654321',
      apiVersion: defaultCloudApiVersion,
      baseUrl: 'http://127.0.0.1:4010',
      token,
    })
    expect(cloudConnectSchema.safeParse(typed).success).toBe(true)
  })

  it('asks for the IDs, and for a token only when none is stored', () => {
    expect(cloudProblems(toCloudForm(null), false)).toEqual({
      phoneNumberId: 'required',
      wabaId: 'required',
      token: 'tokenRequired',
    })
    expect(cloudProblems(toCloudForm(connection), true)).toEqual({})
  })

  it('points at each field the contract refuses, in one sentence per field', () => {
    const form = {
      phoneNumberId: '12-34',
      wabaId: 'abc123456',
      token: 'too short',
      apiVersion: '25',
      baseUrl: 'graph.facebook.com',
    }
    expect(cloudProblems(form, false)).toEqual({
      phoneNumberId: 'digits',
      wabaId: 'digits',
      token: 'tokenFormat',
      apiVersion: 'apiVersion',
      baseUrl: 'baseUrl',
    })
    expect(cloudProblems({ ...form, baseUrl: 'ftp://example.com' }, false).baseUrl).toBe('baseUrl')
  })

  it('maps the core’s issues to the same fields', () => {
    expect(cloudProblemOf('phoneNumberId')).toEqual(['phoneNumberId', 'digits'])
    expect(cloudProblemOf('baseUrl')).toEqual(['baseUrl', 'baseUrl'])
    expect(cloudProblemOf('senderId')).toBeUndefined()
  })

  it('words the core’s refusals of an address and of a token left behind', () => {
    expect(cloudProblemOf('baseUrl', 'base_url_not_allowed')).toEqual([
      'baseUrl',
      'baseUrlNotAllowed',
    ])
    expect(cloudProblemOf('token', 'token_for_new_address')).toEqual([
      'token',
      'tokenForNewAddress',
    ])
  })

  it('asks for the token again when a connected number’s address changes', () => {
    const form = toCloudForm(connection)
    expect(cloudProblems(form, true, connection.baseUrl)).toEqual({})
    expect(
      cloudProblems({ ...form, baseUrl: 'https://bsp.example.com/' }, true, connection.baseUrl),
    ).toEqual({})
    const moved = { ...form, baseUrl: defaultCloudBaseUrl }
    expect(cloudProblems(moved, true, connection.baseUrl)).toEqual({ token: 'tokenForNewAddress' })
    expect(
      cloudProblems({ ...moved, token: 'EAAG-a-new-token-0123456789' }, true, connection.baseUrl),
    ).toEqual({})
  })

  it('sends Meta’s address where the core takes no other', () => {
    const form = toCloudForm(connection)
    expect(effectiveCloudForm(form, false).baseUrl).toBe(defaultCloudBaseUrl)
    expect(effectiveCloudForm(form, true).baseUrl).toBe(connection.baseUrl)
  })

  it('names the server by its host', () => {
    expect(hostOf('https://graph.facebook.com')).toBe('graph.facebook.com')
    expect(hostOf('http://127.0.0.1:4010')).toBe('127.0.0.1:4010')
    expect(hostOf('not a url')).toBe('not a url')
  })
})
