import type { RecoveryAction } from '../core/db/recovery/run-recovery'

/**
 * The command line that starts this host again with `--recover <action>`: the same program,
 * script and options (any earlier `--recover` dropped), quoted for the system's shell, so the
 * owner can copy it as printed.
 */
export function recoverCommand(
  argv: readonly string[],
  action: RecoveryAction,
  platform: NodeJS.Platform = process.platform,
): string {
  const kept: string[] = []
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? ''
    if (arg === '--recover') i += 1
    else if (!arg.startsWith('--recover=')) kept.push(arg)
  }
  const quote = platform === 'win32' ? quoteForCmd : quoteForSh
  return [...kept, '--recover', action].map(quote).join(' ')
}

const quoteForSh = (arg: string): string =>
  /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`

const quoteForCmd = (arg: string): string =>
  /^[\w@%+=:,./\\-]+$/.test(arg) ? arg : `"${arg.replace(/"/g, '""')}"`
