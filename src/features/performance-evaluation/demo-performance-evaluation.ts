/**
 * The demo municipality's four-dimension evaluation of last fiscal year, made through the real
 * use cases: its officer sets the indicators (each with evidence on the platform) and the
 * committee (the outside professor as chair, a provincial officer from outside, the ITA
 * coordinator as secretary); each member scores their own sheet; the officer computes the
 * committee's result and publishes it.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import { currentFiscalYear } from '../../platform/thai-calendar/index.ts'
import { evidenceSuggestions } from './performance-evaluation.domain.ts'
import { addIndicator, addMember, completeEvaluation, createEvaluation, memberSheet, saveSheet, setEvaluationPublication, type UseCaseContext } from './performance-evaluation.use-cases.ts'

const MEMBERS = [
  { email: 'committee@prongsai.test', role: 'chair', outside: true, bias: 0 },
  { email: 'oversight@prongsai.test', role: 'member', outside: true, bias: -1 },
  { email: 'wt-ita@prongsai.test', role: 'secretary', outside: false, bias: 0 },
] as const

export async function loadDemoPerformanceEvaluation(db: Kysely<Database>, now: Date): Promise<number> {
  const org = await db.selectFrom('organisations').select(['id', 'slug']).where('slug', '=', 'wiang-thong').executeTakeFirst()
  const officer = await db.selectFrom('users').select('id').where('email', '=', 'wt-officer@prongsai.test').executeTakeFirst()
  const actor = officer && (await loadActor(db, officer.id))
  if (!org || !actor) return 0
  const year = currentFiscalYear(now) - 1
  if (await db.selectFrom('perf_evaluations').select('id').where('organisation_id', '=', org.id).where('year', '=', year).executeTakeFirst()) return 0
  const ctx: UseCaseContext = { db, actor, now }
  const must = <T extends { saved: boolean }>(o: T, what: string): T & { saved: true } => {
    if (!o.saved) throw new Error(`demo evaluation: ${what} refused: ${JSON.stringify(o)}`)
    return o as T & { saved: true }
  }
  const id = must(await createEvaluation(ctx, org.slug, String(year)), 'evaluation').id
  const [plan, services, budget, complaints, , ita] = evidenceSuggestions(org.slug, year).map((s) => s.path)
  const indicators = [
    { dimension: 'mission', name: 'ร้อยละของโครงการตามแผนพัฒนาที่ดำเนินการแล้วเสร็จ', weight: '2', evidence_url: plan!, evidence_note: 'รายงานการติดตามและประเมินผลแผนพัฒนาประจำปี' },
    { dimension: 'mission', name: 'ระดับความสำเร็จของการจัดทำแผนพัฒนาโดยการมีส่วนร่วมของประชาชน', weight: '1', evidence_url: `/o/${org.slug}/development-plan`, evidence_note: '' },
    { dimension: 'service', name: 'ร้อยละของคำขอรับบริการที่แล้วเสร็จภายในระยะเวลาที่กำหนดในคู่มือประชาชน', weight: '2', evidence_url: services!, evidence_note: 'สถิติระยะเวลาการให้บริการตามพระราชบัญญัติการอำนวยความสะดวกฯ' },
    { dimension: 'service', name: 'ร้อยละของเรื่องร้องเรียนที่ดำเนินการแล้วเสร็จภายในกำหนด', weight: '1', evidence_url: complaints!, evidence_note: '' },
    { dimension: 'cost', name: 'ร้อยละการเบิกจ่ายงบประมาณเทียบกับแผนการใช้จ่าย', weight: '2', evidence_url: budget!, evidence_note: 'ผลการใช้จ่ายงบประมาณรายไตรมาส' },
    { dimension: 'cost', name: 'สัดส่วนรายการงบประมาณที่มาจากโครงการในแผนพัฒนา', weight: '1', evidence_url: `/o/${org.slug}/development-plan`, evidence_note: 'รายการที่ไม่อยู่ในแผนถูกแสดงไว้' },
    { dimension: 'satisfaction', name: 'ระดับความพึงพอใจของประชาชนผู้รับบริการ', weight: '2', evidence_url: ita!, evidence_note: 'ผลการประเมินการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)' },
  ]
  for (const i of indicators) must(await addIndicator(ctx, id, i), `indicator ${i.name}`)
  for (const m of MEMBERS) must(await addMember(ctx, id, { email: m.email, committee_role: m.role, outside: m.outside }), `member ${m.email}`)

  const base = [4, 5, 4, 4, 4, 3, 4]
  for (const m of MEMBERS) {
    const user = await db.selectFrom('users').select('id').where('email', '=', m.email).executeTakeFirstOrThrow()
    const memberActor = await loadActor(db, user.id)
    if (!memberActor) continue
    const mctx: UseCaseContext = { db, actor: memberActor, now }
    const sheet = await memberSheet(mctx, id, user.id)
    const values = Object.fromEntries(sheet.indicators.map((ind, n) => [ind.id, { score: String(Math.min(5, Math.max(1, base[n]! + (n % 2 === 0 ? m.bias : 0)))), comment: n === 5 && m.outside ? 'ควรบรรจุโครงการรักษาความสงบภายในไว้ในแผนพัฒนา' : '' }]))
    must(await saveSheet(mctx, id, user.id, values), `sheet ${m.email}`)
  }
  must(await completeEvaluation(ctx, id), 'completion')
  await setEvaluationPublication(ctx, id, true)
  return indicators.length
}
