import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import { addCalendarDays, ceToBe, todayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'
import * as uc from './gifts.use-cases.ts'

const DAY = 86_400_000
const dateFields = (name: string, d: IsoDate) => ({ [`${name}-day`]: String(Number(d.slice(8, 10))), [`${name}-month`]: String(Number(d.slice(5, 7))), [`${name}-year`]: String(ceToBe(Number(d.slice(0, 4)))) })

/** เทศบาลตำบลเวียงทอง: a gift under 3,000 baht, one over declared late and ruled, one over still to declare, and an accepted donation. */
export async function loadDemoGifts(db: Kysely<Database>, now: Date, baseUrl: string): Promise<number> {
  const ids = await db.selectFrom('users').select(['id', 'email']).where('email', 'in', ['wt-officer@prongsai.test', 'wt-head@prongsai.test', 'wt-ita@prongsai.test']).execute()
  const actor = async (email: string) => loadActor(db, ids.find((u) => u.email === email)!.id)
  const [officer, head, ita] = await Promise.all([actor('wt-officer@prongsai.test'), actor('wt-head@prongsai.test'), actor('wt-ita@prongsai.test')])
  if (!officer || !head || !ita) return 0
  const today = todayInBangkok(now)
  const at = (a: typeof officer, when: Date) => ({ db, actor: a, now: when, baseUrl })
  const base = { donor_type: 'person', relation: 'ผู้รับบริการ', occasion: 'เทศกาลปีใหม่' }
  await uc.declareGift(at(officer, now), { ...base, donor_name: 'นางบุญศรี ใจบุญ', description: 'กระเช้าผลไม้', value: '800', ...dateFields('received_on', addCalendarDays(today, -3)) })
  const lateId = await uc.declareGift(at(officer, new Date(now.getTime() - 40 * DAY)), { ...base, donor_name: 'บริษัท รุ่งเรืองการโยธา จำกัด', donor_type: 'business', relation: 'คู่สัญญาของเทศบาล', occasion: 'งานฉลองเปิดสำนักงาน', description: 'นาฬิกาข้อมือ', value: '6,500', ...dateFields('received_on', addCalendarDays(today, -40)) })
  await uc.submitGift(at(officer, now), lateId)
  await uc.ruleGift(at(head, now), lateId, { ruling: 'return', reason: 'ผู้ให้เป็นคู่สัญญาของเทศบาล ไม่ใช่การให้โดยธรรมจรรยา ให้ส่งคืนพร้อมหนังสือขอบคุณ' })
  await uc.declareGift(at(ita, now), { ...base, donor_name: 'นายสมหมาย รักถิ่น', relation: 'ญาติ', occasion: 'งานมงคลสมรส', description: 'สร้อยคอทองคำ ๑ บาท', value: '40,000', ...dateFields('received_on', addCalendarDays(today, -10)) })
  const donation = await uc.proposeDonation(at(officer, now), { donor_name: 'บริษัท เวียงทองพาณิชย์ จำกัด', donor_type: 'business', description: 'เครื่องปรับอากาศ ๒ เครื่อง', value: '36,000', purpose: 'ใช้ในศูนย์พัฒนาเด็กเล็ก', intended_use: 'ติดตั้งที่ศูนย์พัฒนาเด็กเล็กบ้านดอนแก้ว' })
  await uc.decideDonation(at(head, now), donation, { decision: 'approve', reason: 'เป็นประโยชน์ต่อเด็กเล็ก ผู้บริจาคไม่มีส่วนได้เสียกับการจัดซื้อจัดจ้างที่อยู่ระหว่างดำเนินการ' })
  await uc.acceptDonation(at(officer, now), donation, { ...dateFields('accepted_on', today), receipt_number: 'อน ๑/๒๕๖๙' })
  return 4
}
