/**
 * The demo municipality's surveys, made through the real use cases by its ITA coordinator:
 * an EIT-style survey still short of its minimum (45 of 60), an IIT-style survey with printed
 * codes, and a satisfaction survey of one service with two published half-years.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import type { Answers } from '../../platform/forms/form-answers.ts'
import { answerableItems } from '../../platform/forms/form-definition.ts'
import { scaleOf } from '../../platform/forms/form-scales.ts'
import { beDateInputFrom, todayInBangkok } from '../../platform/thai-calendar/index.ts'
import { EIT_TEMPLATE, IIT_TEMPLATE, SATISFACTION_TEMPLATE } from './survey-templates.data.ts'
import type { FormDefinition } from '../../platform/forms/form-definition.ts'
import { parseSurveyForm, readSurveyForm } from './surveys.input.ts'
import { changeStatus, createSurvey, makeCodes, moderateComment, publishResults, submitAnswer, type UseCaseContext } from './surveys.use-cases.ts'

const DAY = 86_400_000
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY)

/** Deterministic answers: mostly high levels, some low, an occasional "not applicable". */
function answersFor(def: FormDefinition, seed: number): Answers {
  const out: Answers = {}
  answerableItems(def).forEach((item, i) => {
    const scale = scaleOf(item)
    const r = (seed * 7919 + i * 104_729) % 100
    if (scale === 'four_level') out[item.id] = { type: 'choice', values: [r < 4 ? 'na' : r < 12 ? '2' : r < 55 ? '3' : '4'] }
    else if (scale === 'yes_no') out[item.id] = { type: 'choice', values: [r < 15 ? 'no' : 'yes'] }
    else if (scale === 'five_level') out[item.id] = { type: 'choice', values: [r < 8 ? '2' : r < 25 ? '3' : r < 65 ? '4' : '5'] }
  })
  return out
}

function form(values: Record<string, string>, opens: Date, closes: Date) {
  const o = beDateInputFrom(todayInBangkok(opens))
  const c = beDateInputFrom(todayInBangkok(closes))
  const parsed = parseSurveyForm(readSurveyForm({ ...values, 'opens_on-day': o.day, 'opens_on-month': o.month, 'opens_on-year': o.year, 'closes_on-day': c.day, 'closes_on-month': c.month, 'closes_on-year': c.year }))
  if (!parsed.ok) throw new Error(`demo survey form: ${JSON.stringify(parsed.errors)}`)
  return parsed.input
}

export async function loadDemoSurveys(db: Kysely<Database>, now: Date, baseUrl: string): Promise<number> {
  const org = await db.selectFrom('organisations').select('id').where('slug', '=', 'wiang-thong').executeTakeFirst()
  const user = await db.selectFrom('users').select('id').where('email', '=', 'wt-ita@prongsai.test').executeTakeFirst()
  if (!org || !user) return 0
  if (await db.selectFrom('surveys').select('id').where('organisation_id', '=', org.id).executeTakeFirst()) return 0
  const actor = await loadActor(db, user.id)
  if (!actor) return 0
  const at = (when: Date): UseCaseContext => ({ db, actor, now: when, baseUrl })

  // EIT-style, open, still short: 45 answers over the last 30 days against 60 (เทศบาลตำบล S).
  const eitOpens = addDays(now, -30)
  const eit = await createSurvey(at(eitOpens), org.id, form({ kind: 'eit', mode: 'open', title_th: 'ซ้อมประเมินความคิดเห็นผู้รับบริการ (แบบ EIT)', title_en: 'EIT-style rehearsal', audience: 'ผู้มาติดต่อ ณ จุดบริการ', sample_group: 'sub_muni_s' }, eitOpens, addDays(now, 30)))
  await changeStatus(at(eitOpens), eit.id, 'open')
  for (let i = 0; i < 45; i++) await submitAnswer(db, eit.id, { answers: answersFor(EIT_TEMPLATE, i + 1), token: '', deviceId: `demo-eit-device-${String(i).padStart(4, '0')}` }, addDays(eitOpens, Math.floor((i * 29) / 45)))

  // IIT-style, confidential: printed codes for 14 staff, 9 answered.
  const iitOpens = addDays(now, -14)
  const iit = await createSurvey(at(iitOpens), org.id, form({ kind: 'iit', mode: 'confidential', title_th: 'ซ้อมประเมินความคิดเห็นบุคลากรภายใน (แบบ IIT)', title_en: 'IIT-style rehearsal', audience: 'บุคลากรที่ปฏิบัติงานมาแล้วอย่างน้อย 1 ปี', sample_group: 'sub_muni_s', headcount: '14' }, iitOpens, addDays(now, 16)))
  await changeStatus(at(iitOpens), iit.id, 'open')
  const { codes } = await makeCodes(at(iitOpens), iit.id, 14)
  for (let i = 0; i < 9; i++) await submitAnswer(db, iit.id, { answers: answersFor(IIT_TEMPLATE, 100 + i), token: codes[i]!, deviceId: null }, addDays(iitOpens, i))

  // Satisfaction with the building-permit service, two half-years, both published.
  let made = 2
  const rounds: [number, number, number][] = [[250, 160, 18], [130, 40, 22]]
  for (const [k, [opensAgo, closesAgo, count]] of rounds.entries()) {
    const opens = addDays(now, -opensAgo)
    const closes = addDays(now, -closesAgo)
    const s = await createSurvey(at(opens), org.id, form({ kind: 'satisfaction', mode: 'open', title_th: `ความพึงพอใจต่องานขออนุญาตก่อสร้างอาคาร รอบที่ ${k + 1}`, title_en: `Building-permit service satisfaction, round ${k + 1}`, service_name: 'การขออนุญาตก่อสร้างอาคาร', audience: 'ผู้ยื่นคำขออนุญาต' }, opens, closes))
    await changeStatus(at(opens), s.id, 'open')
    for (let i = 0; i < count; i++) {
      const answers = answersFor(SATISFACTION_TEMPLATE, 500 + k * 50 + i + k * 3)
      if (i % 6 === 0) answers['comment'] = { type: 'text', text: i % 12 === 0 ? 'อยากให้มีที่จอดรถเพิ่ม' : 'เจ้าหน้าที่อธิบายขั้นตอนชัดเจน ขอบคุณครับ' }
      await submitAnswer(db, s.id, { answers, token: '', deviceId: `demo-sat-${k}-${String(i).padStart(4, '0')}` }, addDays(opens, i * 4))
    }
    await changeStatus(at(closes), s.id, 'closed')
    const comments = await db.selectFrom('survey_comments').select('id').where('survey_id', '=', s.id).execute()
    for (const c of comments) await moderateComment(at(closes), s.id, c.id, 'approved')
    await publishResults(at(addDays(closes, 3)), s.id, true)
    made++
  }
  return made
}
