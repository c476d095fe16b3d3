import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import { ceToBe, currentFiscalYear } from '../../platform/thai-calendar/index.ts'
import * as gov from './governance.use-cases.ts'
import * as uc from './risks.use-cases.ts'

const DAY = 86_400_000
/** A day of the fiscal year before `now`'s, at 10:00 Bangkok: fiscal year Y runs 1 Oct (Y−544) – 30 Sep (Y−543). */
const inYear = (fy: number, month: number, day: number) => new Date(Date.UTC(month >= 10 ? fy - 544 : fy - 543, month - 1, day, 3))
const be = (d: Date) => ({ day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(ceToBe(d.getUTCFullYear())) })
const dateFields = (name: string, d: Date) => Object.fromEntries(Object.entries(be(d)).map(([k, v]) => [`${name}-${k}`, v]))

/**
 * เทศบาลตำบลเวียงทอง: last fiscal year's register with treatments, approved, a six-month and a
 * yearly report, carried into this year, re-assessed and approved; work outside the manual
 * reported and reviewed; last year's internal-control evaluation reported.
 */
export async function loadDemoRisks(db: Kysely<Database>, now: Date, baseUrl: string): Promise<number> {
  const ids = await db.selectFrom('users').select(['id', 'email']).where('email', 'in', ['wt-officer@prongsai.test', 'wt-head@prongsai.test', 'wt-ita@prongsai.test']).execute()
  const actor = async (email: string) => {
    const id = ids.find((u) => u.email === email)?.id
    return id ? loadActor(db, id) : null
  }
  const [officer, head, ita] = await Promise.all([actor('wt-officer@prongsai.test'), actor('wt-head@prongsai.test'), actor('wt-ita@prongsai.test')])
  if (!officer || !head || !ita) return 0
  const at = (a: NonNullable<typeof officer>, when: Date) => ({ db, actor: a, now: when, baseUrl })
  const fy = currentFiscalYear(now)
  const last = fy - 1

  await uc.startRegister(at(ita, inYear(last, 11, 3)), last)
  const permit = await uc.addRisk(at(ita, inYear(last, 11, 4)), last, {
    process: 'การออกใบอนุญาตก่อสร้างอาคาร ขั้นตอนตรวจสถานที่',
    risk_type: 'bribery',
    description: 'เจ้าหน้าที่อาจเรียกรับเงินหรือประโยชน์เพื่อเร่งรัดหรือผ่อนปรนการตรวจสถานที่',
    causes: 'ผู้ตรวจคนเดียวลงพื้นที่ ไม่มีบันทึกภาพ ผู้ขออนุญาตต้องการได้รับใบอนุญาตเร็ว',
    existing_controls: 'คู่มือการปฏิบัติงานกำหนดระยะเวลาพิจารณา ๔๕ วัน',
    inherent_likelihood: '4',
    inherent_impact: '4',
    residual_likelihood: '3',
    residual_impact: '3',
    internal_note: 'มีผู้ร้องเรียนว่านายสมปอง ตรวจเข้ม เรียกค่าดำเนินการ อยู่ระหว่างสอบข้อเท็จจริง',
  })
  const procurement = await uc.addRisk(at(ita, inYear(last, 11, 4)), last, {
    process: 'การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง',
    risk_type: 'conflict_of_interest',
    description: 'คณะกรรมการตรวจรับพัสดุมีความสัมพันธ์กับผู้รับจ้าง',
    causes: 'ผู้ประกอบการในพื้นที่มีน้อย กรรมการเป็นเครือญาติกับผู้รับจ้าง',
    existing_controls: 'แบบแสดงความบริสุทธิ์ใจของกรรมการ',
    inherent_likelihood: '3',
    inherent_impact: '4',
    residual_likelihood: '2',
    residual_impact: '3',
    internal_note: '',
  })
  const discretion = await uc.addRisk(at(officer, inYear(last, 11, 5)), last, {
    process: 'การพิจารณาลดหย่อนค่าธรรมเนียมเก็บขนขยะ',
    risk_type: 'discretion',
    description: 'การใช้ดุลพินิจลดหย่อนค่าธรรมเนียมโดยไม่มีหลักเกณฑ์ที่ชัดเจน',
    causes: 'ไม่มีหลักเกณฑ์เป็นลายลักษณ์อักษร',
    existing_controls: 'ไม่มี',
    inherent_likelihood: '3',
    inherent_impact: '2',
    residual_likelihood: '2',
    residual_impact: '2',
    internal_note: '',
  })
  const treat = async (riskId: string, measure: string, owner: string, unit: string, due: Date) => {
    await uc.addTreatment(at(ita, inYear(last, 11, 10)), riskId, { measure, owner_name: owner, owner_unit: unit, ...dateFields('due_on', due) })
    return (await db.selectFrom('risk_treatments').select('id').where('risk_id', '=', riskId).where('measure', '=', measure).executeTakeFirstOrThrow()).id
  }
  const t1 = await treat(permit, 'ตรวจสถานที่เป็นทีมอย่างน้อย ๒ คน และบันทึกภาพทุกครั้ง', 'นายช่างโยธา ใจตรง', 'กองช่าง', inYear(last, 1, 31))
  const t2 = await treat(permit, 'เผยแพร่ขั้นตอนและระยะเวลาการอนุญาตทางเว็บไซต์ และติดตามสถานะคำขอออนไลน์', 'นางสาวสมศรี บริการดี', 'สำนักปลัด', inYear(last, 6, 30))
  const t3 = await treat(procurement, 'ตรวจความสัมพันธ์ของกรรมการกับผู้เสนอราคาก่อนแต่งตั้งทุกครั้ง', 'นายพัสดุ ถูกต้อง', 'กองคลัง', inYear(last, 3, 31))
  await treat(discretion, 'ออกประกาศหลักเกณฑ์การลดหย่อนค่าธรรมเนียม', 'นางจันทร์ รักษ์ถิ่น', 'กองสาธารณสุขและสิ่งแวดล้อม', inYear(last, 9, 30))
  await uc.approveRegister(at(head, inYear(last, 11, 20)), last)
  await uc.setTreatmentStatus(at(ita, inYear(last, 1, 30)), t1, { status: 'done', progress_note: 'ดำเนินการทุกคำขอตั้งแต่เดือนมกราคม' })
  await uc.setTreatmentStatus(at(ita, inYear(last, 2, 15)), t3, { status: 'in_progress', progress_note: 'ใช้ระบบตรวจผลประโยชน์ทับซ้อนกับงานจ้างแล้ว ๕ โครงการ' })
  await uc.setTreatmentStatus(at(ita, inYear(last, 3, 20)), t2, { status: 'in_progress', progress_note: 'เผยแพร่ขั้นตอนแล้ว ระบบติดตามสถานะอยู่ระหว่างพัฒนา' })
  await uc.addFollowup(at(ita, inYear(last, 4, 10)), last, { kind: 'six_month', summary: 'ดำเนินการแล้วเสร็จ ๑ มาตรการ อยู่ระหว่างดำเนินการ ๒ มาตรการ ยังไม่พบการร้องเรียนเรื่องการตรวจสถานที่หลังใช้ทีมตรวจ' })
  await uc.setTreatmentStatus(at(ita, inYear(last, 6, 25)), t3, { status: 'done', progress_note: 'ตรวจครบทุกการแต่งตั้งกรรมการ' })
  const startThis = new Date(Math.max(now.getTime() - 40 * DAY, inYear(fy, 10, 2).getTime()))
  await uc.addFollowup(at(ita, startThis), last, { kind: 'yearly', summary: 'ดำเนินการแล้วเสร็จ ๒ มาตรการ อีก ๒ มาตรการยกไปดำเนินการต่อในปีถัดไป' })

  // This year: carried forward, one risk re-assessed lower, approved by the head.
  await uc.carryForward(at(ita, startThis), last)
  const carried = await db.selectFrom('risks').select('id').where('carried_from_id', '=', procurement).executeTakeFirstOrThrow()
  await uc.editRisk(at(ita, new Date(startThis.getTime() + DAY)), carried.id, {
    process: 'การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง',
    risk_type: 'conflict_of_interest',
    description: 'คณะกรรมการตรวจรับพัสดุมีความสัมพันธ์กับผู้รับจ้าง',
    causes: 'ผู้ประกอบการในพื้นที่มีน้อย',
    existing_controls: 'แบบแสดงความบริสุทธิ์ใจของกรรมการ และการตรวจความสัมพันธ์ก่อนแต่งตั้ง (ปีที่แล้ว)',
    inherent_likelihood: '2',
    inherent_impact: '3',
    residual_likelihood: '1',
    residual_impact: '3',
    internal_note: '',
  })
  await uc.approveRegister(at(head, new Date(startThis.getTime() + 2 * DAY)), fy)

  // Work outside the manual (002 m7 §1.3).
  const om = await gov.reportOutsideManual(at(officer, new Date(now.getTime() - 20 * DAY)), {
    ...dateFields('occurred_on', new Date(now.getTime() - 21 * DAY)),
    work: 'การรับคำขออนุญาตจำหน่ายสินค้าในที่สาธารณะ',
    manual_ref: 'คู่มือสำหรับประชาชน งานอนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ',
    what_done: 'รับคำขอโดยยังไม่มีสำเนาทะเบียนบ้าน และให้ผู้ขอนำมาส่งภายหลัง',
    reason: 'ผู้ขอเป็นผู้สูงอายุ เดินทางไกล ระบบตรวจสอบข้อมูลทะเบียนราษฎรขัดข้องในวันนั้น',
  })
  await gov.reviewOutsideManual(at(head, new Date(now.getTime() - 18 * DAY)), om, { outcome: 'update_manual', review_note: 'มีเหตุผลสมควร ให้ปรับปรุงคู่มือให้ตรวจข้อมูลทะเบียนราษฎรแทนการขอสำเนาเอกสาร' })
  await gov.reportOutsideManual(at(ita, new Date(now.getTime() - 3 * DAY)), {
    ...dateFields('occurred_on', new Date(now.getTime() - 4 * DAY)),
    work: 'การเบิกจ่ายค่าตอบแทนอาสาสมัคร',
    manual_ref: 'ระเบียบการเบิกจ่ายเงินจากคลัง',
    what_done: 'จ่ายเงินสดแทนการโอนเข้าบัญชี',
    reason: 'อาสาสมัคร ๒ คนไม่มีบัญชีธนาคาร',
  })

  // Internal control, last fiscal year (004 §1.2).
  await gov.appointIcCommittee(at(ita, inYear(last, 10, 20)), last, {
    order_number: `๒๑๕/${ceToBe(inYear(last, 10, 20).getUTCFullYear())}`,
    ...dateFields('order_date', inYear(last, 10, 20)),
    members: 'ปลัดเทศบาลตำบลเวียงทอง, ปลัดเทศบาล, ประธานกรรมการ\nผู้อำนวยการกองคลัง, ผู้อำนวยการกองคลัง, กรรมการ\nผู้อำนวยการกองช่าง, ผู้อำนวยการกองช่าง, กรรมการ\nหัวหน้าสำนักปลัด, หัวหน้าสำนักปลัด, กรรมการและเลขานุการ',
  })
  const results = {
    control_environment: ['adequate', 'ผู้บริหารประกาศเจตจำนงสุจริตและมีประมวลจริยธรรม', ''],
    risk_assessment: ['partly', 'ประเมินความเสี่ยงครบทุกกอง แต่ยังไม่ครอบคลุมงานบริการทุกงาน', 'เพิ่มการประเมินความเสี่ยงของงานบริการที่มีคู่มือ'],
    control_activities: ['adequate', 'มีการแบ่งแยกหน้าที่ด้านการเงินและพัสดุ', ''],
    information_communication: ['partly', 'การรายงานผลการดำเนินงานยังล่าช้า', 'รายงานผ่านระบบทุกไตรมาส'],
    monitoring: ['adequate', 'ติดตามผลรอบ ๖ เดือนและรอบปี', ''],
  } as const
  await gov.saveIcResults(at(ita, inYear(last, 8, 15)), last, Object.fromEntries(Object.entries(results).flatMap(([c, [a, f, i]]) => [[`${c}_assessment`, a], [`${c}_findings`, f], [`${c}_improvements`, i]])))
  await gov.reportIc(at(head, inYear(last, 9, 10)), last, { summary: 'การควบคุมภายในของเทศบาลมีความเพียงพอและมีประสิทธิผลตามสมควร มีจุดที่ต้องปรับปรุง ๒ องค์ประกอบ คือ การประเมินความเสี่ยง และสารสนเทศและการสื่อสาร' })
  return 3
}
