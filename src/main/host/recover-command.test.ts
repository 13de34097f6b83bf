import { describe, expect, it } from 'vitest'
import { recoverCommand } from './recover-command'

describe('the command the host prints for each way out of a damaged database', () => {
  it('repeats the program, script and options, adding --recover', () => {
    expect(
      recoverCommand(
        ['/usr/bin/node', 'out/main/host.js', '--data-dir', '/home/anna/Rupor', '--lang', 'ru'],
        'newest-copy',
        'linux',
      ),
    ).toBe(
      '/usr/bin/node out/main/host.js --data-dir /home/anna/Rupor --lang ru --recover newest-copy',
    )
  })

  it('quotes what a shell would split or expand, and drops an earlier --recover', () => {
    expect(
      recoverCommand(
        ['node', 'host.js', '--data-dir', "/home/anna/Мои данные/it's", '--recover', 'newest-copy'],
        'empty-keeping-opt-outs',
        'darwin',
      ),
    ).toBe(
      `node host.js --data-dir '/home/anna/Мои данные/it'\\''s' --recover empty-keeping-opt-outs`,
    )
  })

  it('quotes for the Windows command line there', () => {
    expect(
      recoverCommand(
        ['C:\\Program Files\\nodejs\\node.exe', 'out\\main\\host.js', '--recover=newest-copy'],
        'newest-copy',
        'win32',
      ),
    ).toBe('"C:\\Program Files\\nodejs\\node.exe" out\\main\\host.js --recover newest-copy')
  })
})
