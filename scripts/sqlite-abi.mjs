#!/usr/bin/env node
// better-sqlite3 is a native module, and Node and Electron need different builds of it.
// The Node build stays in node_modules/better-sqlite3 (tests, the host, the bench). The Electron
// build is made on demand into node_modules/.rupor-electron-sqlite/<electron version>/ and loaded
// by the desktop app through better-sqlite3's `nativeBinding` option, so neither breaks the other.
//   node scripts/sqlite-abi.mjs node      make sure the Node build loads in this Node
//   node scripts/sqlite-abi.mjs electron  make sure an Electron build exists for the installed Electron
//   node scripts/sqlite-abi.mjs electron-if-available  the same wherever Electron's binary is there
//       or can be downloaded (`npm test`: the Electron e2e runs there too); nothing where it cannot
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  copyFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
let target = process.argv[2]
if (target === 'electron-if-available') {
  // Electron 45's package downloads its binary on first require, not at install; it no longer
  // reads ELECTRON_SKIP_BINARY_DOWNLOAD, so that is honoured here (this project's CI machine
  // sets it: Electron's download site is out of its reach).
  const downloaded = existsSync(join(dirname(require.resolve('electron/package.json')), 'path.txt'))
  let binary
  if (downloaded || !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    try {
      binary = require('electron')
    } catch {
      binary = undefined
    }
  }
  if (typeof binary !== 'string' || !existsSync(binary)) {
    console.log('sqlite-abi: no Electron binary here, so no Electron build of better-sqlite3.')
    process.exit(0)
  }
  target = 'electron'
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  })
  if (result.status !== 0) {
    console.error(`sqlite-abi: "${command} ${args.join(' ')}" failed in ${cwd}`)
    process.exit(result.status ?? 1)
  }
}

function nodeBuildLoads() {
  const probe = "const D=require('better-sqlite3');new D(':memory:').prepare('select 1').get()"
  return spawnSync(process.execPath, ['-e', probe], { cwd: root, stdio: 'ignore' }).status === 0
}

if (target === 'node') {
  if (!nodeBuildLoads()) {
    console.log('sqlite-abi: building better-sqlite3 for Node…')
    run(npm, ['rebuild', 'better-sqlite3'], root)
    if (!nodeBuildLoads()) {
      console.error('sqlite-abi: better-sqlite3 still does not load in Node after a rebuild.')
      process.exit(1)
    }
  }
} else if (target === 'electron') {
  const electronVersion = JSON.parse(
    readFileSync(require.resolve('electron/package.json'), 'utf8'),
  ).version
  const out = join(
    root,
    'node_modules',
    '.rupor-electron-sqlite',
    electronVersion,
    'better_sqlite3.node',
  )
  if (!existsSync(out)) {
    console.log(`sqlite-abi: building better-sqlite3 for Electron ${electronVersion} (once)…`)
    const source = dirname(require.resolve('better-sqlite3/package.json'))
    const work = mkdtempSync(join(tmpdir(), 'rupor-sqlite-'))
    try {
      cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${source}/build`) })
      // Electron's documented way: node-gyp against Electron's headers (see "Native Node Modules").
      run(
        npm,
        [
          'exec',
          '--yes',
          '--',
          'node-gyp',
          'rebuild',
          '--release',
          `--target=${electronVersion}`,
          '--runtime=electron',
          '--dist-url=https://electronjs.org/headers',
          '--nodedir=',
        ],
        work,
      )
      mkdirSync(dirname(out), { recursive: true })
      copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), out)
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  }
} else {
  console.error('usage: node scripts/sqlite-abi.mjs node|electron')
  process.exit(2)
}
