import { writeSync } from 'node:fs'
import { register } from 'node:module'

/*
 * Every command (`demo`, `seed`, `import`, benchmarks) starts through here, before it loads Payload:
 * the hook below keeps Lexical's top-level-await wrappers out of the module graph (see
 * lexical-resolve-hook.mjs for why a command could otherwise stop silently before doing anything).
 * Modules that import Payload must be loaded with `await import()` after this module has run.
 */
register('./lexical-resolve-hook.mjs', import.meta.url)

/**
 * Runs a command's main function and exits with its code. Should the event loop ever empty while
 * main still awaits something, the command says so and exits 1 instead of passing for a success.
 */
export function runCommand(name: string, main: () => Promise<number>): void {
  let finished = false
  process.on('beforeExit', () => {
    if (finished) return
    writeSync(2, `${name} stopped before it finished (an operation never completed).\n`)
    process.exitCode = 1
  })
  main().then(
    (code) => {
      finished = true
      process.exit(code)
    },
    (error: unknown) => {
      finished = true
      writeSync(2, `${error instanceof Error && error.stack ? error.stack : String(error)}\n`)
      process.exit(1)
    },
  )
}
