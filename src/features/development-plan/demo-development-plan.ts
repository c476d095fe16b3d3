/**
 * The demo municipality's five-year local development plan, written through the real use cases
 * by its officer: four strategies, nine projects with budgets for each year, how each came from
 * the people, the approved plan and one addition as versions, the links from each budget of
 * the plan's years to the projects funding them (one line left out of the plan, and so flagged), and the
 * published monitoring report of last year. Needs the demo budget (loadDemoBudget) first.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import type { FileService } from '../../platform/files/index.ts'
import { currentFiscalYear } from '../../platform/thai-calendar/index.ts'
import { formatSatang, planYears, type ProjectStatus } from './development-plan.domain.ts'
import type { ProjectFormValues } from './development-plan.input.ts'
import { addParticipation, addStrategy, budgetLinksEditor, createPlan, planEditor, recordVersion, saveBudgetLinks, saveMonitoring, saveProject, setPlanPublication, type UseCaseContext } from './development-plan.use-cases.ts'

type DemoProject = { strategy: number; programme: string; name: string; indicator: string; target: string; unit: string; baht: number; attendance: number }

const STRATEGIES = [
  { name: 'การพัฒนาโครงสร้างพื้นฐาน', goal: 'ประชาชนมีถนน ไฟฟ้า และน้ำประปาที่ได้มาตรฐานทั่วถึงทุกหมู่บ้าน' },
  { name: 'การพัฒนาคุณภาพชีวิตและสังคม', goal: 'ประชาชนทุกช่วงวัยมีสุขภาพดี ได้รับการศึกษาและสวัสดิการอย่างทั่วถึง' },
  { name: 'การพัฒนาเศรษฐกิจชุมชนและการเกษตร', goal: 'ชุมชนเข้มแข็ง เกษตรกรมีรายได้มั่นคง' },
  { name: 'การบริหารจัดการบ้านเมืองที่ดี', goal: 'องค์กรโปร่งใส ให้บริการรวดเร็ว ประชาชนมีส่วนร่วม' },
]

// Each project's programme is the name of the budget line (แผนงาน) that funds it in the municipal budget.
const PROJECTS: DemoProject[] = [
  { strategy: 1, programme: 'แผนงานเคหะและชุมชน (ก่อสร้างถนน คสล. ไฟฟ้าสาธารณะ)', name: 'โครงการก่อสร้างถนนคอนกรีตเสริมเหล็กและขยายเขตไฟฟ้าสาธารณะ หมู่ที่ 1–8', indicator: 'ความยาวถนน คสล. ที่ก่อสร้างแล้วเสร็จ (กิโลเมตร)', target: 'ปีละ 3 กิโลเมตร', unit: 'กองช่าง', baht: 9_000_000, attendance: 186 },
  { strategy: 2, programme: 'แผนงานการศึกษา', name: 'โครงการสนับสนุนอาหารกลางวันและอาหารเสริม (นม) ศูนย์พัฒนาเด็กเล็กและโรงเรียน', indicator: 'ร้อยละของเด็กที่ได้รับอาหารกลางวันครบทุกวันเรียน', target: 'ร้อยละ 100', unit: 'กองการศึกษา', baht: 8_000_000, attendance: 94 },
  { strategy: 2, programme: 'แผนงานสาธารณสุข', name: 'โครงการควบคุมและป้องกันโรคไข้เลือดออก', indicator: 'อัตราป่วยโรคไข้เลือดออกต่อประชากรแสนคน', target: 'ไม่เกิน 50 ต่อแสนประชากร', unit: 'กองสาธารณสุขและสิ่งแวดล้อม', baht: 2_000_000, attendance: 72 },
  { strategy: 2, programme: 'แผนงานสังคมสงเคราะห์', name: 'โครงการช่วยเหลือผู้ยากไร้และผู้ด้อยโอกาส', indicator: 'จำนวนครัวเรือนที่ได้รับความช่วยเหลือ', target: 'ปีละ 120 ครัวเรือน', unit: 'สำนักปลัด', baht: 600_000, attendance: 58 },
  { strategy: 2, programme: 'แผนงานงบกลาง (เบี้ยยังชีพผู้สูงอายุ ผู้พิการ ผู้ป่วยเอดส์)', name: 'โครงการสนับสนุนเบี้ยยังชีพผู้สูงอายุ ผู้พิการ และผู้ป่วยเอดส์', indicator: 'ร้อยละของผู้มีสิทธิ์ที่ได้รับเบี้ยยังชีพตรงเวลา', target: 'ร้อยละ 100', unit: 'กองคลัง', baht: 12_500_000, attendance: 140 },
  { strategy: 2, programme: 'แผนงานการศาสนา วัฒนธรรม และนันทนาการ', name: 'โครงการสืบสานประเพณีสงกรานต์และลอยกระทง', indicator: 'จำนวนผู้เข้าร่วมงานประเพณี', target: 'ปีละ 2,000 คน', unit: 'กองการศึกษา', baht: 1_000_000, attendance: 65 },
  { strategy: 3, programme: 'แผนงานการเกษตร', name: 'โครงการส่งเสริมเกษตรอินทรีย์และธนาคารเมล็ดพันธุ์ชุมชน', indicator: 'จำนวนเกษตรกรที่ได้รับรองมาตรฐานเกษตรอินทรีย์', target: 'ปีละ 30 ราย', unit: 'สำนักปลัด', baht: 350_000, attendance: 48 },
  { strategy: 3, programme: 'แผนงานสร้างความเข้มแข็งของชุมชน', name: 'โครงการจัดทำแผนชุมชนและเวทีประชาคมหมู่บ้าน', indicator: 'จำนวนหมู่บ้านที่มีแผนชุมชนปรับปรุงล่าสุด', target: '8 หมู่บ้าน', unit: 'สำนักปลัด', baht: 450_000, attendance: 212 },
  { strategy: 4, programme: 'แผนงานบริหารงานทั่วไป', name: 'โครงการบริหารงานทั่วไป พัฒนาบุคลากร และบริการอิเล็กทรอนิกส์', indicator: 'ร้อยละของคำขอรับบริการที่เสร็จภายในเวลาที่ประกาศ', target: 'ไม่น้อยกว่าร้อยละ 95', unit: 'สำนักปลัด', baht: 14_000_000, attendance: 37 },
]

/** Year by year: the years gone by done (one not done), last year done but the festival, this year under way. */
function statusFor(projectIndex: number, yearIndex: number, years: number): ProjectStatus {
  if (yearIndex === years - 1) return projectIndex === 0 ? 'in_progress' : 'planned'
  if (yearIndex === years - 2 && projectIndex === 5) return 'not_done'
  if (yearIndex === 1 && projectIndex === 6) return 'not_done'
  return 'done'
}

export async function loadDemoDevelopmentPlan(db: Kysely<Database>, now: Date, files: FileService): Promise<number> {
  const org = await db.selectFrom('organisations').select(['id', 'slug']).where('slug', '=', 'wiang-thong').executeTakeFirst()
  const user = await db.selectFrom('users').select('id').where('email', '=', 'wt-officer@prongsai.test').executeTakeFirst()
  const actor = user && (await loadActor(db, user.id))
  if (!org || !actor) return 0
  if (await db.selectFrom('devplan_plans').select('id').where('organisation_id', '=', org.id).executeTakeFirst()) return 0
  const ctx: UseCaseContext = { db, actor, now }
  const fy = currentFiscalYear(now)
  const first = fy - 4
  const years = planYears(first, fy)
  const must = <T extends { saved: boolean }>(o: T, what: string): T & { saved: true } => {
    if (!o.saved) throw new Error(`demo development plan: ${what} refused: ${JSON.stringify(o)}`)
    return o as T & { saved: true }
  }

  const created = must(await createPlan(ctx, org.slug, { title: `แผนพัฒนาท้องถิ่น (พ.ศ. ${first}–${fy}) เทศบาลตำบลเวียงทอง`, first_year: String(first), last_year: String(fy) }), 'plan')
  const planId = created.id
  const strategyIds: string[] = []
  for (const s of STRATEGIES) strategyIds.push(must(await addStrategy(ctx, planId, { name: s.name, goal: s.goal }), 'strategy').id)

  const projectIds: string[] = []
  for (const [i, p] of PROJECTS.entries()) {
    const values: ProjectFormValues = {
      strategy_id: strategyIds[p.strategy - 1]!,
      programme: p.programme,
      name: p.name,
      objective: '',
      indicator: p.indicator,
      target: p.target,
      unit: p.unit,
      years: Object.fromEntries(
        years.map((y, yi) => {
          const budget = Math.round((p.baht * (100 + 2 * yi)) / 100 / 1000) * 1000 * 100
          const status = statusFor(i, yi, years.length)
          const spent = status === 'done' ? Math.floor((budget * 92) / 100 / 10000) * 10000 : null
          return [String(y), { budget: formatSatang(budget), status, spent: spent === null ? '' : formatSatang(spent), result: status === 'done' ? 'ดำเนินการแล้วเสร็จตามเป้าหมาย' : status === 'not_done' ? 'ไม่ได้ดำเนินการ เนื่องจากสถานการณ์อุทกภัย โอนงบไปช่วยเหลือผู้ประสบภัย' : '' }]
        }),
      ),
    }
    const saved = must(await saveProject(ctx, { planId }, values), `project ${p.name}`)
    projectIds.push(saved.id)
    // How it came from the people: the village forums, then the project-idea meeting, then the committee.
    const records = [
      { kind: 'community_forum', held_on: { day: String(10 + (i % 8)), month: '1', year: String(first - 1) }, attendance: String(p.attendance), summary: 'ประชาคมหมู่บ้านเสนอความต้องการและจัดลำดับความสำคัญ' },
      { kind: 'idea_meeting', held_on: { day: '8', month: '3', year: String(first - 1) }, attendance: String(24 + (i % 5)), summary: 'ที่ประชุมประชาคมตำบลพิจารณาโครงการและงบประมาณโดยประมาณ' },
      { kind: 'committee_decision', held_on: { day: '20', month: '4', year: String(first - 1) }, attendance: '15', summary: 'คณะกรรมการพัฒนาเทศบาลมีมติเห็นชอบบรรจุโครงการในร่างแผนพัฒนา' },
    ]
    if (i === 1 || i === 2) records.push({ kind: 'opinion_survey', held_on: { day: '15', month: '2', year: String(first - 1) }, attendance: String(320 + i * 40), summary: 'แบบสำรวจความคิดเห็นประชาชนต่อความต้องการบริการสาธารณะ' })
    for (const r of records) must(await addParticipation({ ...ctx, files }, saved.id, r, undefined), 'participation')
  }

  must(await recordVersion(ctx, planId, { kind: 'original', approved_on: { day: '15', month: '6', year: String(first - 1) }, note: 'ผู้บริหารท้องถิ่นอนุมัติและประกาศใช้แผนพัฒนาท้องถิ่น' }), 'version 1')
  must(await recordVersion(ctx, planId, { kind: 'addition', approved_on: { day: '20', month: '5', year: String(first + 1) }, note: 'แผนพัฒนาท้องถิ่นเพิ่มเติม ครั้งที่ 1 (ปรับงบประมาณโครงการถนน)' }), 'version 2')
  await setPlanPublication(ctx, planId, true)

  // Plan → budget: every line funded by the project of the same programme, but one (flagged).
  let links = 0
  for (const year of years) {
    const editor = await budgetLinksEditor(ctx, planId, year)
    if (!editor.budget) continue
    const choice = new Map<number, string>()
    for (const line of editor.lines) {
      const index = PROJECTS.findIndex((p) => p.programme === line.name)
      if (index >= 0) choice.set(line.position, projectIds[index]!)
    }
    must(await saveBudgetLinks(ctx, planId, year, choice), `budget links ${year}`)
    links += choice.size
  }

  must(
    await saveMonitoring(
      ctx,
      planId,
      fy - 1,
      'โครงการส่วนใหญ่ดำเนินการแล้วเสร็จตามแผน โครงการสืบสานประเพณีไม่ได้ดำเนินการเนื่องจากอุทกภัย ควรบรรจุโครงการรักษาความสงบภายในไว้ในแผนเพิ่มเติม เพราะมีงบประมาณรายจ่ายโดยยังไม่อยู่ในแผน',
      true,
    ),
    'monitoring report',
  )
  return (await planEditor(ctx, planId)).projects.length + links
}
