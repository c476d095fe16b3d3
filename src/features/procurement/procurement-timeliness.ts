import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { businessDaysBetween } from '../../platform/thai-calendar/index.ts'
import { loadHolidayDates } from '../holidays/index.ts'
import { PLAN_PUBLICATION_BUSINESS_DAYS, type PlanContent } from './procurement.domain.ts'

export type PlanTimeliness = { businessDays: number; withinLimit: boolean; limit: number }

/** How many business days (stored holidays skipped) passed from the allocation to the plan's publication. */
export async function planTimeliness(db: Kysely<Database>, plan: Pick<PlanContent, 'allocatedOn' | 'announcedOn'>): Promise<PlanTimeliness> {
  const holidays = await loadHolidayDates(db, plan.allocatedOn, plan.announcedOn)
  const businessDays = businessDaysBetween(plan.allocatedOn, plan.announcedOn, holidays)
  return { businessDays, withinLimit: businessDays <= PLAN_PUBLICATION_BUSINESS_DAYS, limit: PLAN_PUBLICATION_BUSINESS_DAYS }
}
