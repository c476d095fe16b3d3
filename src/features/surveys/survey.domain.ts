/**
 * Surveys, pure rules: modes, the status machine (the database enforces the same), minimum
 * samples, half-years, the smallest group shown, and per-question results.
 */
import type { Answers } from '../../platform/forms/form-answers.ts'
import { answerableItems, type FormDefinition, type FormItem, type Localised } from '../../platform/forms/form-definition.ts'
import { NOT_APPLICABLE, scaleLevel, scaleOf, type Scale } from '../../platform/forms/form-scales.ts'
import type { OrganisationKind } from '../../platform/auth/roles.ts'

export const SURVEY_MODES = ['anonymous', 'confidential', 'open'] as const
export type SurveyMode = (typeof SURVEY_MODES)[number]
export const SURVEY_MODE_LABELS: Record<SurveyMode, Localised> = {
  anonymous: { th: 'ไม่ระบุตัวตน', en: 'Anonymous' },
  confidential: { th: 'รหัสใช้ครั้งเดียว (ปกปิดผู้ตอบ)', en: 'Confidential, one-time codes' },
  open: { th: 'เปิดให้ทุกคนตอบ', en: 'Open to anyone' },
}
export const SURVEY_MODE_HINTS: Record<SurveyMode, Localised> = {
  anonymous: { th: 'ไม่เก็บชื่อ รหัส IP หรือข้อมูลเครื่องของผู้ตอบ แสดงผลเฉพาะกลุ่มที่มีผู้ตอบตั้งแต่ 5 คน', en: 'No name, code, IP address or device details are kept; results only for groups of 5 or more' },
  confidential: { th: 'ส่งลิงก์หรือรหัสให้แต่ละคน ตอบได้คนละครั้ง ติดตามผู้ที่ยังไม่ตอบได้ แต่ไม่รู้ว่าใครตอบอย่างไร', en: 'A link or code per person, one answer each; you can remind those who have not answered but never see who answered what' },
  open: { th: 'ใครก็ตอบได้ผ่าน QR code หรือลิงก์ ป้องกันการตอบซ้ำจากเครื่องเดิม', en: 'Anyone may answer by QR code or link; repeat answers from one device are refused' },
}

export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const
export type SurveyStatus = (typeof SURVEY_STATUSES)[number]
export const SURVEY_STATUS_LABELS: Record<SurveyStatus, Localised> = {
  draft: { th: 'ร่าง', en: 'Draft' },
  open: { th: 'เปิดรับคำตอบ', en: 'Open' },
  closed: { th: 'ปิดรับแล้ว', en: 'Closed' },
}
/** The same pairs the trigger in the migration allows. */
export const SURVEY_TRANSITIONS: Readonly<Record<SurveyStatus, readonly SurveyStatus[]>> = { draft: ['open'], open: ['closed'], closed: ['open'] }
export function canMove(from: SurveyStatus, to: SurveyStatus): boolean {
  return SURVEY_TRANSITIONS[from].includes(to)
}

/** No result is shown for fewer answers than this: with fewer, an answer could be traced to a person. */
export const MIN_GROUP = 5
export function shownGroup(count: number): boolean {
  return count >= MIN_GROUP
}

/**
 * Minimum EIT respondents by agency group (FY 2568 manual as ita.md quotes it). Only some groups
 * are known; others default to 30 and the coordinator may set the figure on the survey.
 */
export const SAMPLE_GROUPS = [
  { key: 'sao_s', th: 'อบต. ขนาดเล็ก', en: 'SAO, small', eit: 30 },
  { key: 'sao_m', th: 'อบต. ขนาดกลาง', en: 'SAO, medium', eit: 40 },
  { key: 'sao_l', th: 'อบต. ขนาดใหญ่', en: 'SAO, large', eit: 50 },
  { key: 'sub_muni_s', th: 'เทศบาลตำบล ขนาดเล็ก', en: 'Subdistrict municipality, small', eit: 60 },
  { key: 'sub_muni_m', th: 'เทศบาลตำบล ขนาดกลาง', en: 'Subdistrict municipality, medium', eit: 70 },
  { key: 'permit_central', th: 'หน่วยงานส่วนกลางที่ออกใบอนุญาต / มหาวิทยาลัย', en: 'Permit-issuing central unit / university', eit: 400 },
  { key: 'other', th: 'อื่น ๆ (กำหนดเอง)', en: 'Other (set your own)', eit: 30 },
] as const
export type SampleGroupKey = (typeof SAMPLE_GROUPS)[number]['key']
export function isSampleGroup(v: string): v is SampleGroupKey {
  return SAMPLE_GROUPS.some((g) => g.key === v)
}
export function defaultSampleGroup(kind: OrganisationKind | string): SampleGroupKey {
  return kind === 'sao' ? 'sao_s' : kind === 'subdistrict_municipality' ? 'sub_muni_s' : 'other'
}

/**
 * IIT minimum from headcount. ita.md says only "computed from headcount"; until the manual's table
 * is verified we ask everyone in small agencies and Yamane's n = N / (1 + N·0.05²) above 50.
 */
export function iitMinimum(headcount: number): number {
  if (headcount <= 0) return 0
  if (headcount <= 50) return headcount
  return Math.ceil(headcount / (1 + headcount * 0.0025))
}

export function minimumSample(kind: 'iit' | 'eit' | 'satisfaction', group: SampleGroupKey, headcount: number, override: number | null): number {
  if (override !== null && override > 0) return override
  if (kind === 'iit') return iitMinimum(headcount)
  return SAMPLE_GROUPS.find((g) => g.key === group)?.eit ?? 30
}

/** Fiscal half-years: 1 = October–March, 2 = April–September; the fiscal year in BE. */
export function halfYearOf(isoDate: string): { fiscalYear: number; half: 1 | 2 } {
  const [y, m] = isoDate.split('-').map(Number) as [number, number]
  const fiscalYear = (m >= 10 ? y + 1 : y) + 543
  return { fiscalYear, half: m >= 10 || m <= 3 ? 1 : 2 }
}
export function halfYearLabel(h: { fiscalYear: number; half: 1 | 2 }): Localised {
  return h.half === 1
    ? { th: `ครึ่งปีแรก ปีงบประมาณ ${h.fiscalYear} (ต.ค.–มี.ค.)`, en: `First half, FY ${h.fiscalYear} (Oct–Mar)` }
    : { th: `ครึ่งปีหลัง ปีงบประมาณ ${h.fiscalYear} (เม.ย.–ก.ย.)`, en: `Second half, FY ${h.fiscalYear} (Apr–Sep)` }
}

/** The last day of a fiscal half-year: 31 March (first half) or 30 September (second half), as an ISO day. */
export function halfYearEnd(h: { fiscalYear: number; half: 1 | 2 }): string {
  const y = h.fiscalYear - 543
  return h.half === 1 ? `${y}-03-31` : `${y}-09-30`
}

/**
 * Seed 003 (m6.5) and form 000 (1.2) ask for service-satisfaction results published at least twice
 * a year: read here as one published result per fiscal half-year, the half being that of the
 * survey's closing day. Due: the end of this half-year while it has none, else the end of the
 * next. `missedLast` when the half-year before this one ended without one.
 */
export function satisfactionPublication(publishedClosingDays: readonly string[], today: string): { due: string; coveredNow: boolean; missedLast: boolean } {
  const key = (h: { fiscalYear: number; half: 1 | 2 }) => `${h.fiscalYear}-${h.half}`
  const covered = new Set(publishedClosingDays.map((d) => key(halfYearOf(d))))
  const now = halfYearOf(today)
  const next = now.half === 1 ? { fiscalYear: now.fiscalYear, half: 2 as const } : { fiscalYear: now.fiscalYear + 1, half: 1 as const }
  const previous = now.half === 2 ? { fiscalYear: now.fiscalYear, half: 1 as const } : { fiscalYear: now.fiscalYear - 1, half: 2 as const }
  const coveredNow = covered.has(key(now))
  return { due: halfYearEnd(coveredNow ? next : now), coveredNow, missedLast: !covered.has(key(previous)) }
}

export type QuestionResult = {
  item: FormItem
  scale: Scale
  /** Answers on a level (not "not applicable"). */
  answered: number
  notApplicable: number
  /** Mean level: 1–4, 1–5, or the share of "yes" (0–1) for yes/no. */
  mean: number | null
  /** Count per option value, in the item's option order. */
  distribution: { value: string; label: Localised; count: number }[]
}

/**
 * How many answers chose each option of each single-choice item: what the database sums (group
 * by item and option, `surveys.repository.ts` → `tallyChoices`), so a survey's results cost one
 * grouped query however many answers it has. `tallyOf` does the same in memory, for tests.
 */
export type ChoiceTally = ReadonlyMap<string, ReadonlyMap<string, number>>

export function tallyOf(all: readonly Answers[]): ChoiceTally {
  const out = new Map<string, Map<string, number>>()
  for (const answers of all) {
    for (const [itemId, v] of Object.entries(answers)) {
      const value = v.type === 'choice' ? v.values[0] : undefined
      if (value === undefined) continue
      const counts = out.get(itemId) ?? new Map<string, number>()
      counts.set(value, (counts.get(value) ?? 0) + 1)
      out.set(itemId, counts)
    }
  }
  return out
}

/** Per scale question: counts, mean and distribution. Text items are comments, handled apart. */
export function questionResults(def: FormDefinition, tally: ChoiceTally): QuestionResult[] {
  const out: QuestionResult[] = []
  for (const item of answerableItems(def)) {
    const scale = scaleOf(item)
    if (!scale || item.type !== 'choice') continue
    const counts = tally.get(item.id) ?? new Map<string, number>()
    let sum = 0
    let answered = 0
    let na = 0
    for (const [value, n] of counts) {
      const level = scaleLevel(item, { type: 'choice', values: [value] })
      if (level === null) continue
      if (level === 'na') na += n
      else {
        sum += level * n
        answered += n
      }
    }
    out.push({
      item,
      scale,
      answered,
      notApplicable: na,
      mean: answered ? sum / answered : null,
      distribution: item.options.map((o) => ({ value: o.value, label: o.label, count: counts.get(o.value) ?? 0 })),
    })
  }
  return out
}

/** Free-text answers worth moderating (trimmed, not empty), by item. */
export function commentsOf(def: FormDefinition, answers: Answers): { itemId: string; text: string }[] {
  return answerableItems(def)
    .filter((i) => i.type === 'text')
    .map((i) => {
      const v = answers[i.id]
      return { itemId: i.id, text: v?.type === 'text' ? v.text.trim() : '' }
    })
    .filter((c) => c.text.length > 0)
}

/** The answers without the free text: comments are kept apart, for moderation, not beside the scores. */
export function withoutComments(def: FormDefinition, answers: Answers): Answers {
  const text = new Set(answerableItems(def).filter((i) => i.type === 'text').map((i) => i.id))
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !text.has(id)))
}

export { NOT_APPLICABLE }
