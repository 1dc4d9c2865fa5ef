/**
 * The parts of `pnpm bench`, so one can be run alone:
 * `BENCH_ONLY=postgres pnpm bench`, or several, `BENCH_ONLY=sqlite,cluster`.
 */
export const benchParts = ['sqlite', 'postgres', 'cluster'] as const
export type BenchPart = (typeof benchParts)[number]

/** The parts BENCH_ONLY names (all when it is unset); throws a plain sentence for a name it does not know. */
export function chosenParts(value: string | undefined): Set<BenchPart> {
  if (!value) return new Set(benchParts)
  const chosen = new Set<BenchPart>()
  for (const name of value.split(',').map((part) => part.trim().toLowerCase())) {
    const part = benchParts.find((known) => known === name)
    if (!part) throw new Error(`BENCH_ONLY: "${name}" is not one of ${benchParts.join(', ')}`)
    chosen.add(part)
  }
  return chosen
}
