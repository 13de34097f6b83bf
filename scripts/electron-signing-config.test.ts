// Signing and notarization cannot run here (no certificates, no Mac): this checks what they are
// made of. The macOS settings electron-builder signs with, the entitlements file it names, the
// Azure options the release workflow passes (by electron-builder's own schema), and that the
// workflows hand each secret only to the step that signs with it and pin every action.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
// electron-builder's own YAML and plist readers (it reads electron-builder.yml and Info.plist so).
const require = createRequire(import.meta.url)
const yaml = require('js-yaml') as { load(text: string): unknown }
const plist = require('plist') as { parse(xml: string): unknown }

const config = () => getConfig(root, join(root, 'electron-builder.yml'), null)

interface Step {
  name?: string
  uses?: string
  run?: string
  if?: string
  env?: Record<string, string>
  with?: Record<string, unknown>
}
interface Job {
  permissions?: Record<string, string>
  env?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  permissions?: Record<string, string>
  env?: Record<string, string>
  jobs: Record<string, Job>
}

const workflowText = (name: string) =>
  readFileSync(join(root, '.github', 'workflows', name), 'utf8')
const workflow = (name: string) => yaml.load(workflowText(name)) as Workflow

/** The secrets a piece of a workflow reads, by name. */
const secretsIn = (part: unknown): string[] =>
  [...JSON.stringify(part ?? {}).matchAll(/secrets\.([A-Z0-9_]+)/g)].map((match) => match[1] ?? '')

describe('macOS signing and notarization', () => {
  it('signs with the hardened runtime and notarizes, as notarization requires', async () => {
    const c = await config()
    expect(c.mac?.hardenedRuntime).toBe(true)
    expect(c.mac?.notarize).toBe(true)
  })

  it('grants the app and its helpers only the JIT exception Electron needs', async () => {
    const c = await config()
    for (const file of [c.mac?.entitlements, c.mac?.entitlementsInherit]) {
      expect(file?.startsWith(`${c.directories?.buildResources ?? 'build'}/`)).toBe(true)
      const entitlements = plist.parse(readFileSync(join(root, file ?? ''), 'utf8'))
      expect(entitlements).toEqual({ 'com.apple.security.cs.allow-jit': true })
    }
  })
})

// electron-builder's schema check takes seconds on a loaded machine.
describe('Windows signing', { timeout: 30_000 }, () => {
  it('passes Azure Trusted Signing options electron-builder accepts, and all it requires', async () => {
    const overrides = [
      ...workflowText('release.yml').matchAll(/-c\.win\.azureSignOptions\.([A-Za-z]+)=/g),
    ].map((match) => match[1] ?? '')
    expect(overrides.sort()).toEqual([
      'certificateProfileName',
      'codeSigningAccountName',
      'endpoint',
      'publisherName',
    ])
    const c = await config()
    const azureSignOptions = Object.fromEntries(overrides.map((key) => [key, `a-${key}`]))
    const signed = { ...c, win: { ...c.win, azureSignOptions } } as typeof c
    await expect(validateConfiguration(signed, new DebugLogger(false))).resolves.toBe(undefined)
  })
})

describe('the release workflow', () => {
  const release = workflow('release.yml')
  const steps = release.jobs.installers?.steps ?? []
  const stepNamed = (name: string) => steps.find((step) => step.name === name)

  it('gives no secret to the whole workflow or job, only to single steps', () => {
    expect(secretsIn(release.env)).toEqual([])
    for (const job of Object.values(release.jobs)) expect(secretsIn(job.env)).toEqual([])
  })

  it('hands each secret only to the build step that signs with it', () => {
    const given = Object.fromEntries(
      steps
        .filter((step) => secretsIn(step.env).length > 0 || secretsIn(step.run).length > 0)
        .map((step) => [step.name ?? '', [...new Set(secretsIn(step.env))].sort()] as const),
    )
    expect(given).toEqual({
      // Only whether each is set (true/false) reaches this step, never a value.
      'Decide the signing': expect.any(Array) as unknown,
      'Build, signed with the certificate (Windows)': ['WIN_CSC_KEY_PASSWORD', 'WIN_CSC_LINK'],
      'Build, signed with Azure Trusted Signing (Windows)': [
        'AZURE_CERTIFICATE_PROFILE',
        'AZURE_CLIENT_ID',
        'AZURE_CLIENT_SECRET',
        'AZURE_PUBLISHER_NAME',
        'AZURE_SIGNING_ACCOUNT',
        'AZURE_SIGNING_ENDPOINT',
        'AZURE_TENANT_ID',
      ],
      'Build, signed with Developer ID and notarized with an App Store Connect key (macOS)': [
        'APPLE_API_ISSUER',
        'APPLE_API_KEY',
        'APPLE_API_KEY_ID',
        'CSC_KEY_PASSWORD',
        'CSC_LINK',
      ],
      'Build, signed with Developer ID and notarized with an Apple ID (macOS)': [
        'APPLE_APP_SPECIFIC_PASSWORD',
        'APPLE_ID',
        'APPLE_TEAM_ID',
        'CSC_KEY_PASSWORD',
        'CSC_LINK',
      ],
      'Build, signed with Developer ID, not notarized (macOS)': ['CSC_KEY_PASSWORD', 'CSC_LINK'],
    })
    for (const value of Object.values(stepNamed('Decide the signing')?.env ?? {})) {
      expect(value).toMatch(
        /^\$\{\{ (secrets\.[A-Z0-9_]+ != '' && )*secrets\.[A-Z0-9_]+ != '' \}\}$/,
      )
    }
  })

  it('builds unsigned when no secret is set, and says so in a warning, the summary and the notes', () => {
    const decide = stepNamed('Decide the signing')?.run ?? ''
    expect(decide).toContain('::warning::')
    expect(decide).toContain('GITHUB_STEP_SUMMARY')
    expect(decide).toMatch(/UNSIGNED/)
    expect(stepNamed('Build, unsigned')?.env).toEqual({ CSC_IDENTITY_AUTO_DISCOVERY: 'false' })
    const notes = release.jobs.release?.steps.find((step) => step.name?.startsWith('Release notes'))
    expect(notes?.run).toContain('artifacts/notes/')
  })

  it('smoke-tests the packaged app before anything is uploaded', () => {
    const smoke = steps.findIndex((step) => step.name === 'Smoke test of the packaged app')
    const upload = steps.findIndex((step) => step.uses?.startsWith('actions/upload-artifact@'))
    const lastBuild = steps.findLastIndex((step) => step.name?.startsWith('Build,'))
    expect(smoke).toBeGreaterThan(lastBuild)
    expect(upload).toBeGreaterThan(smoke)
    expect(steps[smoke]?.run).toContain('npx playwright test e2e/packaged-app.spec.ts')
  })

  it('may write to the repository only in the job that makes the release', () => {
    expect(release.permissions).toEqual({ contents: 'read' })
    const writers = Object.entries(release.jobs)
      .filter(([, job]) => Object.values(job.permissions ?? {}).includes('write'))
      .map(([name, job]) => [name, job.permissions])
    expect(writers).toEqual([['release', { contents: 'write' }]])
  })
})

describe('every workflow', () => {
  for (const name of ['ci.yml', 'release.yml']) {
    it(`${name} pins each action by its full commit, its version in a comment`, () => {
      const uses = [...workflowText(name).matchAll(/uses:\s*(\S+)(.*)$/gm)]
      expect(uses.length).toBeGreaterThan(0)
      for (const [line, action, comment] of uses) {
        expect(action, line).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/)
        expect(comment, line).toMatch(/^ # v\d+\.\d+\.\d+$/)
      }
    })
  }

  it('ci.yml reads the repository and nothing more, and has no secrets', () => {
    const ci = workflow('ci.yml')
    expect(ci.permissions).toEqual({ contents: 'read' })
    for (const job of Object.values(ci.jobs)) expect(job.permissions).toBeUndefined()
    expect(secretsIn(ci)).toEqual([])
  })
})
