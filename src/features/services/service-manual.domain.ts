import type { MaybeActor } from '../../platform/auth/actor.ts'
import { canAdministerOrganisation, hasRoleIn, type OrgPath } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'

/**
 * The citizen service manual of the Facilitation Act 2558 (พ.ร.บ.การอำนวยความสะดวกในการพิจารณา
 * อนุญาตของทางราชการ พ.ศ. ๒๕๕๘): every field the Act's manual carries. Documents and fees are
 * never silently empty: an empty list must be declared ("none", "no fee").
 */
export type DayUnit = 'business' | 'calendar'

export type ServiceStep = { title: string; days: number; unit: string }
export type ServiceDocument = { name: string; copies: string; note: string }
export type ServiceFee = { item: string; amount: string }

export type ServiceManual = {
  nameTh: string
  nameEn: string
  legalBasis: string
  responsibleUnit: string
  place: string
  hours: string
  onlineUrl: string
  /** Whether applicants may file online on Prongsai (otherwise the counter files for them). */
  allowsOnline: boolean
  conditions: string
  dayUnit: DayUnit
  steps: ServiceStep[]
  documents: ServiceDocument[]
  /** Declared explicitly when `documents` is empty. */
  noDocuments: boolean
  fees: ServiceFee[]
  /** Declared explicitly when `fees` is empty. */
  noFee: boolean
  complaintChannel: string
  /** Sample forms, as files of the files service. */
  forms: { fileId: string; name: string }[]
}

export const MAX_STEPS = 30
export const MAX_LIST_ROWS = 40
export const LIMITS = { name: 300, text: 4000, line: 500, days: 365 } as const

/** Who keeps an agency's services and their requests: its officers, head and administrators. */
export const SERVICE_EDITOR_ROLES: readonly Role[] = ['admin', 'officer', 'head']

export function canEditServices(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor || path.length === 0) return false
  return hasRoleIn(actor, path[0]!, ...SERVICE_EDITOR_ROLES) || canAdministerOrganisation(actor, path)
}

/** The head (and administrators) read the completion-time figures and are reminded with the officer. */
export function canReadServiceStatistics(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor || path.length === 0) return false
  return hasRoleIn(actor, path[0]!, 'head', 'admin', 'officer', 'ita_coordinator') || canAdministerOrganisation(actor, path)
}

export function totalDays(steps: readonly ServiceStep[]): number {
  return steps.reduce((sum, s) => sum + s.days, 0)
}

export const DAY_UNIT_LABELS: Record<DayUnit, { th: string; en: string }> = {
  business: { th: 'วันทำการ', en: 'business days' },
  calendar: { th: 'วัน', en: 'days' },
}

export function isDayUnit(v: unknown): v is DayUnit {
  return v === 'business' || v === 'calendar'
}

export function serviceKeyOf(number: number): string {
  return `svc-${number}`
}

export function emptyManual(): ServiceManual {
  return {
    nameTh: '',
    nameEn: '',
    legalBasis: '',
    responsibleUnit: '',
    place: '',
    hours: 'วันจันทร์ถึงวันศุกร์ (ยกเว้นวันหยุดที่ทางราชการกำหนด) ตั้งแต่เวลา ๐๘.๓๐–๑๖.๓๐ น. (มีพักเที่ยง)',
    onlineUrl: '',
    allowsOnline: false,
    conditions: '',
    dayUnit: 'business',
    steps: [],
    documents: [],
    noDocuments: false,
    fees: [],
    noFee: false,
    complaintChannel: '',
    forms: [],
  }
}

/** A manual read back from the database (JSON), tolerating fields added later. */
export function manualFromJson(raw: unknown): ServiceManual {
  const base = emptyManual()
  if (!raw || typeof raw !== 'object') return base
  return { ...base, ...(raw as Partial<ServiceManual>) }
}
