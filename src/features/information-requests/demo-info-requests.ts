import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import { findOrganisationBySlug } from '../organisations/index.ts'
import type { StepInput } from './info-requests.input.ts'
import { assignRequest, submitRequest, takeStep } from './info-requests.use-cases.ts'

const DAY = 86_400_000
const step = (to: StepInput['to'], over: Partial<StepInput> = {}): StepInput => ({ to, note: '', answer: '', ground: null, transferredTo: '', publish: false, ...over })

/** A year of requests at เทศบาลตำบลเวียงทอง, in every state, made through the real use cases. */
export async function loadDemoInfoRequests(db: Kysely<Database>, now: Date, baseUrl: string): Promise<number> {
  const org = await findOrganisationBySlug(db, 'wiang-thong')
  if (!org) return 0
  const officerId = (await db.selectFrom('users').select('id').where('email', '=', 'wt-officer@prongsai.test').executeTakeFirstOrThrow()).id
  const officer = (await loadActor(db, officerId))!
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY)
  const staff = (daysAgo: number) => ({ db, actor: officer, now: at(daysAgo), baseUrl })
  const cases: { daysAgo: number; what: string; steps: { after: number; step: StepInput }[] }[] = [
    { daysAgo: 330, what: 'สำเนาสัญญาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ 2 ปีงบประมาณ 2568', steps: [{ after: 3, step: step('in_progress') }, { after: 9, step: step('answered_full', { answer: 'จัดส่งสำเนาสัญญาเลขที่ 12/2568 ทางอีเมลแล้ว และเผยแพร่ในหมวดผลการจัดซื้อจัดจ้าง', publish: true }) }] },
    { daysAgo: 280, what: 'รายงานการประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 1/2568', steps: [{ after: 2, step: step('answered_full', { answer: 'รายงานการประชุมเผยแพร่ที่หมวดรายงานผลการดำเนินงาน', publish: true }) }] },
    { daysAgo: 240, what: 'ผลการตรวจสุขภาพของพนักงานเทศบาลรายบุคคล', steps: [{ after: 5, step: step('refused', { ground: 's15_5', note: 'เป็นรายงานการแพทย์และข้อมูลส่วนบุคคล การเปิดเผยจะรุกล้ำสิทธิส่วนบุคคลโดยไม่สมควร' }) }] },
    { daysAgo: 200, what: 'ข้อมูลการใช้ที่ดินของกรมป่าไม้ในเขตตำบล', steps: [{ after: 2, step: step('transferred', { transferredTo: 'สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด', note: 'ข้อมูลอยู่ในความครอบครองของหน่วยงานดังกล่าว' }) }] },
    { daysAgo: 150, what: 'เอกสารประกวดราคาและใบเสนอราคาทุกรายของโครงการขุดลอกคลอง', steps: [{ after: 4, step: step('in_progress') }, { after: 12, step: step('answered_part', { answer: 'จัดส่งประกาศและผลการพิจารณาแล้ว', note: 'ใบเสนอราคารายละเอียดต้นทุนของผู้เสนอราคาเป็นข้อมูลที่ได้มาโดยไม่ประสงค์ให้เปิดเผย (มาตรา 15 (6))' }) }] },
    { daysAgo: 90, what: 'แผนการจัดเก็บขยะและค่าธรรมเนียมปี 2569', steps: [{ after: 1, step: step('clarification', { note: 'ขอทราบว่าต้องการแผนของทั้งตำบลหรือเฉพาะหมู่บ้าน' }) }, { after: 6, step: step('in_progress') }, { after: 14, step: step('answered_full', { answer: 'ส่งแผนการจัดเก็บขยะทั้งตำบลทางอีเมลแล้ว' }) }] },
    { daysAgo: 40, what: 'บัญชีรายชื่อผู้ได้รับเบี้ยยังชีพผู้สูงอายุ หมู่ 4', steps: [{ after: 2, step: step('in_progress') }] },
    { daysAgo: 25, what: 'สำเนาใบอนุญาตก่อสร้างอาคารพาณิชย์ริมถนนสายหลัก', steps: [{ after: 3, step: step('in_progress') }, { after: 14, step: step('extended', { note: 'ต้องค้นเอกสารจากคลังเอกสารเก่าและขอความเห็นเจ้าของอาคารตามมาตรา 17' }) }] },
    { daysAgo: 10, what: 'รายละเอียดงบประมาณโครงการไฟฟ้าส่องสว่างปี 2570', steps: [{ after: 2, step: step('clarification', { note: 'ขอทราบชื่อโครงการหรือหมู่บ้านที่ต้องการ' }) }] },
    { daysAgo: 1, what: 'ผลการประเมิน ITA ของเทศบาลปี 2569 พร้อมแผนปรับปรุง', steps: [] },
  ]
  for (const [i, c] of cases.entries()) {
    const filed = await submitRequest({ db, now: at(c.daysAgo) }, org, { name: `ผู้ขอข้อมูล ${i + 1}`, contact: `requester${i + 1}@example.test`, what: c.what, delivery: i % 2 ? 'copy' : 'email', feeBaht: null })
    const id = (await db.selectFrom('info_requests').select('id').where('organisation_id', '=', org.id).where('number', '=', filed.number).executeTakeFirstOrThrow()).id
    await assignRequest(staff(c.daysAgo), id, officerId)
    for (const s of c.steps) await takeStep(staff(c.daysAgo - s.after), id, s.step)
  }
  return cases.length
}
