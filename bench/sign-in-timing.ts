/**
 * Sign-in timing: how long a wrong password on a real account takes next to a sign-in with an address
 * that has no account (they should be close, so timing does not tell which addresses exist), and a
 * correct sign-in. In-process through Payload's REST handler, on a fresh SQLite file.
 *
 *   npx tsx bench/sign-in-timing.ts [--trials 8]
 */
import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

const trials = Number(process.argv[process.argv.indexOf('--trials') + 1]) || 8
const file = `data/bench-sign-in-${process.pid}.db`
process.env.DATABASE_URI = `file:./${file}`
process.env.PAYLOAD_SECRET ||= 'bench-secret-bench-secret-bench-secret'
process.env.PAYLOAD_LOG_LEVEL ||= 'fatal'
process.env.ZHIKU_JOBS_AUTORUN = 'false'

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function main() {
  const { openPayload } = await import('../scripts/lib/open-payload')
  const { default: config } = await import('../payload.config')
  const { handleEndpoints } = await import('payload')
  const payload = await openPayload()
  const login = async (email: string, password: string) => {
    const request = new Request('http://localhost/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    const start = performance.now()
    const response = await handleEndpoints({ config, request })
    await response.text()
    return { ms: performance.now() - start, status: response.status }
  }
  const times = { wrongPassword: [] as number[], unknownAddress: [] as number[], correct: [] as number[] }
  for (let i = 0; i < trials; i += 1) {
    const email = `bench-${randomUUID().slice(0, 8)}@example.test`
    await payload.create({ collection: 'users', data: { email, password: 'right-password', name: 'Bench', roles: ['editor'] } })
    times.wrongPassword.push((await login(email, 'wrong-password')).ms)
    times.unknownAddress.push((await login(`nobody-${randomUUID().slice(0, 8)}@example.test`, 'wrong-password')).ms)
    times.correct.push((await login(email, 'right-password')).ms)
  }
  for (const [name, values] of Object.entries(times)) {
    console.log(`${name.padEnd(15)} median ${median(values).toFixed(0)} ms  (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, n=${values.length})`)
  }
  await payload.destroy()
}

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
  })
