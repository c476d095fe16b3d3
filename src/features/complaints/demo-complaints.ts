/**
 * Complaints of the demo province, filed and handled through the real use cases so the demo
 * shows cases in every state, published statistics for two fiscal years, and a receipt anyone
 * can try (README). Dates are relative to the moment of loading.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import { unlockOrCreateUserKeys } from '../../platform/auth/user-keys.ts'
import type { ComplaintDraft } from './complaint-form.input.ts'
import { orderOnProposal, takeStep, type Reader } from './complaint-handling.use-cases.ts'
import { submitComplaint } from './complaint-intake.use-cases.ts'
import type { HeadOrder, Transition } from './complaint-workflow.domain.ts'

/** Printed in README: follow the demo's named complaint at /complaints/follow-up. */
export const DEMO_RECEIPT = 'DEM0-2569-WT00-0001'

type DemoCase = { org: string; daysAgo: number; draft: Partial<ComplaintDraft> & Pick<ComplaintDraft, 'kind' | 'subjectText' | 'whatHappened'>; steps: { afterDays: number; t: Transition | 'assign-investigator' | HeadOrder }[]; receipt?: string }

const named = { anonymous: false, identity: { name: 'นายสมชาย รักถิ่น', address: '12 หมู่ 3 ตำบลเวียงทอง', phone: '081 000 0001', email: 'somchai@example.test', witnesses: '' }, wantsEmailUpdates: false }
const anonymous = { anonymous: true, identity: { name: '', address: '', phone: '', email: '', witnesses: '' }, wantsEmailUpdates: false }

const INVESTIGATE: Transition = {
  to: 'awaiting_order',
  proposal: { kind: 'investigate', committee: 'นายสอบสวน ละเอียด นิติกรชำนาญการ ประธานกรรมการ\nนางรับเรื่อง ทันใจ นิติกร กรรมการและเลขานุการ', reason: 'เรื่องอยู่ในอำนาจหน้าที่ ระบุข้อเท็จจริงและผู้เกี่ยวข้องชัดเจน เห็นควรแต่งตั้งคณะกรรมการตรวจสอบข้อเท็จจริง' },
}

const CASES: DemoCase[] = [
  {
    org: 'wiang-thong',
    daysAgo: 320,
    draft: { ...named, kind: 'corruption', subjectText: 'งานพัสดุ เทศบาลตำบลเวียงทอง', whatHappened: 'ผู้รับจ้างก่อสร้างถนนคอนกรีตหมู่ 5 แจ้งว่าถูกเรียกรับเงินเพื่อให้ตรวจรับงาน', request: 'ขอให้ตรวจสอบการตรวจรับงาน' },
    steps: [{ afterDays: 1, t: { to: 'screening' } }, { afterDays: 2, t: INVESTIGATE }, { afterDays: 3, t: { decision: 'ordered', note: 'อนุมัติ แต่งตั้งคณะกรรมการตามเสนอ' } }, { afterDays: 3, t: 'assign-investigator' }, { afterDays: 4, t: { to: 'investigating' } }, { afterDays: 30, t: { to: 'awaiting_order', proposal: { kind: 'findings', outcome: 'disciplinary', reason: 'มีมูล เจ้าหน้าที่งานพัสดุเรียกรับเงินจากผู้รับจ้างจริงตามคำให้การของพยานสามปาก เห็นควรตั้งกรรมการสอบสวนทางวินัย' } } }, { afterDays: 32, t: { decision: 'ordered', note: 'ทราบ ให้ดำเนินการทางวินัยตามเสนอ' } }, { afterDays: 35, t: { to: 'closed', resultForComplainant: 'ข้อร้องเรียนมีมูล หน่วยงานได้ดำเนินการทางวินัยกับผู้เกี่ยวข้องแล้ว' } }],
  },
  {
    org: 'wiang-thong',
    daysAgo: 250,
    draft: { ...anonymous, kind: 'undue_delay', subjectText: 'งานทะเบียนราษฎร', whatHappened: 'ยื่นคำขอแก้ไขทะเบียนบ้านเกินสองเดือนแล้วยังไม่ได้รับการติดต่อกลับ' },
    steps: [{ afterDays: 1, t: { to: 'screening' } }, { afterDays: 3, t: { to: 'awaiting_order', proposal: { kind: 'not_accept', ground: 'anonymous_without_evidence', reason: 'บัตรสนเท่ห์ไม่ระบุเลขที่คำขอหรือพยานหลักฐาน' } } }, { afterDays: 4, t: { decision: 'ordered', note: 'เห็นชอบ ไม่รับพิจารณาตามเสนอ' } }, { afterDays: 5, t: { to: 'closed', resultForComplainant: 'ไม่อาจรับพิจารณาได้เนื่องจากไม่มีพยานหลักฐาน หากท่านมีเลขที่คำขอ โปรดยื่นเรื่องใหม่' } }],
  },
  {
    org: 'wiang-thong',
    daysAgo: 120,
    draft: { ...named, kind: 'neglect_of_duty', subjectText: 'กองช่าง', whatHappened: 'ไฟส่องสว่างถนนสายหลักดับมาสามสัปดาห์ แจ้งแล้วไม่มีผู้มาซ่อม' },
    steps: [{ afterDays: 1, t: { to: 'screening' } }, { afterDays: 1, t: INVESTIGATE }, { afterDays: 2, t: { decision: 'ordered', note: 'อนุมัติ' } }, { afterDays: 2, t: 'assign-investigator' }, { afterDays: 2, t: { to: 'investigating' } }, { afterDays: 10, t: { to: 'awaiting_order', proposal: { kind: 'findings', outcome: 'unfounded', reason: 'กองช่างซ่อมไฟส่องสว่างแล้วภายในกำหนดตามแผนงาน ไม่พบการละเลยหน้าที่' } } }, { afterDays: 11, t: { decision: 'ordered', note: 'ทราบ ยุติเรื่องและแจ้งผู้ร้องเรียน' } }, { afterDays: 12, t: { to: 'closed', resultForComplainant: 'กองช่างได้ซ่อมไฟส่องสว่างเรียบร้อยแล้ว ขอบคุณที่แจ้ง' } }],
  },
  {
    org: 'wiang-thong',
    daysAgo: 30,
    receipt: DEMO_RECEIPT,
    draft: { ...named, wantsEmailUpdates: true, kind: 'beyond_authority', subjectText: 'เจ้าหน้าที่เก็บค่าธรรมเนียมตลาด', whatHappened: 'เรียกเก็บค่าธรรมเนียมแผงตลาดสดสูงกว่าอัตราที่ประกาศ โดยไม่ออกใบเสร็จ', happenedWhere: 'ตลาดสดเทศบาลตำบลเวียงทอง', request: 'ขอให้เก็บตามอัตราที่ประกาศและออกใบเสร็จ' },
    steps: [{ afterDays: 1, t: { to: 'screening' } }, { afterDays: 2, t: INVESTIGATE }, { afterDays: 3, t: { decision: 'ordered', note: 'อนุมัติ ให้คณะกรรมการรายงานภายใน 30 วัน' } }, { afterDays: 3, t: 'assign-investigator' }, { afterDays: 4, t: { to: 'investigating' } }],
  },
  {
    org: 'wiang-thong',
    daysAgo: 9,
    draft: { ...anonymous, kind: 'offence_in_office', subjectText: 'ผู้ช่วยเจ้าพนักงานป้องกัน', whatHappened: 'ใช้รถน้ำของเทศบาลไปรับจ้างส่งน้ำให้รีสอร์ตเอกชนในวันหยุด', identity: { ...anonymous.identity, witnesses: 'เจ้าของร้านค้าหน้ารีสอร์ต' } },
    steps: [{ afterDays: 1, t: { to: 'screening' } }],
  },
  { org: 'wiang-thong', daysAgo: 1, draft: { ...named, kind: 'undue_delay', subjectText: 'งานจัดเก็บรายได้', whatHappened: 'ขอคืนภาษีป้ายที่ชำระซ้ำตั้งแต่เดือนที่แล้ว ยังไม่ได้รับคืน' }, steps: [] },
  { org: 'nong-bua', daysAgo: 4, draft: { ...anonymous, kind: 'neglect_of_duty', subjectText: 'องค์การบริหารส่วนตำบลหนองบัว', whatHappened: 'ขยะไม่ได้รับการจัดเก็บในหมู่ 2 มาสองสัปดาห์' }, steps: [] },
]

const DAY = 24 * 3600_000

async function readerFor(db: Kysely<Database>, email: string, password: string): Promise<Reader | null> {
  const u = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()
  const actor = u && (await loadActor(db, u.id))
  if (!actor) return null
  return { actor, privateKey: await unlockOrCreateUserKeys(db, actor.userId, password) }
}

export async function loadDemoComplaints(db: Kysely<Database>, now: Date, demo: { password: string; baseUrl: string }): Promise<number> {
  const officer = { 'wiang-thong': await readerFor(db, 'wt-complaints@prongsai.test', demo.password), 'nong-bua': await readerFor(db, 'nb-complaints@prongsai.test', demo.password) }
  const investigator = await db.selectFrom('users').select('id').where('email', '=', 'wt-investigator@prongsai.test').executeTakeFirst()
  const head = { 'wiang-thong': await readerFor(db, 'wt-head@prongsai.test', demo.password), 'nong-bua': null }
  let filed = 0
  for (const c of CASES) {
    const org = await db.selectFrom('organisations').select('id').where('slug', '=', c.org).executeTakeFirst()
    const reader = officer[c.org as keyof typeof officer]
    if (!org || !reader) continue
    const at = (days: number) => new Date(now.getTime() - days * DAY)
    const draft: ComplaintDraft = { intake: 'public', channel: 'web', happenedWhen: '', happenedWhere: '', request: '', ...c.draft } as ComplaintDraft
    const f = await submitComplaint({ db, now: at(c.daysAgo), baseUrl: demo.baseUrl }, { organisationId: org.id, draft, evidence: [], filer: { by: 'citizen' }, ...(c.receipt ? { fixedReceipt: c.receipt } : {}) })
    for (const s of c.steps) {
      const deps = { db, now: at(c.daysAgo - s.afterDays), baseUrl: demo.baseUrl }
      if (typeof s.t === 'object' && 'decision' in s.t) {
        const orderer = head[c.org as keyof typeof head]
        if (!orderer) break
        await orderOnProposal(deps, orderer, f.id, s.t)
        continue
      }
      const t: Transition = s.t === 'assign-investigator' ? { to: 'assigned', officerId: investigator?.id ?? reader.actor.userId } : s.t
      await takeStep(deps, reader, f.id, t)
    }
    filed++
  }
  return filed
}
