import type { Locale } from '../../../platform/i18n/locale.ts'
import { formatSatang } from '../development-plan.domain.ts'

export const staffPlanUrl = (id: string) => `/staff/development-plan/${id}`
export const publicPlanUrl = (slug: string) => `/o/${slug}/development-plan`
export const publicMonitoringUrl = (slug: string, fy: number) => `/o/${slug}/development-plan/monitoring/${fy}`

export const baht = (satang: number | null, locale: Locale) => (satang === null ? '–' : locale === 'th' ? `${formatSatang(satang)} บาท` : `${formatSatang(satang)} baht`)
export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
