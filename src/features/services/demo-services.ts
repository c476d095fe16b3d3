/**
 * The demo municipality's six services with their manuals, and a year of requests filed and
 * handled through the real use cases on the dates they happened: most on time, some paused for
 * documents, some with a delay notice sent in time, a few late (one with a late notice), a few
 * refused, and the last weeks' requests still open, two of them overdue for the head to see.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import type { Actor } from '../../platform/auth/actor.ts'
import type { FileService } from '../../platform/files/index.ts'
import { addBusinessDays, addCalendarDays, nextBusinessDayOnOrAfter, todayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'
import { loadHolidayDates } from '../holidays/index.ts'
import { totalDays } from './service-manual.domain.ts'
import { deadlineDays } from './service-requests.domain.ts'
import { actOnRequest, fileAtCounter, type RequestAction } from './service-requests.use-cases.ts'
import type { ServiceFormValues } from './services.input.ts'
import { publishService, saveService } from './services.use-cases.ts'

const HOURS = 'วันจันทร์ถึงวันศุกร์ (ยกเว้นวันหยุดที่ทางราชการกำหนด) ตั้งแต่เวลา ๐๘.๓๐–๑๖.๓๐ น. (มีพักเที่ยง)'
const PLACE = 'สำนักงานเทศบาลตำบลเวียงทอง 99 หมู่ 3 ตำบลเวียงทอง อำเภอเวียงทอง จังหวัดสุวรรณภูมิ'
const COMPLAIN = 'ศูนย์รับเรื่องราวร้องทุกข์ เทศบาลตำบลเวียงทอง โทรศัพท์ 0 9912 0099 หรือ https://prongsai.example/o/wiang-thong/complaints\nศูนย์บริการประชาชน สำนักปลัดสำนักนายกรัฐมนตรี สายด่วน 1111 ตู้ ปณ. 1111 เลขที่ 1 ถนนพิษณุโลก เขตดุสิต กรุงเทพฯ 10300'

type DemoService = { form: Omit<ServiceFormValues, 'hours' | 'complaint_channel' | 'online_url'>; perMonth: number }

const row = (title: string, days: number, unit: string) => ({ title, days: String(days), unit })
const doc = (name: string, copies: string, note = '') => ({ name, copies, note })

const SERVICES: DemoService[] = [
  {
    perMonth: 3,
    form: {
      name_th: 'การขออนุญาตก่อสร้างอาคาร ตามมาตรา ๒๑',
      name_en: 'Building permit (section 21)',
      legal_basis: 'พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒\nกฎกระทรวงกำหนดแบบและวิธีการเกี่ยวกับการขออนุญาต พ.ศ. ๒๕๕๘',
      responsible_unit: 'กองช่าง เทศบาลตำบลเวียงทอง',
      place: `กองช่าง ${PLACE}`,
      allows_online: false,
      conditions: 'ผู้ขออนุญาตต้องเป็นเจ้าของที่ดินหรือได้รับความยินยอมจากเจ้าของที่ดิน แบบแปลนต้องลงนามโดยสถาปนิกและวิศวกรผู้ได้รับใบอนุญาตตามที่กฎหมายกำหนด',
      day_unit: 'business',
      steps: [row('ยื่นคำขอ ตรวจสอบความครบถ้วนของเอกสารหลักฐาน', 1, 'งานธุรการ กองช่าง'), row('ตรวจสอบสถานที่ที่ขออนุญาตก่อสร้าง', 3, 'นายช่างโยธา กองช่าง'), row('พิจารณาแบบแปลนและรายการคำนวณ', 7, 'วิศวกรโยธา กองช่าง'), row('เสนอพิจารณาออกใบอนุญาต', 3, 'นายกเทศมนตรีตำบลเวียงทอง'), row('แจ้งผลและส่งมอบใบอนุญาต (อ.๑)', 1, 'งานธุรการ กองช่าง')],
      documents: [doc('แบบคำขออนุญาตก่อสร้างอาคาร (ข.๑)', '1 ฉบับ'), doc('บัตรประจำตัวประชาชนและสำเนาทะเบียนบ้าน', '1 ชุด'), doc('สำเนาโฉนดที่ดิน', '1 ชุด', 'ขนาดเท่าต้นฉบับทุกหน้า'), doc('แบบแปลนและรายการประกอบแบบแปลน', '5 ชุด', 'ลงนามโดยสถาปนิกและวิศวกร')],
      no_documents: false,
      fees: [{ item: 'ใบอนุญาตก่อสร้าง', amount: 'ฉบับละ 20 บาท' }, { item: 'ค่าตรวจแบบแปลน (อาคารสูงไม่เกิน 2 ชั้น)', amount: 'ตารางเมตรละ 0.50 บาท' }],
      no_fee: false,
    },
  },
  {
    perMonth: 4,
    form: {
      name_th: 'การจดทะเบียนพาณิชย์ (ตั้งใหม่) ตาม พ.ร.บ.ทะเบียนพาณิชย์ พ.ศ. ๒๔๙๙',
      name_en: 'Commercial registration (new business)',
      legal_basis: 'พระราชบัญญัติทะเบียนพาณิชย์ พ.ศ. ๒๔๙๙\nประกาศกระทรวงพาณิชย์ เรื่อง แต่งตั้งพนักงานเจ้าหน้าที่และนายทะเบียนพาณิชย์',
      responsible_unit: 'กองคลัง งานพัฒนาและจัดเก็บรายได้',
      place: `กองคลัง ${PLACE}`,
      allows_online: false,
      conditions: 'ผู้ประกอบพาณิชยกิจต้องยื่นขอจดทะเบียนภายใน ๓๐ วันนับแต่วันเริ่มประกอบกิจการ',
      day_unit: 'business',
      steps: [row('ยื่นคำขอและตรวจสอบเอกสาร', 0, 'งานพัฒนาและจัดเก็บรายได้'), row('พิจารณารับจดทะเบียน', 0, 'นายทะเบียนพาณิชย์'), row('ออกใบทะเบียนพาณิชย์และแจ้งผล', 1, 'นายทะเบียนพาณิชย์')],
      documents: [doc('แบบ ทพ. คำขอจดทะเบียนพาณิชย์', '1 ฉบับ'), doc('สำเนาบัตรประจำตัวประชาชน', '1 ฉบับ'), doc('แผนที่ตั้งสถานประกอบการ', '1 ฉบับ')],
      no_documents: false,
      fees: [{ item: 'ค่าธรรมเนียมจดทะเบียน', amount: '50 บาท' }],
      no_fee: false,
    },
  },
  {
    perMonth: 3,
    form: {
      name_th: 'การขอติดตั้งมาตรวัดน้ำประปา',
      name_en: 'Water-supply connection',
      legal_basis: 'เทศบัญญัติเทศบาลตำบลเวียงทอง เรื่อง การใช้น้ำประปา พ.ศ. ๒๕๖๒',
      responsible_unit: 'กองการประปา เทศบาลตำบลเวียงทอง',
      place: `กองการประปา ${PLACE}`,
      allows_online: true,
      conditions: 'สถานที่ขอติดตั้งต้องอยู่ในเขตที่ท่อเมนประปาผ่าน ผู้ขอต้องเป็นเจ้าบ้านหรือได้รับความยินยอมจากเจ้าบ้าน',
      day_unit: 'business',
      steps: [row('ยื่นคำขอและตรวจสอบเอกสาร', 1, 'งานธุรการ กองการประปา'), row('สำรวจจุดติดตั้งและประมาณการค่าใช้จ่าย', 3, 'งานผลิตและบริการน้ำประปา'), row('ชำระค่าธรรมเนียมและค่าติดตั้ง', 1, 'กองคลัง'), row('ติดตั้งมาตรวัดน้ำและแจ้งผล', 3, 'งานผลิตและบริการน้ำประปา')],
      documents: [doc('คำขอติดตั้งประปา', '1 ฉบับ'), doc('สำเนาบัตรประจำตัวประชาชน', '1 ฉบับ'), doc('สำเนาทะเบียนบ้าน', '1 ฉบับ')],
      no_documents: false,
      fees: [{ item: 'ค่าประกันการใช้น้ำ (มาตรขนาด ½ นิ้ว)', amount: '500 บาท' }, { item: 'ค่าติดตั้งมาตรวัดน้ำ', amount: 'ตามที่จ่ายจริง' }],
      no_fee: false,
    },
  },
  {
    perMonth: 5,
    form: {
      name_th: 'การลงทะเบียนและยื่นคำขอรับเงินเบี้ยยังชีพผู้สูงอายุ',
      name_en: 'Registration for the old-age allowance',
      legal_basis: 'ระเบียบกระทรวงมหาดไทยว่าด้วยหลักเกณฑ์การจ่ายเงินเบี้ยยังชีพผู้สูงอายุขององค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๕๒ และที่แก้ไขเพิ่มเติม',
      responsible_unit: 'กองสวัสดิการสังคม เทศบาลตำบลเวียงทอง',
      place: `กองสวัสดิการสังคม ${PLACE}`,
      allows_online: true,
      conditions: 'ผู้มีสัญชาติไทย อายุ ๕๙ ปีบริบูรณ์ขึ้นไปภายในปีงบประมาณถัดไป มีภูมิลำเนาในเขตเทศบาล และไม่ได้รับสวัสดิการอื่นจากหน่วยงานของรัฐตามที่ระเบียบกำหนด',
      day_unit: 'business',
      steps: [row('ยื่นคำขอและตรวจสอบคุณสมบัติ', 1, 'กองสวัสดิการสังคม'), row('ประกาศรายชื่อผู้มีสิทธิและแจ้งผล', 2, 'กองสวัสดิการสังคม')],
      documents: [doc('บัตรประจำตัวประชาชนหรือบัตรอื่นที่ออกโดยหน่วยงานของรัฐที่มีรูปถ่าย', '1 ฉบับ'), doc('สมุดบัญชีเงินฝากธนาคาร (กรณีรับเงินผ่านธนาคาร)', '1 ฉบับ')],
      no_documents: false,
      fees: [],
      no_fee: true,
    },
  },
  {
    perMonth: 4,
    form: {
      name_th: 'การขอหนังสือรับรองการมีถิ่นที่อยู่',
      name_en: 'Certificate of residence',
      legal_basis: 'พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔ และที่แก้ไขเพิ่มเติม',
      responsible_unit: 'สำนักปลัดเทศบาล งานทะเบียนราษฎร',
      place: `สำนักปลัดเทศบาล ${PLACE}`,
      allows_online: true,
      conditions: 'ผู้ขอต้องมีชื่ออยู่ในทะเบียนบ้านในเขตเทศบาล หรือมีผู้รับรองที่เชื่อถือได้',
      day_unit: 'business',
      steps: [row('ยื่นคำขอและตรวจสอบหลักฐาน', 1, 'งานทะเบียนราษฎร'), row('ตรวจสอบข้อเท็จจริง', 1, 'งานทะเบียนราษฎร'), row('ลงนามหนังสือรับรองและแจ้งผล', 1, 'ปลัดเทศบาล')],
      documents: [doc('บัตรประจำตัวประชาชน', '1 ฉบับ'), doc('สำเนาทะเบียนบ้าน', '1 ฉบับ')],
      no_documents: false,
      fees: [{ item: 'ค่าธรรมเนียมหนังสือรับรอง', amount: '20 บาท' }],
      no_fee: false,
    },
  },
  {
    perMonth: 2,
    form: {
      name_th: 'การขออนุญาตจัดงานหรือกิจกรรมในที่สาธารณะและใช้เครื่องขยายเสียง',
      name_en: 'Permit for a public event with loudspeakers',
      legal_basis: 'พระราชบัญญัติควบคุมการโฆษณาโดยใช้เครื่องขยายเสียง พ.ศ. ๒๔๙๓\nพระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕',
      responsible_unit: 'สำนักปลัดเทศบาล งานป้องกันและบรรเทาสาธารณภัย',
      place: `สำนักปลัดเทศบาล ${PLACE}`,
      allows_online: false,
      conditions: 'ยื่นคำขอล่วงหน้าไม่น้อยกว่า ๗ วันก่อนวันจัดงาน ระบุสถานที่ วันเวลา และมาตรการความปลอดภัย',
      day_unit: 'business',
      steps: [row('ยื่นคำขอและตรวจสอบเอกสาร', 1, 'งานป้องกันและบรรเทาสาธารณภัย'), row('ตรวจสถานที่และมาตรการความปลอดภัย', 2, 'งานป้องกันและบรรเทาสาธารณภัย'), row('พิจารณาอนุญาตและแจ้งผล', 2, 'ปลัดเทศบาล')],
      documents: [doc('คำขออนุญาตใช้เครื่องขยายเสียง (ฆ.ษ.๑)', '1 ฉบับ'), doc('สำเนาบัตรประจำตัวประชาชนของผู้จัดงาน', '1 ฉบับ'), doc('แผนผังสถานที่จัดงาน', '1 ฉบับ')],
      no_documents: false,
      fees: [{ item: 'ใบอนุญาตใช้เครื่องขยายเสียง (ชนิดเคลื่อนที่ได้)', amount: 'ครั้งละ 50 บาท' }],
      no_fee: false,
    },
  },
]

const FIRST = ['สมชาย', 'สมหญิง', 'บุญมี', 'จันทร์เพ็ญ', 'ประเสริฐ', 'มาลัย', 'วิชัย', 'อำไพ', 'สุริยา', 'ทองใบ', 'คำปุ่น', 'แสงเดือน']
const LAST = ['ใจดี', 'ทองคำ', 'ศรีเวียง', 'บุญมา', 'แก้วมณี', 'คำแสน', 'อินทร์แก้ว', 'ปัญญาดี']

/** A small seeded generator, so the demo is the same every time. */
function seeded(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** 10:00 in Bangkok on that day. */
const at = (d: IsoDate, hour = 10) => new Date(`${d}T${String(hour - 7).padStart(2, '0')}:00:00Z`)

export async function loadDemoServices(db: Kysely<Database>, now: Date, files: FileService): Promise<number> {
  const org = await db.selectFrom('organisations').select('id').where('slug', '=', 'wiang-thong').executeTakeFirst()
  const user = await db.selectFrom('users').select('id').where('email', '=', 'wt-officer@prongsai.test').executeTakeFirst()
  const actor = user && (await loadActor(db, user.id))
  if (!org || !actor) return 0
  const today = todayInBangkok(now)
  const yearAgo = addCalendarDays(today, -365)
  const ctxAt = (a: Actor, when: Date) => ({ db, actor: a, now: when, files })

  const made: { id: string; promised: number }[] = []
  for (const s of SERVICES) {
    const values: ServiceFormValues = { ...s.form, hours: HOURS, complaint_channel: COMPLAIN, online_url: '' }
    const saved = await saveService(ctxAt(actor, at(addCalendarDays(yearAgo, -14))), { organisationId: org.id }, values)
    if (!saved.saved) throw new Error(`demo service refused: ${JSON.stringify(saved.errors)}`)
    await publishService(ctxAt(actor, at(addCalendarDays(yearAgo, -7))), saved.id)
    made.push({ id: saved.id, promised: deadlineDays(totalDays(s.form.steps.map((x) => ({ title: x.title, days: Number(x.days), unit: x.unit })))) })
  }

  const holidays = await loadHolidayDates(db, addCalendarDays(yearAgo, -30), addCalendarDays(today, 60))
  const rnd = seeded(2569)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!
  let filed = 0
  for (let month = 0; month < 12; month++) {
    for (const [i, s] of SERVICES.entries()) {
      const service = made[i]!
      for (let k = 0; k < s.perMonth; k++) {
        const day = nextBusinessDayOnOrAfter(addCalendarDays(yearAgo, month * 30 + Math.floor(rnd() * 28)), holidays)
        if (day > today) continue
        const when = at(day, 9 + Math.floor(rnd() * 6))
        const name = `${rnd() < 0.5 ? 'นาย' : 'นาง'}${pick(FIRST)} ${pick(LAST)}`
        const f = await fileAtCounter(ctxAt(actor, when), org.id, { service_id: service.id, applicant_name: name, applicant_contact: `08${Math.floor(10000000 + rnd() * 89999999)}`, details: '', assigned_to: '' })
        filed++
        const due = f.dueOn
        const step = async (d: IsoDate, action: RequestAction) => {
          if (d > today) return false
          await actOnRequest(ctxAt(actor, at(d, 16)), f.id, action)
          return true
        }
        const bd = (n: number) => addBusinessDays(day, n, holidays)
        const roll = rnd()
        // The last three weeks stay open: the head's list of what is due, and two overdue ones.
        const recent = addCalendarDays(day, 21) > today
        if (recent) {
          if (roll < 0.5) await step(bd(1), { kind: 'start' })
          continue
        }
        if (service.promised > 2 && roll < 0.1) {
          // Paused for documents on the first day, resumed after a few days.
          await step(bd(1), { kind: 'more_documents', note: 'ขอสำเนาทะเบียนบ้านฉบับปัจจุบันเพิ่มเติม', channel: 'phone' })
          await step(addBusinessDays(bd(1), 2 + Math.floor(rnd() * 3), holidays), { kind: 'documents_received', note: 'ได้รับเอกสารครบแล้ว' })
          const r = await db.selectFrom('service_requests').select('due_on').where('id', '=', f.id).executeTakeFirstOrThrow()
          if (r.due_on) await step(r.due_on as IsoDate, { kind: 'approved', note: '', channel: 'counter' })
        } else if (service.promised > 2 && roll < 0.2) {
          // A delay notice the day before the deadline, the result before the new date.
          const noticeDay = addBusinessDays(due, -1, holidays)
          const newDue = addBusinessDays(due, 5, holidays)
          if (!(await step(bd(1), { kind: 'start' }))) continue
          if (!(await step(noticeDay, { kind: 'delay_notice', reason: 'รอความเห็นจากหน่วยงานภายนอก (สำนักงานที่ดินอำเภอ)', newDueOn: newDue, late: false, channel: 'letter' }))) continue
          await step(addBusinessDays(due, 3, holidays), { kind: 'approved', note: '', channel: 'letter' })
        } else if (roll < 0.24) {
          // Late: the deadline passed without a notice; a late notice, then the result.
          if (!(await step(bd(1), { kind: 'start' }))) continue
          const lateDay = addBusinessDays(due, 2, holidays)
          if (rnd() < 0.5) await step(lateDay, { kind: 'delay_notice', reason: 'เจ้าหน้าที่ผู้รับผิดชอบลาป่วย', newDueOn: addBusinessDays(lateDay, 3, holidays), late: true, channel: 'phone' })
          await step(addBusinessDays(lateDay, 2, holidays), { kind: 'approved', note: '', channel: 'phone' })
        } else if (roll < 0.3) {
          await step(bd(1), { kind: 'start' })
          await step(addBusinessDays(day, Math.max(1, service.promised - 1), holidays), { kind: 'refused', note: 'คุณสมบัติไม่ครบตามหลักเกณฑ์ที่กฎหมายกำหนด', channel: 'letter' })
        } else {
          const took = Math.max(0, Math.min(service.promised, Math.round(service.promised * (0.4 + rnd() * 0.6))))
          if (took > 1) await step(bd(1), { kind: 'start' })
          await step(took === 0 ? day : bd(took), { kind: 'approved', note: '', channel: pick(['counter', 'phone', 'letter'] as const) })
        }
      }
    }
  }
  // Two requests filed a month ago and never answered: overdue now, on the head's page.
  for (const i of [0, 2]) {
    const day = nextBusinessDayOnOrAfter(addCalendarDays(today, -30), holidays)
    const f = await fileAtCounter(ctxAt(actor, at(day)), org.id, { service_id: made[i]!.id, applicant_name: `นาย${pick(FIRST)} ${pick(LAST)}`, applicant_contact: '0812345678', details: '', assigned_to: '' })
    await actOnRequest(ctxAt(actor, at(addBusinessDays(day, 1, holidays))), f.id, { kind: 'start' })
    filed++
  }
  return SERVICES.length + filed
}
