/**
 * The records of a complaint as official memos (บันทึกข้อความ, the Regulation on Correspondence
 * layout of src/platform/exports): the findings put to the head, the head's order appointing a
 * fact-finding committee (คำสั่งแต่งตั้งคณะกรรมการ), and the closing memo. Pure: it says which
 * exist for a case and writes their text, in Thai with Thai digits as they are filed. Nothing that
 * identifies the complainant goes into them: they hold the facts the head and oversight already see.
 */
import type { ExportMemo } from '../../platform/exports/index.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { formatDateTh, isoDate, todayInBangkok, toThaiDigits, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { NON_ACCEPTANCE_LABELS, OUTCOME_LABELS, WRONGDOING_LABELS, type NonAcceptanceGround, type Outcome, type WrongdoingKind } from './complaint-workflow.domain.ts'

export const DOCUMENT_KINDS = ['findings', 'investigation-order', 'closing-memo'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export const DOCUMENT_TITLES: Record<DocumentKind, Bilingual> = {
  findings: { th: 'บันทึกเสนอผลการตรวจสอบข้อเท็จจริง', en: 'Memo: the findings put to the head' },
  'investigation-order': { th: 'คำสั่งแต่งตั้งคณะกรรมการตรวจสอบข้อเท็จจริง', en: 'Order appointing the fact-finding committee' },
  'closing-memo': { th: 'บันทึกยุติเรื่องและแจ้งผล', en: 'Closing memo' },
}

type CaseFacts = { status: string; reference: string; received_on: string; intake: string; kind: string | null; subject_text: string; what_happened: string; result_for_complainant: string | null; step_started_on: string; ground: string | null; ground_reason: string | null; outcome: string | null; outcome_summary: string | null }
type OrderFacts = { proposal: string; proposed_at: Date; reason: string; committee: string | null; outcome: string | null; refer_to: string | null; decision: string | null; decided_at: Date | null; order_note: string | null; proposed_by_name: string | null; proposed_by_position: string | null; decided_by_name: string | null; decided_by_position: string | null }

export function isDocumentKind(v: string): v is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(v)
}

const lastOf = <T,>(rows: readonly T[], pred: (r: T) => boolean): T | undefined => [...rows].reverse().find(pred)

/** Which records a case has: findings once proposed, the committee order once given, the closing memo once closed. */
export function caseDocuments(c: CaseFacts, orders: readonly OrderFacts[]): { kind: DocumentKind; title: Bilingual }[] {
  const out: DocumentKind[] = []
  if (orders.some((o) => o.proposal === 'findings')) out.push('findings')
  if (orders.some((o) => o.proposal === 'investigate' && o.decision === 'ordered')) out.push('investigation-order')
  if (c.status === 'closed') out.push('closing-memo')
  return out.map((kind) => ({ kind, title: DOCUMENT_TITLES[kind] }))
}

const th = (s: string) => toThaiDigits(s)
const day = (d: IsoDate) => formatDateTh(d, { style: 'long', thaiDigits: true })
const dayOf = (at: Date) => todayInBangkok(at)

export type MemoContext = { organisation: string; unit: string; headTitle: string; investigationDays: number; closedBy: { name: string; position: string } | null }

function opening(c: CaseFacts, org: string): string {
  const kind = c.intake === 'public' && c.kind && Object.hasOwn(WRONGDOING_LABELS, c.kind) ? `กรณี${WRONGDOING_LABELS[c.kind as WrongdoingKind].th} ` : ''
  return th(`ตามที่${org}ได้รับเรื่องร้องเรียนเลขที่ ${c.reference} เมื่อวันที่ ${day(isoDate(c.received_on))} ${kind}เกี่ยวกับ ${c.subject_text} ความว่า ${c.what_happened.trim()} นั้น`)
}

const outcomeText = (o: string | null) => (o && Object.hasOwn(OUTCOME_LABELS, o) ? OUTCOME_LABELS[o as Outcome].th : o ?? '')

/** The memo's text; null when the case has no such record yet. */
export function caseMemo(kind: DocumentKind, c: CaseFacts, orders: readonly OrderFacts[], m: MemoContext): ExportMemo | null {
  const options = { locale: 'th' as const, thaiDigits: true }
  const department = `${m.organisation} ${m.unit}`
  const reference = `เรื่องร้องเรียนเลขที่ ${c.reference}`
  if (kind === 'findings') {
    const f = lastOf(orders, (o) => o.proposal === 'findings')
    if (!f) return null
    const appointed = lastOf(orders, (o) => o.proposal === 'investigate' && o.decision === 'ordered')
    const date = dayOf(f.proposed_at)
    return {
      department,
      reference,
      date,
      subject: th(`รายงานผลการตรวจสอบข้อเท็จจริง เรื่องร้องเรียนเลขที่ ${c.reference}`),
      to: m.headTitle,
      paragraphs: [
        opening(c, m.organisation),
        th(appointed?.decided_at ? `ตามคำสั่งลงวันที่ ${day(dayOf(appointed.decided_at))} แต่งตั้งคณะกรรมการตรวจสอบข้อเท็จจริง คณะกรรมการได้ตรวจสอบข้อเท็จจริงแล้ว ปรากฏผลดังนี้ ${f.reason}` : `ผู้รับผิดชอบได้ตรวจสอบข้อเท็จจริงแล้ว ปรากฏผลดังนี้ ${f.reason}`),
        th(`จากข้อเท็จจริงดังกล่าว เห็นควร${outcomeText(f.outcome)}`),
      ],
      closing: ['จึงเรียนมาเพื่อโปรดพิจารณาสั่งการ'],
      signature: { name: f.proposed_by_name ?? '', position: f.proposed_by_position ?? '', date },
      endorsements: f.decision && f.decided_at ? [th(`ข้อสั่งการของผู้บริหาร: ${f.decision === 'ordered' ? 'สั่งการตามเสนอ' : 'ส่งกลับให้พิจารณาใหม่'} ${f.order_note ?? ''}`), th(`(${f.decided_by_name ?? ''}) ${f.decided_by_position ?? ''} ${day(dayOf(f.decided_at))}`)] : undefined,
      options,
    }
  }
  if (kind === 'investigation-order') {
    const o = lastOf(orders, (x) => x.proposal === 'investigate' && x.decision === 'ordered')
    if (!o || !o.decided_at) return null
    const date = dayOf(o.decided_at)
    const members = (o.committee ?? '').split('\n').map((l) => l.trim()).filter(Boolean)
    return {
      department,
      reference,
      date,
      subject: th(`แต่งตั้งคณะกรรมการตรวจสอบข้อเท็จจริง เรื่องร้องเรียนเลขที่ ${c.reference}`),
      to: 'คณะกรรมการตรวจสอบข้อเท็จจริงที่ได้รับแต่งตั้ง',
      paragraphs: [
        opening(c, m.organisation),
        th(`เพื่อให้การตรวจสอบข้อเท็จจริงเป็นไปตามหลักเกณฑ์ มาตรการ และแนวทางปฏิบัติเกี่ยวกับการจัดการข้อร้องเรียน จึงแต่งตั้งคณะกรรมการตรวจสอบข้อเท็จจริง ประกอบด้วย`),
        ...members.map((line, i) => th(`${i + 1}. ${line}`)),
        th(`ให้คณะกรรมการมีหน้าที่ตรวจสอบข้อเท็จจริง รวบรวมพยานหลักฐาน และรายงานผลต่อผู้บริหารภายใน ${m.investigationDays} วันทำการ นับแต่วันที่ได้รับคำสั่งนี้ ${o.order_note ?? ''}`.trim()),
      ],
      closing: ['ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป'],
      signature: { name: o.decided_by_name ?? '', position: o.decided_by_position ?? m.headTitle, date },
      options,
    }
  }
  if (c.status !== 'closed') return null
  const decided = lastOf(orders, (x) => x.decision === 'ordered' && x.proposal !== 'investigate')
  const date = isoDate(c.step_started_on)
  const what =
    c.ground && Object.hasOwn(NON_ACCEPTANCE_LABELS, c.ground)
      ? `ไม่รับพิจารณา เนื่องจาก${NON_ACCEPTANCE_LABELS[c.ground as NonAcceptanceGround].th} ${c.ground_reason ?? ''}`
      : `${outcomeOf(c)}`
  return {
    department,
    reference,
    date,
    subject: th(`ยุติเรื่องร้องเรียนเลขที่ ${c.reference} และแจ้งผลแก่ผู้ร้องเรียน`),
    to: m.headTitle,
    paragraphs: [
      opening(c, m.organisation),
      th(decided?.decided_at ? `ผู้บริหารได้สั่งการเมื่อวันที่ ${day(dayOf(decided.decided_at))} ให้${what} โดยมีข้อสั่งการว่า ${decided.order_note ?? ''}` : `ผลการพิจารณา: ${what}`),
      th(`บัดนี้ได้แจ้งผลแก่ผู้ร้องเรียนแล้ว ความว่า ${c.result_for_complainant ?? ''} จึงยุติเรื่องตั้งแต่วันที่ ${day(date)}`),
    ],
    closing: ['จึงเรียนมาเพื่อโปรดทราบ'],
    signature: { name: m.closedBy?.name ?? '', position: m.closedBy?.position ?? '', date },
    options,
  }
}

function outcomeOf(c: CaseFacts): string {
  return c.outcome ? `${outcomeText(c.outcome)} ${c.outcome_summary ?? ''}`.trim() : ''
}
