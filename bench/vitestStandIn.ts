/**
 * What the server's test helpers get for `vitest` when a bench imports them
 * (`testHelpersOutsideVitest.ts` points the name here). The helpers only
 * import it to tidy up after a test (`onTestFinished`): here that tidy-up is
 * kept and run once, when the bench ends. Anything else a helper might call
 * says plainly that it needs the test runner.
 */
type Cleanup = () => unknown

const cleanups: Cleanup[] = []

export function onTestFinished(cleanup: Cleanup): void {
  cleanups.push(cleanup)
}

/** Runs every kept tidy-up, newest first, each once; one that fails does not stop the rest. */
export async function runTestCleanups(): Promise<void> {
  for (let cleanup = cleanups.pop(); cleanup; cleanup = cleanups.pop()) {
    try {
      await cleanup()
    } catch (error) {
      console.error('A tidy-up failed:', error)
    }
  }
}

function needsVitest(name: string) {
  return (): never => {
    throw new Error(`${name} needs the vitest runner; a bench cannot use it`)
  }
}

export const afterAll = needsVitest('afterAll')
export const beforeAll = needsVitest('beforeAll')
export const describe = needsVitest('describe')
export const expect = needsVitest('expect')
export const test = needsVitest('test')
