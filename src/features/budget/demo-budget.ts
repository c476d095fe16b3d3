/**
 * The demo municipality's spending plans, written through the real use cases by its officer:
 * the current fiscal year's plan (no results yet), last year's with the full year's results in
 * two versions (the plan, then the results), and the year before's with results. Figures are
 * those of a Thai subdistrict municipality of about 50 million baht a year, by the local
 * government budget programmes (แผนงาน).
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import type { FileService } from '../../platform/files/index.ts'
import { currentFiscalYear } from '../../platform/thai-calendar/index.ts'
import { lineText, type BudgetLine, type Quarterly } from './budget.domain.ts'
import { saveBudgetPlan, setBudgetPublication, type UseCaseContext } from './budget.use-cases.ts'

type DemoLine = { name: string; category: string; baht: number; split: Quarterly<number>; spentPercent: number }

const EVEN: Quarterly<number> = [25, 25, 25, 25]
const BUILDING: Quarterly<number> = [10, 30, 40, 20]
const SCHOOL_TERMS: Quarterly<number> = [30, 20, 30, 20]

const LINES: DemoLine[] = [
  { name: 'แผนงานบริหารงานทั่วไป', category: 'งบบุคลากร / งบดำเนินงาน', baht: 14_850_000, split: EVEN, spentPercent: 96 },
  { name: 'แผนงานการรักษาความสงบภายใน', category: 'งบดำเนินงาน', baht: 1_250_000, split: EVEN, spentPercent: 88 },
  { name: 'แผนงานการศึกษา', category: 'งบดำเนินงาน / เงินอุดหนุน', baht: 8_420_000, split: SCHOOL_TERMS, spentPercent: 94 },
  { name: 'แผนงานสาธารณสุข', category: 'งบดำเนินงาน', baht: 2_180_000, split: EVEN, spentPercent: 91 },
  { name: 'แผนงานสังคมสงเคราะห์', category: 'งบดำเนินงาน', baht: 650_000, split: EVEN, spentPercent: 85 },
  { name: 'แผนงานเคหะและชุมชน (ก่อสร้างถนน คสล. ไฟฟ้าสาธารณะ)', category: 'งบลงทุน', baht: 9_760_000, split: BUILDING, spentPercent: 82 },
  { name: 'แผนงานสร้างความเข้มแข็งของชุมชน', category: 'งบดำเนินงาน', baht: 480_000, split: EVEN, spentPercent: 79 },
  { name: 'แผนงานการศาสนา วัฒนธรรม และนันทนาการ', category: 'งบดำเนินงาน', baht: 1_120_000, split: [20, 30, 35, 15], spentPercent: 93 },
  { name: 'แผนงานการเกษตร', category: 'งบดำเนินงาน', baht: 390_000, split: [15, 25, 40, 20], spentPercent: 87 },
  { name: 'แผนงานงบกลาง (เบี้ยยังชีพผู้สูงอายุ ผู้พิการ ผู้ป่วยเอดส์)', category: 'งบกลาง', baht: 12_900_000, split: EVEN, spentPercent: 98 },
]

/** A year's lines: slightly larger budgets in later years; results (whole baht) for the quarters asked. */
function linesFor(growthPercent: number, withResults: boolean): BudgetLine[] {
  return LINES.map((l) => {
    const allocated = Math.round((l.baht * (100 + growthPercent)) / 100 / 1000) * 1000 * 100
    const planned = l.split.map((p) => (allocated * p) / 100) as unknown as Quarterly<number>
    const actual = planned.map((p) => (withResults ? Math.floor((p * l.spentPercent) / 100 / 100) * 100 : null)) as unknown as Quarterly<number | null>
    return { name: l.name, category: l.category, allocated, planned, actual }
  })
}

const RESPONSIBLE = 'นางสาวกานดา ศรีสุข ผู้อำนวยการกองคลัง'

export async function loadDemoBudget(db: Kysely<Database>, now: Date, _files: FileService): Promise<number> {
  const org = await db.selectFrom('organisations').select('slug').where('slug', '=', 'wiang-thong').executeTakeFirst()
  const user = await db.selectFrom('users').select('id').where('email', '=', 'wt-officer@prongsai.test').executeTakeFirst()
  const actor = user && (await loadActor(db, user.id))
  if (!org || !actor) return 0
  const ctx: UseCaseContext = { db, actor, now }
  const fy = currentFiscalYear(now)
  let versions = 0
  const save = async (year: number, lines: BudgetLine[], notes: string, basedOn: number) => {
    const outcome = await saveBudgetPlan(ctx, org.slug, year, { lines: lines.map(lineText), notes, responsible: RESPONSIBLE, based_on_version: String(basedOn) })
    if (!outcome.saved) throw new Error(`demo budget ${year} refused: ${JSON.stringify(outcome.errors)}`)
    versions++
  }
  // Two years back: the plan and its results, saved once.
  await save(fy - 2, linesFor(0, true), 'รายงานผลการใช้จ่ายงบประมาณประจำปี ตามเทศบัญญัติงบประมาณรายจ่ายประจำปี', 0)
  // Last year: first the plan, then (a new version) the year's results; the plan stays readable as version 1.
  await save(fy - 1, linesFor(4, false), 'แผนการใช้จ่ายงบประมาณตามเทศบัญญัติงบประมาณรายจ่ายประจำปี', 0)
  await save(fy - 1, linesFor(4, true), 'รายงานผลการใช้จ่ายงบประมาณประจำปี (ครบ 4 ไตรมาส)', 1)
  // This year: the plan, published before any results are in.
  await save(fy, linesFor(7, false), 'แผนการใช้จ่ายงบประมาณตามเทศบัญญัติงบประมาณรายจ่ายประจำปี', 0)
  for (const year of [fy - 2, fy - 1, fy]) await setBudgetPublication(ctx, org.slug, year, true)
  return versions
}
