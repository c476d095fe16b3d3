import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import { findOrganisationBySlug } from '../organisations/index.ts'
import { submitComment, triageComment } from './comment-box.use-cases.ts'

const DAY = 86_400_000

/** Wiang Thong's comment box: comments acted on (published as "you said, we did"), thanked, and one new. */
export async function loadDemoComments(db: Kysely<Database>, now: Date, baseUrl: string): Promise<number> {
  const org = await findOrganisationBySlug(db, 'wiang-thong')
  if (!org) return 0
  const officerId = (await db.selectFrom('users').select('id').where('email', '=', 'wt-officer@prongsai.test').executeTakeFirstOrThrow()).id
  const actor = (await loadActor(db, officerId))!
  const at = (d: number) => new Date(now.getTime() - d * DAY)
  const items = [
    { daysAgo: 200, kind: 'suggestion' as const, body: 'อยากให้เปิดงานทะเบียนวันเสาร์ครึ่งวัน คนทำงานไม่สะดวกมาวันธรรมดา', act: 'เปิดให้บริการงานทะเบียนราษฎรทุกวันเสาร์ 08.30–12.00 น. ตั้งแต่เดือนมิถุนายน 2569' },
    { daysAgo: 120, kind: 'problem' as const, body: 'ป้ายบอกทางไปสำนักงานเทศบาลที่สามแยกหายไป หาทางยาก', act: 'ติดตั้งป้ายบอกทางใหม่ที่สามแยกบ้านทุ่งและหน้าวัดเวียงทองแล้ว' },
    { daysAgo: 60, kind: 'praise' as const, body: 'ขอชมเจ้าหน้าที่กองช่างที่มาซ่อมท่อประปาเร็วมาก', act: null },
    { daysAgo: 3, kind: 'suggestion' as const, body: 'ควรมีที่จอดรถสำหรับผู้พิการหน้าสำนักงาน', act: undefined },
  ]
  for (const it of items) {
    const { reference } = await submitComment({ db, now: at(it.daysAgo) }, org, { kind: it.kind, body: it.body, anonymous: true, name: null, contact: null, followUp: false })
    const row = await db.selectFrom('comment_box_entries').select('id').where('organisation_id', '=', org.id).where('reference', '=', reference).executeTakeFirstOrThrow()
    const ctx = { db, actor, now: at(it.daysAgo - 2), baseUrl, privateKey: null }
    if (it.act) await triageComment(ctx, row.id, { action: 'act', reply: 'ขอบคุณสำหรับข้อเสนอแนะ', whatChanged: it.act, publish: true, complaintKind: '' })
    else if (it.act === null) await triageComment(ctx, row.id, { action: 'thank', reply: 'ขอบคุณที่ให้กำลังใจเจ้าหน้าที่', whatChanged: '', publish: false, complaintKind: '' })
  }
  return items.length
}
