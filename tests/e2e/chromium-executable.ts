import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/**
 * The Chromium to drive: CHROMIUM_PATH (or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH) when set, else a
 * `chromium` on the PATH (Debian's package), else undefined so Playwright uses its own download.
 */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const candidate of [env.CHROMIUM_PATH, env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH]) {
    if (candidate) {
      if (!existsSync(candidate)) throw new Error(`Chromium not found at ${candidate}`)
      return candidate
    }
  }
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim()
      if (found) return found
    } catch {
      // not on the PATH: try the next name, then Playwright's own browser
      continue
    }
  }
  return undefined
}
