// One bench run as it is kept in bench/results/: when, at which commit, on what machine, and the
// figures. Files are named <YYYY-MM-DD>T<HHMM>-<short rev>.json (UTC), so they sort by time.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'

export const resultsDir = join(__dirname, 'results')

/** Named figures: each name ends with its unit (Ms, PerSecond, Mb, Kb, Percent, Ratio). */
export type Figures = Record<string, number>

export interface RunRecord {
  at: string
  rev: string
  /** Uncommitted changes under src/ when the run began: the figures may not be of `rev` alone. */
  srcDirty: boolean
  machine: { cpuModel: string; cores: number; memoryGb: number; platform: string }
  node: string
  parts: string[]
  /** What was measured: sizes and counts, not performance. */
  sizes: Figures
  figures: Figures
}

const git = (...args: string[]): string =>
  execFileSync('git', args, { cwd: __dirname, encoding: 'utf8' }).trim()

/** Whether src/ has uncommitted changes now. */
export const srcDirtyNow = (): boolean =>
  git('status', '--porcelain', '--', join(__dirname, '../src')) !== ''

export function newRecord(
  run: { parts: string[]; srcDirty: boolean },
  sizes: Figures,
  figures: Figures,
): RunRecord {
  const [cpu] = cpus()
  return {
    at: new Date().toISOString(),
    rev: git('rev-parse', '--short', 'HEAD'),
    srcDirty: run.srcDirty,
    machine: {
      cpuModel: cpu?.model.trim() ?? 'unknown',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      platform: `${process.platform}-${process.arch}`,
    },
    node: process.version,
    parts: run.parts,
    sizes,
    figures,
  }
}

export const recordFileName = (record: RunRecord): string =>
  `${record.at.slice(0, 10)}T${record.at.slice(11, 13)}${record.at.slice(14, 16)}-${record.rev}.json`

/** Saves the run, laid out as Prettier would (the lint checks every file); returns its name. */
export async function saveRecord(record: RunRecord): Promise<string> {
  mkdirSync(resultsDir, { recursive: true })
  const name = recordFileName(record)
  const file = join(resultsDir, name)
  const options = await resolveConfig(file)
  writeFileSync(file, await format(JSON.stringify(record), { ...options, filepath: file }))
  return name
}

/** Every saved run, oldest first, with its file name. */
export function savedRecords(): { file: string; record: RunRecord }[] {
  let files: string[]
  try {
    files = readdirSync(resultsDir).filter((file) => file.endsWith('.json'))
  } catch {
    return []
  }
  return files
    .map((file) => ({
      file,
      record: JSON.parse(readFileSync(join(resultsDir, file), 'utf8')) as RunRecord,
    }))
    .sort((a, b) => a.record.at.localeCompare(b.record.at))
}
