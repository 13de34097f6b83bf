// How full a limit gauge is, and its colour: calm, close, or at the limit.

export function gaugePercent(used: number, max: number): number {
  if (max <= 0) return used > 0 ? 100 : 0
  return Math.min(100, Math.max(0, (used / max) * 100))
}

export function gaugeColor(used: number, max: number): 'teal' | 'yellow' | 'red' {
  if (max <= 0 || used >= max) return 'red'
  if (used / max >= 0.8) return 'yellow'
  return 'teal'
}
