import { performance } from 'node:perf_hooks'
import { ConfigError, loadConfig } from './config.ts'
import { connect, openPglite } from './db/connect.ts'
import { DataDirLockedError } from './db/data-dir-lock.ts'
import { migrateToLatest } from './db/migrate.ts'
import { loadDemoData } from './features/demo-data/load-demo-data.ts'
import { planDemoSnapshot, saveDemoSnapshot } from './features/demo-data/demo-snapshot.ts'
import { fileServiceFor } from './platform/files/index.ts'
import { loadInitialHolidaysIfEmpty } from './features/holidays/index.ts'

/** Start-up only: configuration, database, migrations, first-run data, listen, graceful shutdown. */
async function main(): Promise<void> {
  const started = performance.now()
  let config
  try {
    config = loadConfig()
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message)
      process.exit(78)
    }
    throw err
  }

  // The app's ~900 modules load on this thread while the database's WebAssembly compiles on others.
  const appModule = import('./app.ts')
  const workerModule = import('./worker.ts')
  for (const m of [appModule, workerModule]) m.catch(() => {})
  const now = new Date()
  const snapshot = planDemoSnapshot(config, now)
  let handle
  try {
    handle = snapshot?.found ? await openPglite(config.dataDir, { loadDataDir: snapshot.found.pgdata }) : await connect(config)
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(err.message)
      process.exit(75)
    }
    throw err
  }
  const applied = await migrateToLatest(handle.db)
  const holidays = await loadInitialHolidaysIfEmpty(handle.db)
  snapshot?.found?.copyFilesTo(config.filesDir)
  const demo = snapshot?.found
    ? { loaded: true, from: 'snapshot' }
    : { loaded: config.demoData && (await loadDemoData(handle.db, now, { baseUrl: config.baseUrl, files: fileServiceFor({ db: handle.db, config }) })).loaded, from: 'built' }
  if (snapshot && !snapshot.found && demo.loaded && handle.pglite) await saveDemoSnapshot(snapshot.dir, snapshot.key, handle.pglite, config.filesDir)

  const { createApp } = await appModule
  const app = await createApp({ db: handle.db, engine: handle.engine, config, clock: () => new Date() })
  await app.listen({ host: config.host, port: config.port })
  // Jobs start once the app serves requests; JOBS=off leaves them to other instances.
  const { createAppWorker } = await workerModule
  const worker = config.jobs ? createAppWorker({ db: handle.db, config, clock: () => new Date(), log: app.log.child({ module: 'jobs' }) }) : undefined
  await worker?.start()
  app.log.info(
    {
      engine: handle.engine,
      migrationsApplied: applied.length,
      holidaysLoaded: holidays,
      demoDataLoaded: demo.loaded,
      demoFrom: demo.loaded ? demo.from : undefined,
      jobs: worker ? 'on' : 'off',
      mail: config.smtpUrl ? 'smtp' : 'outbox only',
      startupMs: Math.round(performance.now() - started),
    },
    `Prongsai is ready at ${config.baseUrl}`,
  )

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    app.log.info({ signal }, 'shutting down')
    // Stop accepting connections and let requests in flight and the running job finish, then close the database.
    const force = setTimeout(() => process.exit(1), 15_000)
    force.unref()
    try {
      await Promise.all([app.close(), worker?.stop({ graceMs: 10_000 })])
      await handle.close()
    } finally {
      process.exit(0)
    }
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

main().catch((err: unknown) => {
  console.error('Prongsai failed to start / เริ่มระบบไม่สำเร็จ:', err)
  process.exit(1)
})
