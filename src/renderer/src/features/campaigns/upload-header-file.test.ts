import { describe, expect, it } from 'vitest'
import type { CloudTemplate } from '../../../../shared/cloud-api'
import type { MediaFile } from '../../../../shared/template-parts'
import { chooseTemplate } from './template-mapping'
import { acceptFor, headerFileProblem } from './upload-header-file'

const photo: MediaFile = {
  sha256: 'b'.repeat(64),
  kind: 'image',
  mime: 'image/png',
  fileName: 'весна.png',
  bytes: 2048,
}

const lookbook: CloudTemplate = {
  id: '1',
  name: 'spring_lookbook',
  language: 'ru',
  category: 'MARKETING',
  status: 'APPROVED',
  parameterFormat: 'positional',
  header: null,
  body: 'Здравствуйте, {{1}}!',
  footer: null,
  buttons: ['Смотреть'],
  placeholders: [
    { component: 'body', key: '1' },
    { component: 'button', key: '0' },
  ],
  headerFormat: 'image',
  buttonDetails: [
    {
      kind: 'url',
      metaType: 'URL',
      text: 'Смотреть',
      url: 'https://shop.example/{{1}}',
      hasVariable: true,
    },
  ],
}

describe('a header file in the composer', () => {
  it('is judged by type and size before any byte is sent', () => {
    expect(headerFileProblem({ type: 'image/jpeg', size: 1000 }, 'image')).toBeNull()
    expect(headerFileProblem({ type: 'image/gif', size: 1000 }, 'image')).toBe('wrong_type')
    expect(headerFileProblem({ type: 'image/png', size: 6 * 1024 * 1024 }, 'image')).toBe('too_big')
    expect(headerFileProblem({ type: 'video/mp4', size: 15 * 1024 * 1024 }, 'video')).toBeNull()
    expect(headerFileProblem({ type: 'application/pdf', size: 0 }, 'document')).toBe('empty')
    expect(acceptFor('document')).toBe('application/pdf')
  })

  it('stays when the same template is picked again, and goes with another one', () => {
    const chosen = { ...chooseTemplate(lookbook, null, 'ru'), headerMedia: photo }
    expect(chosen.params['button:0']).toEqual({ kind: 'fixed', value: '' })
    expect(chosen.buttonDetails).toEqual(lookbook.buttonDetails)
    expect(chooseTemplate(lookbook, chosen, 'ru').headerMedia).toEqual(photo)
    const video = { ...lookbook, headerFormat: 'video' as const }
    expect(chooseTemplate(video, chosen, 'ru').headerMedia).toBeNull()
  })
})
