import { verifyAuditChain } from '../platform/audit/audit-log.ts'
import { verifyResultMessage } from '../features/audit-log/index.ts'
import { CommandExit, EXIT, openCommandDatabase, runCommand } from './command-database.ts'
import { createProgress } from './progress.ts'

/**
 * `npm run audit:verify`: walks the whole audit hash chain and says whether any event was
 * edited or removed. Exit 0 when intact, 1 when broken (so cron or CI can alert on it).
 * Progress goes to stderr, the verdict (Thai line, then English line) to stdout.
 */
runCommand(async () => {
  const handle = await openCommandDatabase()
  try {
    process.stderr.write(`กำลังตรวจสอบห่วงโซ่บันทึกการตรวจสอบ (${handle.engine}) / checking the audit chain (${handle.engine})\n`)
    const progress = createProgress({ title: 'audit:verify', unit: 'events' })
    const result = await (async () => {
      const { n } = await handle.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      progress.step('audit_events', Number(n))
      return verifyAuditChain(handle.db, (checked) => progress.add(checked - progress.total))
    })().catch((err: unknown) => {
      progress.interrupt()
      if ((err as { code?: unknown }).code === '42P01') {
        throw new CommandExit(
          EXIT.noInput,
          'ฐานข้อมูลนี้ไม่มีบันทึกการตรวจสอบ (ยังไม่ได้สร้างตาราง audit_events)\nThis database has no audit trail (there is no audit_events table).',
        )
      }
      throw err
    })
    progress.finish()
    const message = verifyResultMessage(result)
    process.stdout.write(`${message.th}\n${message.en}\n`)
    return result.ok ? EXIT.ok : EXIT.failed
  } finally {
    await handle.close()
  }
})
