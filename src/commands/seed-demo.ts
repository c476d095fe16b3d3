import { migrateToLatest } from '../db/migrate.ts'
import { loadDemoData } from '../features/demo-data/load-demo-data.ts'
import { fileServiceFor } from '../platform/files/index.ts'
import { loadInitialHolidaysIfEmpty } from '../features/holidays/index.ts'
import { EXIT, openCommandDatabase, runCommand } from './command-database.ts'
import { createProgress } from './progress.ts'

/**
 * `npm run seed:demo`: what the app's first start does, without starting it: migrations,
 * the holiday calendar and the demo province, into DATA_DIR or DATABASE_URL. A database
 * that already has organisations keeps them (nothing is loaded twice).
 */
runCommand(async () => {
  const handle = await openCommandDatabase(process.env, { mayCreate: true })
  try {
    const progress = createProgress({ title: 'seed:demo', unit: 'items' })
    progress.step('migrations')
    const applied = await migrateToLatest(handle.db)
    progress.add(applied.length)
    progress.step('holidays')
    progress.add(await loadInitialHolidaysIfEmpty(handle.db))
    progress.step('demo province')
    const demo = await loadDemoData(handle.db, new Date(), { baseUrl: handle.baseUrl, files: fileServiceFor({ db: handle.db, config: handle.config }) })
    progress.add(demo.organisations + demo.users + demo.complaints + demo.portalItems)
    progress.finish([`${applied.length} migrations applied`, demo.loaded ? `${demo.organisations} organisations, ${demo.users} users, ${demo.complaints} complaints loaded` : 'the database already had organisations: demo data not loaded'])
    process.stdout.write(
      demo.loaded
        ? `โหลดข้อมูลตัวอย่างแล้ว (${handle.engine}): ${demo.organisations} หน่วยงาน ${demo.users} ผู้ใช้ ${demo.complaints} เรื่องร้องเรียน\nDemo data loaded (${handle.engine}): ${demo.organisations} organisations, ${demo.users} users, ${demo.complaints} complaints\n`
        : `ฐานข้อมูลมีหน่วยงานอยู่แล้ว จึงไม่ได้โหลดข้อมูลตัวอย่าง\nThe database already has organisations: demo data not loaded\n`,
    )
    return EXIT.ok
  } finally {
    await handle.close()
  }
})
