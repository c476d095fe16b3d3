import { ValidationError, type FieldErrors } from '../../errors.ts'
import { auditActorOf } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { serializeHolidayCsv, type Holiday } from '../../platform/thai-calendar/index.ts'
import { beYearRange, holidayAuditLine, holidaysOutsideYear } from './holidays.domain.ts'
import { deleteHolidaysBetween, insertHolidays, listHolidaysBetween, lockHolidaysForWriting } from './holidays.repository.ts'
import { assertCanEditHolidays, type HolidaysContext } from './holidays.use-cases.ts'

// Excel opens a CSV as the machine's legacy code page unless a byte-order mark says UTF-8.
const UTF8_BOM = '\uFEFF'

export async function exportYearCsv({ db, actor }: HolidaysContext, beYear: number): Promise<{ filename: string; body: string }> {
  assertCanEditHolidays(actor)
  const holidays = await listHolidaysBetween(db, beYearRange(beYear))
  return { filename: `thai-government-holidays-${beYear}.csv`, body: UTF8_BOM + serializeHolidayCsv(holidays) }
}

/** How many holidays an import would replace, for the import page. */
export async function holidayCountInYear({ db, actor }: HolidaysContext, beYear: number): Promise<number> {
  assertCanEditHolidays(actor)
  return (await listHolidaysBetween(db, beYearRange(beYear))).length
}

function outsideYearErrors(outside: readonly Holiday[], beYear: number): FieldErrors {
  const errors: FieldErrors = {}
  outside.forEach((h, i) => {
    errors[`csv-outside-${i + 1}`] = {
      th: `วันที่ ${h.date} (${h.nameTh}) ไม่อยู่ในปี พ.ศ. ${beYear} นำเข้าได้เฉพาะวันหยุดของปีนี้`,
      en: `${h.date} (${h.nameEn}) is not in ${beYear} BE; import only this year's holidays`,
    }
  })
  return errors
}

/**
 * Replaces a whole year with a checked list, all or nothing: the cabinet's yearly
 * announcement becomes the calendar in one step, and a bad file changes nothing.
 */
export async function replaceYearHolidays(
  { db, actor, now }: HolidaysContext,
  beYear: number,
  holidays: readonly Holiday[],
): Promise<{ before: number; after: number }> {
  assertCanEditHolidays(actor)
  if (holidays.length === 0) {
    throw new ValidationError({
      csv: { th: 'ไฟล์ไม่มีรายการวันหยุด ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ', en: 'The file lists no holidays; nothing was changed' },
    })
  }
  const outside = holidaysOutsideYear(holidays, beYear)
  if (outside.length > 0) {
    throw new ValidationError({
      csv: { th: 'ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ กรุณาแก้ไขรายการด้านล่างแล้วส่งอีกครั้ง', en: 'Nothing was changed. Fix the rows below and send the file again.' },
      ...outsideYearErrors(outside, beYear),
    })
  }
  const year = beYearRange(beYear)
  return db.transaction().execute(async (trx) => {
    await lockHolidaysForWriting(trx)
    const before = await listHolidaysBetween(trx, year)
    await deleteHolidaysBetween(trx, year)
    await insertHolidays(trx, holidays)
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId: null,
      action: 'holidays.year_imported',
      entityType: 'holidays',
      entityId: String(beYear),
      summary: {
        before: { year_be: beYear, count: before.length, holidays: before.map(holidayAuditLine) },
        after: { year_be: beYear, count: holidays.length, holidays: holidays.map(holidayAuditLine) },
      },
      at: now,
    })
    return { before: before.length, after: holidays.length }
  })
}
