/**
 * The budget spending plan (C1): money as whole satang (integers, never floats), totals and the
 * share spent, the checks every line must pass whether typed in the form or imported, and who
 * may keep an agency's plan. Pure: the date is passed in.
 */
import type { MaybeActor } from '../../platform/auth/actor.ts'
import { canAdministerOrganisation, hasRoleIn, type OrgPath } from '../../platform/auth/policy.ts'
import type { Role } from '../../platform/auth/roles.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { fromThaiDigits, quarterRange, type FiscalQuarter, type IsoDate } from '../../platform/thai-calendar/index.ts'

/** The same people who keep the agency's portal keep its budget disclosure (mirrors the portal's rule). */
export const BUDGET_EDITOR_ROLES: readonly Role[] = ['officer', 'ita_coordinator', 'admin', 'head']

/** The organisation is `path[0]`; administrators of a body above it (and platform admins) may step in. */
export function canEditBudget(actor: MaybeActor, path: OrgPath): boolean {
  if (!actor || path.length === 0) return false
  return hasRoleIn(actor, path[0]!, ...BUDGET_EDITOR_ROLES) || canAdministerOrganisation(actor, path)
}

export const QUARTERS: readonly FiscalQuarter[] = [1, 2, 3, 4]
export type Quarterly<T> = readonly [T, T, T, T]

/** One line of the plan: a programme, plan, project or expense category. */
export type BudgetLine = {
  name: string
  category: string
  allocated: number
  planned: Quarterly<number>
  /** null: not reported yet, which differs from nothing spent (0). */
  actual: Quarterly<number | null>
}

export const LIMITS = { name: 300, category: 120, notes: 4000, responsible: 300, lines: 200 } as const
/** A trillion baht: above any Thai agency's budget, and well inside the integers a double holds exactly. */
export const MAX_SATANG = 100_000_000_000_000
export const FISCAL_YEAR_RANGE = { min: 2550, max: 2700 } as const

export function isFiscalYear(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= FISCAL_YEAR_RANGE.min && value <= FISCAL_YEAR_RANGE.max
}

/** '2569' from a URL, or undefined; checked before any query. */
export function parseFiscalYearParam(text: unknown): number | undefined {
  if (typeof text !== 'string' || !/^[0-9]{4}$/.test(text)) return undefined
  const n = Number(text)
  return isFiscalYear(n) ? n : undefined
}

export type MoneyParse = { ok: true; satang: number } | { ok: false; problem: Bilingual }

/**
 * An amount in baht as people type it: '1,250,000', '1250000.50', '๑๒๕,๐๐๐', '฿ 96,000.00 บาท'.
 * Exact: the digits are split at the point, never multiplied as a float.
 */
export function parseBaht(input: string): MoneyParse {
  const text = fromThaiDigits(input).replace(/[\s\u00a0]/g, '').replace(/^฿/, '').replace(/บาท$/, '')
  if (text.startsWith('-')) return { ok: false, problem: { th: 'จำนวนเงินต้องไม่ติดลบ', en: 'The amount cannot be negative' } }
  if (!/^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?$/.test(text)) {
    return { ok: false, problem: { th: `"${input.trim()}" ไม่ใช่จำนวนเงิน ใช้ตัวเลข เช่น 1,250,000.50`, en: `"${input.trim()}" is not an amount; use digits, e.g. 1,250,000.50` } }
  }
  const [whole, fraction = ''] = text.replace(/,/g, '').split('.')
  if (fraction.length > 2) return { ok: false, problem: { th: 'จำนวนเงินมีทศนิยมได้ไม่เกินสองตำแหน่ง (สตางค์)', en: 'An amount has at most two decimals (satang)' } }
  const digits = whole!.replace(/^0+(?=[0-9])/, '')
  if (digits.length > 13) return { ok: false, problem: { th: 'จำนวนเงินสูงเกินไป', en: 'The amount is too large' } }
  const satang = Number(digits) * 100 + Number(fraction.padEnd(2, '0'))
  if (satang > MAX_SATANG) return { ok: false, problem: { th: 'จำนวนเงินสูงเกินไป', en: 'The amount is too large' } }
  return { ok: true, satang }
}

/** 125000050 → '1,250,000.50': Thai official style (thousands separators, two decimals), the same in both languages. */
export function formatBaht(satang: number): string {
  const negative = satang < 0
  const abs = Math.abs(satang)
  const whole = Math.floor(abs / 100)
  const fraction = String(abs % 100).padStart(2, '0')
  return `${negative ? '-' : ''}${String(whole).replace(/\B(?=(?:[0-9]{3})+$)/g, ',')}.${fraction}`
}

/** The plain decimal for open data: '1250000.50'. */
export function bahtDecimal(satang: number): string {
  return `${Math.floor(satang / 100)}.${String(satang % 100).padStart(2, '0')}`
}

/** What a form field shows for a stored amount ('' for not reported). */
export function bahtInput(satang: number | null): string {
  return satang === null ? '' : formatBaht(satang)
}

/**
 * part / whole as a percentage with two decimals, rounded half up in integer arithmetic
 * (so 1/3 is 33.33, never 33.329999…); null when there is nothing to divide by.
 */
export function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null
  const hundredths = (BigInt(part) * 20000n + BigInt(whole)) / (2n * BigInt(whole))
  return Number(hundredths) / 100
}

export function formatPercent(p: number | null): string {
  return p === null ? '–' : `${p.toFixed(2)}%`
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

export function plannedTotal(line: BudgetLine): number {
  return sum(line.planned)
}

export function actualTotal(line: BudgetLine): number {
  return sum(line.actual.map((v) => v ?? 0))
}

export type LineSummary = { line: BudgetLine; planned: number; actual: number; remaining: number; percentSpent: number | null }

export type PlanTotals = {
  allocated: number
  planned: number
  actual: number
  remaining: number
  percentSpent: number | null
  plannedByQuarter: Quarterly<number>
  /** null for a quarter no line has reported yet. */
  actualByQuarter: Quarterly<number | null>
  /** The last quarter any line reported spending for (0 when none has). */
  reportedThrough: 0 | FiscalQuarter
  lines: LineSummary[]
}

export function summariseLine(line: BudgetLine): LineSummary {
  const planned = plannedTotal(line)
  const actual = actualTotal(line)
  return { line, planned, actual, remaining: line.allocated - actual, percentSpent: percentOf(actual, line.allocated) }
}

export function planTotals(lines: readonly BudgetLine[]): PlanTotals {
  const summaries = lines.map(summariseLine)
  const allocated = sum(lines.map((l) => l.allocated))
  const actual = sum(summaries.map((s) => s.actual))
  const plannedByQuarter = QUARTERS.map((q) => sum(lines.map((l) => l.planned[q - 1]!))) as unknown as Quarterly<number>
  const actualByQuarter = QUARTERS.map((q) => {
    const reported = lines.map((l) => l.actual[q - 1]).filter((v): v is number => v !== null && v !== undefined)
    return reported.length === 0 ? null : sum(reported)
  }) as unknown as Quarterly<number | null>
  const reportedThrough = QUARTERS.reduce<0 | FiscalQuarter>((last, q) => (actualByQuarter[q - 1] !== null ? q : last), 0)
  return {
    allocated,
    planned: sum(plannedByQuarter),
    actual,
    remaining: allocated - actual,
    percentSpent: percentOf(actual, allocated),
    plannedByQuarter,
    actualByQuarter,
    reportedThrough,
    lines: summaries,
  }
}

/** A quarter's spending can be reported once the quarter has begun, not before. */
export function quarterHasBegun(fiscalYear: number, quarter: FiscalQuarter, today: IsoDate): boolean {
  return quarterRange(fiscalYear, quarter).start <= today
}

/** The columns of a line, in the form, the import file and the open data. */
export const LINE_COLUMNS = ['name', 'category', 'allocated', 'planned_q1', 'planned_q2', 'planned_q3', 'planned_q4', 'actual_q1', 'actual_q2', 'actual_q3', 'actual_q4'] as const
export type LineColumn = (typeof LINE_COLUMNS)[number]
export type LineText = Record<LineColumn, string>

export const plannedColumn = (q: FiscalQuarter) => `planned_q${q}` as const
export const actualColumn = (q: FiscalQuarter) => `actual_q${q}` as const

export function isBlankLine(text: LineText): boolean {
  return LINE_COLUMNS.every((c) => text[c].trim() === '')
}

export type LineCheck = { line: BudgetLine | null; problems: Partial<Record<LineColumn, Bilingual>> }

/**
 * One line as typed (form row or file row): every problem at once, by column. Amounts are ≥ 0;
 * planned and actual spending each add up to no more than the allocation; actual spending is
 * reported only for quarters that have begun.
 */
export function checkLine(text: LineText, fiscalYear: number, today: IsoDate): LineCheck {
  const problems: Partial<Record<LineColumn, Bilingual>> = {}
  const name = text.name.trim()
  const category = text.category.trim()
  if (name === '') problems.name = { th: 'กรอกชื่อแผนงาน/โครงการ/หมวดรายจ่าย', en: 'Enter the programme, project or expense category' }
  else if (name.length > LIMITS.name) problems.name = { th: `ชื่อยาวได้ไม่เกิน ${LIMITS.name} ตัวอักษร`, en: `The name is at most ${LIMITS.name} characters` }
  if (category.length > LIMITS.category) problems.category = { th: `ประเภทยาวได้ไม่เกิน ${LIMITS.category} ตัวอักษร`, en: `The category is at most ${LIMITS.category} characters` }

  const amount = (column: LineColumn, required: boolean): number | null | undefined => {
    const raw = text[column].trim()
    if (raw === '') {
      if (!required) return null
      problems[column] = { th: 'กรอกจำนวนเงิน (ใส่ 0 ถ้าไม่มี)', en: 'Enter an amount (0 if none)' }
      return undefined
    }
    const parsed = parseBaht(raw)
    if (!parsed.ok) {
      problems[column] = parsed.problem
      return undefined
    }
    return parsed.satang
  }
  const allocated = amount('allocated', true)
  // An empty planned quarter means nothing planned then: officers leave quiet quarters blank.
  const planned = QUARTERS.map((q) => {
    const v = amount(plannedColumn(q), false)
    return v === null ? 0 : v
  })
  const actual = QUARTERS.map((q) => amount(actualColumn(q), false))
  for (const q of QUARTERS) {
    if (actual[q - 1] !== null && actual[q - 1] !== undefined && !quarterHasBegun(fiscalYear, q, today)) {
      problems[actualColumn(q)] = {
        th: `ไตรมาส ${q} ของปีงบประมาณ ${fiscalYear} ยังไม่เริ่ม จึงยังไม่มีผลการใช้จ่าย`,
        en: `Quarter ${q} of fiscal year ${fiscalYear} has not begun, so it has no spending yet`,
      }
    }
  }
  if (typeof allocated === 'number') {
    if (planned.every((p) => typeof p === 'number')) {
      const plannedSum = sum(planned as number[])
      if (plannedSum > allocated) {
        problems.planned_q4 ??= {
          th: `แผนการใช้จ่ายรวม 4 ไตรมาส (${formatBaht(plannedSum)} บาท) เกินงบประมาณที่ได้รับ (${formatBaht(allocated)} บาท)`,
          en: `Planned spending over the four quarters (${formatBaht(plannedSum)} baht) exceeds the allocation (${formatBaht(allocated)} baht)`,
        }
      }
    }
    if (actual.every((a) => a !== undefined)) {
      const actualSum = sum(actual.map((a) => a ?? 0))
      if (actualSum > allocated) {
        const last = [...QUARTERS].reverse().find((q) => actual[q - 1] !== null) ?? 4
        problems[actualColumn(last)] ??= {
          th: `ผลการใช้จ่ายรวม (${formatBaht(actualSum)} บาท) เกินงบประมาณที่ได้รับ (${formatBaht(allocated)} บาท)`,
          en: `Actual spending in total (${formatBaht(actualSum)} baht) exceeds the allocation (${formatBaht(allocated)} baht)`,
        }
      }
    }
  }
  if (Object.keys(problems).length > 0) return { line: null, problems }
  return {
    line: {
      name,
      category,
      allocated: allocated as number,
      planned: planned as unknown as Quarterly<number>,
      actual: actual as unknown as Quarterly<number | null>,
    },
    problems,
  }
}

/** A stored line as the form and the import template show it. */
export function lineText(line: BudgetLine): LineText {
  return {
    name: line.name,
    category: line.category,
    allocated: formatBaht(line.allocated),
    planned_q1: formatBaht(line.planned[0]),
    planned_q2: formatBaht(line.planned[1]),
    planned_q3: formatBaht(line.planned[2]),
    planned_q4: formatBaht(line.planned[3]),
    actual_q1: bahtInput(line.actual[0]),
    actual_q2: bahtInput(line.actual[1]),
    actual_q3: bahtInput(line.actual[2]),
    actual_q4: bahtInput(line.actual[3]),
  }
}

export function emptyLineText(): LineText {
  return Object.fromEntries(LINE_COLUMNS.map((c) => [c, ''])) as LineText
}

/** Fiscal years an officer may open: a few back for results, one ahead for the coming plan. */
export function fiscalYearChoices(current: number): number[] {
  const out: number[] = []
  for (let y = current + 1; y >= current - 5; y--) out.push(y)
  return out
}
