import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export type RunningApp = { child: ChildProcess; output: () => string; exited: Promise<number | null> }

/** Starts `src/main.ts` as `npm start` does, in its own process, with the given environment. */
export function startAppProcess(env: Record<string, string>): RunningApp {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (d) => (out += String(d)))
  child.stderr!.on('data', (d) => (out += String(d)))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => out, exited }
}

export async function waitForOutput(app: RunningApp, pattern: RegExp, timeoutMs = 280_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!pattern.test(app.output())) {
    if (app.child.exitCode !== null) throw new Error(`process exited (${app.child.exitCode}) before ${pattern}:\n${app.output()}`)
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${app.output()}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

export async function stopApp(app: RunningApp): Promise<number | null> {
  if (app.child.exitCode === null) app.child.kill('SIGTERM')
  return app.exited
}
