import { listCapacity } from '../../../shared/lists'

/**
 * Sizes of the fewest lists that hold `count` people, as equal as can be (the first ones take the
 * remainder): 600 → [200, 200, 200], 513 → [171, 171, 171], 257 → [129, 128].
 */
export function splitEvenly(count: number, capacity = listCapacity): number[] {
  if (count <= 0) return []
  const parts = Math.ceil(count / capacity)
  const base = Math.floor(count / parts)
  const larger = count % parts
  return Array.from({ length: parts }, (_, index) => base + (index < larger ? 1 : 0))
}

/** "Клиенты VIP 1/3", "Клиенты VIP 2/3"… — one list keeps its name. */
export function partNames(name: string, parts: number): string[] {
  if (parts <= 1) return [name]
  return Array.from(
    { length: parts },
    (_, index) => `${name} ${String(index + 1)}/${String(parts)}`,
  )
}
