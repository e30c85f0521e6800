/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` into a temporary folder, the server
 * on a free loopback port with its unix socket in that folder, a random password, and everything removed
 * on `stop()`. Binaries: `pg_config --bindir` (the system's PostgreSQL), else `/usr/lib/postgresql/<n>/bin`,
 * else POSTGRES_BINDIR. As root the server runs as the unprivileged user `postgres` (initdb refuses root).
 *
 *   const cluster = await startPostgresCluster()
 *   const uri = await cluster.createDatabase('bench')   // postgres://zhiku:…@127.0.0.1:<port>/bench
 *   await cluster.stop()
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type PostgresCluster = {
  /** URI of the cluster's `postgres` maintenance database (superuser `zhiku`). */
  adminUri: string
  port: number
  /** Creates an empty database (a unique name from `prefix`) and returns its URI. */
  createDatabase: (prefix: string) => Promise<string>
  stop: () => Promise<void>
}

const SUPERUSER = 'zhiku'

/** The folder holding initdb/postgres, or undefined when this machine has none. */
export function findPostgresBindir(): string | undefined {
  const candidates: string[] = []
  if (process.env.POSTGRES_BINDIR) candidates.push(process.env.POSTGRES_BINDIR)
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim())
  } catch (error) {
    // No pg_config on the PATH: look where Debian and Ubuntu install the server.
    if (process.env.DEBUG_POSTGRES_CLUSTER) console.error(error)
  }
  const debian = '/usr/lib/postgresql'
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(debian, version, 'bin'))
  }
  return candidates.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'postgres')))
}

/** A TCP port on 127.0.0.1 nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** uid/gid to run the server as: ourselves, or `postgres` (else `nobody`) when we are root. */
function serverIdentity(): { uid: number; gid: number } | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined
  for (const user of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim())
      const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim())
      if (Number.isInteger(uid) && uid > 0) return { uid, gid }
    } catch (error) {
      if (process.env.DEBUG_POSTGRES_CLUSTER) console.error(error)
    }
  }
  throw new Error('Running as root and no unprivileged user (postgres or nobody) to run PostgreSQL as')
}

function runAs(command: string, args: string[], identity: { uid: number; gid: number } | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...identity, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C.UTF-8' } })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${path.basename(command)} exited ${code}:\n${output}`))))
  })
}

async function waitUntilReady(uri: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000
  let lastError: unknown
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`PostgreSQL exited with code ${server.exitCode} while starting:\n${log()}`)
    const client = new pg.Client({ connectionString: uri })
    try {
      await client.connect()
      await client.query('SELECT 1')
      return
    } catch (error) {
      lastError = error
      await new Promise((resolve) => setTimeout(resolve, 100))
    } finally {
      await client.end().catch(() => undefined)
    }
  }
  throw new Error(`PostgreSQL did not accept connections within 30 s: ${String(lastError)}\n${log()}`)
}

/** Starts a fresh cluster; throws (never silently skips) when PostgreSQL cannot start. */
export async function startPostgresCluster(options: { bindir?: string } = {}): Promise<PostgresCluster> {
  const bindir = options.bindir ?? findPostgresBindir()
  if (!bindir) {
    throw new Error(
      'No PostgreSQL server binaries found (pg_config --bindir, /usr/lib/postgresql/*/bin or POSTGRES_BINDIR). ' +
        'Install them, e.g. `apt-get install postgresql`.',
    )
  }
  const identity = serverIdentity()
  const root = mkdtempSync(path.join(os.tmpdir(), 'zhiku-pg-'))
  const dataDir = path.join(root, 'data')
  const password = randomBytes(18).toString('hex')
  const passwordFile = path.join(root, 'password')
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 })
  if (identity) {
    chownSync(root, identity.uid, identity.gid)
    chownSync(passwordFile, identity.uid, identity.gid)
  }
  chmodSync(root, 0o700)
  let server: ChildProcess | undefined
  const cleanup = () => rmSync(root, { recursive: true, force: true })
  try {
    await runAs(
      path.join(bindir, 'initdb'),
      ['-D', dataDir, '-U', SUPERUSER, `--pwfile=${passwordFile}`, '--auth-local=scram-sha-256', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'],
      identity,
    )
    const port = await freePort()
    let log = ''
    server = spawn(
      path.join(bindir, 'postgres'),
      [
        '-D', dataDir,
        '-p', String(port),
        '-k', root,
        '-c', 'listen_addresses=127.0.0.1',
        '-c', 'max_connections=300',
        // A throwaway cluster: durability is not wanted, speed is.
        '-c', 'fsync=off',
        '-c', 'synchronous_commit=off',
        '-c', 'full_page_writes=off',
      ],
      { ...identity, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C.UTF-8' } },
    )
    server.stdout?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000)))
    server.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000)))
    const running = server
    // Never outlive the process that started it.
    const killOnExit = () => running.kill('SIGKILL')
    process.once('exit', killOnExit)

    const base = `postgres://${SUPERUSER}:${password}@127.0.0.1:${port}`
    const adminUri = `${base}/postgres`
    await waitUntilReady(adminUri, running, () => log)

    let counter = 0
    return {
      adminUri,
      port,
      async createDatabase(prefix) {
        const name = `${prefix.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 40)}_${process.pid}_${++counter}_${randomBytes(3).toString('hex')}`
        const client = new pg.Client({ connectionString: adminUri })
        await client.connect()
        try {
          await client.query(`CREATE DATABASE "${name}"`)
        } finally {
          await client.end()
        }
        return `${base}/${name}`
      },
      async stop() {
        process.removeListener('exit', killOnExit)
        if (running.exitCode === null) {
          const exited = new Promise((resolve) => running.once('exit', resolve))
          // SIGINT = fast shutdown: disconnect clients, stop now.
          running.kill('SIGINT')
          await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
          if (running.exitCode === null) running.kill('SIGKILL')
        }
        cleanup()
      },
    }
  } catch (error) {
    server?.kill('SIGKILL')
    cleanup()
    throw error
  }
}

/** A fresh database beside the one `uri` names, on the same PostgreSQL server (for tests that need their own). */
export async function createSiblingDatabase(uri: string, prefix: string): Promise<string> {
  const url = new URL(uri)
  const name = `${prefix.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 40)}_${process.pid}_${randomBytes(4).toString('hex')}`
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE "${name}"`)
  } finally {
    await client.end()
  }
  url.pathname = `/${name}`
  return url.toString()
}
