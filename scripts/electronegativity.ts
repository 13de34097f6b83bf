// `npm run security`: Electronegativity over the app's sources and its built page. Fails on a
// finding docs/security.md does not justify, on a justification no finding needs any more, and
// on a file the scanner could not parse (it would otherwise skip it without a word). Offline.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { matchFindings, readJustifications } from './electronegativity-justifications'

/** The part of Electronegativity's programmatic API used here (it ships no types). */
interface ScanResult {
  globalChecks: number
  atomicChecks: number
  errors: { file: string; message: string }[]
  issues: {
    id: string
    file: string
    location: { line: number; column: number }
    description: string
  }[]
}
type Scan = (options: {
  input: string
  isRelative: boolean
  electronVersionOverride: string
  excludeFromScan: string[]
}) => Promise<ScanResult>

const root = join(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const builtPage = join(root, 'out/renderer/index.html')
// The release-list check needs the network; the version probe only feeds it (docs/security.md).
const notRun = ['availablesecurityfixesglobalcheck', 'electronversionjsoncheck']

if (!existsSync(builtPage)) {
  console.error(
    `security: ${relative(root, builtPage)} is missing; run \`npx electron-vite build\`.`,
  )
  process.exit(1)
}

// One scan over everything, so the global checks (CSP, navigation limits, permission handler)
// see the whole app: the sources as shipped (tests left out), package.json, and the built page,
// which alone carries the CSP <meta> (the source page gets it at build time).
const scanDir = mkdtempSync(join(tmpdir(), 'rupor-electronegativity-'))
try {
  for (const side of ['main', 'preload', 'shared', 'renderer']) {
    cpSync(join(root, 'src', side), join(scanDir, 'src', side), {
      recursive: true,
      filter: (path) => !/\.test\.tsx?$/.test(path) && !path.includes('test-support'),
    })
  }
  cpSync(join(root, 'package.json'), join(scanDir, 'package.json'))
  mkdirSync(join(scanDir, 'out/renderer'), { recursive: true })
  cpSync(builtPage, join(scanDir, 'out/renderer/index.html'))

  // Its translations are fetched with a one-second timeout; offline it uses the bundled English.
  process.env.LANG = 'en-US'
  const scan = require('@doyensec/electronegativity') as Scan
  const scanner = (require('@doyensec/electronegativity/package.json') as { version: string })
    .version
  const electron = (require('electron/package.json') as { version: string }).version
  const started = Date.now()
  const result = await scan({
    input: scanDir,
    isRelative: true,
    electronVersionOverride: electron,
    excludeFromScan: notRun,
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)

  const findings = result.issues.map((issue) => ({
    id: issue.id,
    file: issue.file,
    line: issue.location.line,
    column: issue.location.column,
    description: issue.description,
  }))
  const sourceLine = (file: string, line: number): string =>
    readFileSync(join(scanDir, file), 'utf8').split('\n')[line - 1] ?? ''
  const { unjustified, stale } = matchFindings(
    findings,
    readJustifications(readFileSync(join(root, 'docs/security.md'), 'utf8')),
    sourceLine,
  )

  console.log(
    `security: Electronegativity ${scanner}, ${result.globalChecks + result.atomicChecks} checks,` +
      ` Electron ${electron}, ${seconds} s: ${findings.length} finding(s),` +
      ` ${findings.length - unjustified.length} justified in docs/security.md.`,
  )
  for (const error of result.errors) {
    console.error(`  could not parse ${relative(scanDir, error.file)}: ${error.message}`)
  }
  for (const finding of unjustified) {
    const place = finding.line === 0 ? finding.file : `${finding.file}:${finding.line}`
    console.error(`  not justified: ${finding.id} at ${place}\n    ${finding.description}`)
    if (finding.line > 0)
      console.error(`    line: ${sourceLine(finding.file, finding.line).trim()}`)
  }
  for (const row of stale) {
    console.error(
      `  stale: docs/security.md:${row.line} justifies ${row.check} in ${row.file} at` +
        ` \`${row.code}\`, which no longer has that finding`,
    )
  }
  if (result.errors.length > 0 || unjustified.length > 0 || stale.length > 0) process.exitCode = 1
} finally {
  rmSync(scanDir, { recursive: true, force: true })
}
