import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { canEditHolidays } from '../../platform/auth/policy.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import {
  ceToBe,
  formatDateEn,
  formatDateTh,
  parseIsoDate,
  type Holiday,
  type IsoDate,
  type SubstituteDayProposal,
} from '../../platform/thai-calendar/index.ts'
import { deadlineAfterBusinessDays } from './business-day-deadlines.ts'
import {
  beYearRange,
  holidayAuditFields,
  isSameHoliday,
  lacksRoyalCeremony,
  proposalContext,
  substituteProposalsForYear,
  yearsWithoutData,
} from './holidays.domain.ts'
import {
  deleteHoliday,
  findHoliday,
  holidayYears,
  insertHoliday,
  isUniqueViolation,
  listHolidaysBetween,
  replaceHoliday,
} from './holidays.repository.ts'

export type HolidaysContext = { db: Kysely<Database>; actor: Actor; now: Date }

export function assertCanEditHolidays(actor: Actor): void {
  if (!canEditHolidays(actor)) throw new ForbiddenError('only platform administrators manage the holiday calendar')
}

export type YearCount = { beYear: number; count: number }

export type HolidayYearView = {
  beYear: number
  holidays: Holiday[]
  proposals: SubstituteDayProposal[]
  years: YearCount[]
  lacksRoyalCeremony: boolean
}

export async function recordedYears(db: Kysely<Database>): Promise<YearCount[]> {
  return (await holidayYears(db)).map((y) => ({ beYear: ceToBe(y.ceYear), count: y.count }))
}

/** One year of the calendar as the admin page shows it, with the substitute days it seems to lack. */
export async function holidayYear({ db, actor }: HolidaysContext, beYear: number): Promise<HolidayYearView> {
  assertCanEditHolidays(actor)
  const year = beYearRange(beYear)
  const around = await listHolidaysBetween(db, proposalContext(beYear))
  const holidays = around.filter((h) => h.date >= year.start && h.date <= year.end)
  return {
    beYear,
    holidays,
    proposals: substituteProposalsForYear(around, beYear),
    years: await recordedYears(db),
    lacksRoyalCeremony: lacksRoyalCeremony(holidays),
  }
}

function duplicateDate(existing: Holiday): ValidationError {
  return new ValidationError({
    date: {
      th: `มีวันหยุดในวันที่ ${formatDateTh(existing.date)} อยู่แล้ว (${existing.nameTh}) วันหนึ่งมีได้รายการเดียว กรุณาแก้ไขรายการเดิมแทน`,
      en: `${formatDateEn(existing.date, { era: 'be' })} is already a holiday (${existing.nameEn}); a day holds one entry, so edit that one instead`,
    },
  })
}

/** Someone else took the date between our check and our write: the primary key decides, the message is the same. */
async function orDuplicate<T>(db: Kysely<Database>, date: IsoDate, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (e) {
    if (!isUniqueViolation(e)) throw e
    const existing = await findHoliday(db, date)
    throw existing ? duplicateDate(existing) : e
  }
}

export async function addHoliday({ db, actor, now }: HolidaysContext, holiday: Holiday): Promise<void> {
  assertCanEditHolidays(actor)
  await orDuplicate(db, holiday.date, () =>
    db.transaction().execute(async (trx) => {
      const existing = await findHoliday(trx, holiday.date)
      if (existing) throw duplicateDate(existing)
      await insertHoliday(trx, holiday)
      await recordAudit(trx, {
        actor: auditActorOf(actor),
        organisationId: null,
        action: 'holiday.created',
        entityType: 'holiday',
        entityId: holiday.date,
        summary: { before: null, after: holidayAuditFields(holiday) },
        at: now,
      })
    }),
  )
}

/** A date from the address bar: anything that is not a real date is simply not a holiday. */
function dateParam(text: string): IsoDate {
  const date = parseIsoDate(text)
  if (!date) throw new NotFoundError('holiday')
  return date
}

export async function holidayOn({ db, actor }: HolidaysContext, dateText: string): Promise<Holiday> {
  assertCanEditHolidays(actor)
  const holiday = await findHoliday(db, dateParam(dateText))
  if (!holiday) throw new NotFoundError('holiday')
  return holiday
}

/** Changes a holiday, its date included (the cabinet moves days). */
export async function updateHoliday({ db, actor, now }: HolidaysContext, dateText: string, changed: Holiday): Promise<void> {
  assertCanEditHolidays(actor)
  const date = dateParam(dateText)
  await orDuplicate(db, changed.date, () =>
    db.transaction().execute(async (trx) => {
      const before = await findHoliday(trx, date)
      if (!before) throw new NotFoundError('holiday')
      if (isSameHoliday(before, changed)) return
      if (changed.date !== date) {
        const taken = await findHoliday(trx, changed.date)
        if (taken) throw duplicateDate(taken)
      }
      await replaceHoliday(trx, date, changed)
      await recordAudit(trx, {
        actor: auditActorOf(actor),
        organisationId: null,
        action: 'holiday.updated',
        entityType: 'holiday',
        entityId: changed.date,
        summary: { before: holidayAuditFields(before), after: holidayAuditFields(changed) },
        at: now,
      })
    }),
  )
}

export async function removeHoliday({ db, actor, now }: HolidaysContext, dateText: string): Promise<Holiday> {
  assertCanEditHolidays(actor)
  const date = dateParam(dateText)
  return db.transaction().execute(async (trx) => {
    const before = await findHoliday(trx, date)
    if (!before) throw new NotFoundError('holiday')
    await deleteHoliday(trx, date)
    await recordAudit(trx, {
      actor: auditActorOf(actor),
      organisationId: null,
      action: 'holiday.deleted',
      entityType: 'holiday',
      entityId: date,
      summary: { before: holidayAuditFields(before), after: null },
      at: now,
    })
    return before
  })
}

export type DeadlineCheck = {
  start: IsoDate
  businessDays: number
  due: IsoDate
  /** The holidays the count stepped over, so the admin sees why the date moved. */
  holidaysSkipped: Holiday[]
  /** BE years the count crossed for which no holidays are recorded. */
  yearsWithoutData: number[]
}

/** The same calculation complaint deadlines use, for an admin to check the calendar against. */
export async function checkDeadline({ db, actor }: HolidaysContext, start: IsoDate, businessDays: number): Promise<DeadlineCheck> {
  assertCanEditHolidays(actor)
  const due = await deadlineAfterBusinessDays(db, start, businessDays)
  const [from, to] = start <= due ? [start, due] : [due, start]
  const between = await listHolidaysBetween(db, { start: from, end: to })
  const years = await holidayYears(db)
  return {
    start,
    businessDays,
    due,
    holidaysSkipped: between.filter((h) => h.date !== start),
    yearsWithoutData: yearsWithoutData(start, due, years.map((y) => y.ceYear)),
  }
}
