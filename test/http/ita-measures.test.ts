import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as itaMeasuresMigration from '../../src/db/migrations/2026-12-04T1500-ita-measures.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { agencyRows, csvOf, SEED_001 } from './ita-results-support.ts'

/**
 * The editable measure library (B2): oversight and platform admins list, add, edit and retire
 * measures; agencies' plan forms offer the live ones; a plan keeps a retired measure it chose.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  const res = await (await t.asUser('oversight@prongsai.test')).submit('/staff/ita/results', { csv: csvOf(agencyRows('wiang-thong', 2564, SEED_001)) })
  expect(res.statusCode).toBe(303)
})
afterAll(async () => {
  await t.close()
})

const LIBRARY = '/staff/ita/measures'
const PLAN = '/staff/ita/plan?org=wiang-thong&year=2565'
const plainText = (html: string) => html.replace(/<wbr>/g, '').replace(/<span class="tw">([^<]*)<\/span>/g, '$1').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
const audits = (action: string) => t.db.selectFrom('audit_events').select(['entity_id', 'summary']).where('action', '=', action).execute()

describe('the measure library', () => {
  it('starts with seeds 001 and 003, listed per indicator', async () => {
    const page = await (await t.asUser('oversight@prongsai.test')).get(LIBRARY)
    expect(page.statusCode).toBe(200)
    const text = plainText(page.body)
    expect(text).toContain('4. การใช้ทรัพย์สินของราชการ')
    expect(text).toContain('ให้ความรู้บุคลากรทุกตำแหน่งเรื่องการใช้ทรัพย์สินของราชการ')
    expect(text).toContain('seed 003, clause 6.2 (indicator chosen by Prongsai)')
    const count = await t.db.selectFrom('ita_measures').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
    expect(Number(count.n)).toBe(55)
  })

  it('is not for agency staff', async () => {
    for (const email of ['wt-ita@prongsai.test', 'wt-admin@prongsai.test']) {
      const c = await t.asUser(email)
      expect((await c.get(LIBRARY)).statusCode).toBe(403)
      expect((await c.get(`${LIBRARY}/s001-i4-1`)).statusCode).toBe(403)
    }
    const anonymous = await t.client().get(LIBRARY)
    expect(anonymous.statusCode).toBe(303)
    expect(anonymous.headers['x-error-code']).toBe('unauthenticated')
    expect(anonymous.headers.location).toBe(`/sign-in?next=${encodeURIComponent(LIBRARY)}`)
  })

  it('refuses a measure without Thai or English text or indicator, in Thai and English, keeping what was typed', async () => {
    const oversight = await t.asUser('oversight@prongsai.test')
    const res = await oversight.submit(`${LIBRARY}/new`, { indicator: '', th: 'ตอบคำถามบนเว็บบอร์ดภายใน 3 วันทำการ', en: ' ', source: 'เวียงทอง' })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('เลือกตัวชี้วัด 1–10')
    expect(res.body).toContain('กรุณาเขียนมาตรการเป็นภาษาอังกฤษ')
    expect(res.body).toContain('ตอบคำถามบนเว็บบอร์ดภายใน 3 วันทำการ')
    oversight.cookies.set('lang', 'en')
    const en = await oversight.submit(`${LIBRARY}/new`, { indicator: '7', th: '', en: 'x', source: '' })
    expect(en.statusCode).toBe(422)
    expect(en.body).toContain('Write the measure in Thai')
    expect(await audits('ita.measure_added')).toEqual([])
  })

  it('adds a measure, audited, and offers it on the indicator’s plan form', async () => {
    const oversight = await t.asUser('oversight@prongsai.test')
    const res = await oversight.submit(`${LIBRARY}/new`, { indicator: '4', th: 'ตรวจนับพัสดุทุกไตรมาส', en: 'Count the stores every quarter', source: 'เทศบาลตำบลเวียงทอง' })
    expect(res.statusCode).toBe(303)
    const [added] = await audits('ita.measure_added')
    expect(added?.summary).toMatchObject({ before: null, after: { indicator: 4, th: 'ตรวจนับพัสดุทุกไตรมาส', en: 'Count the stores every quarter' } })
    const form = await (await t.asUser('wt-ita@prongsai.test')).get(PLAN)
    expect(form.body).toMatch(new RegExp(`name="lib_4_6_id" value="${added!.entity_id}"`))
    expect(form.body).toContain('ตรวจนับพัสดุทุกไตรมาส')
    const ita = await t.asUser('wt-ita@prongsai.test')
    ita.cookies.set('lang', 'en')
    const english = await ita.get(PLAN)
    expect(english.body).toContain('Count the stores every quarter')
  })

  it('edits a measure, audited with before and after; refuses the same text twice on an indicator', async () => {
    const oversight = await t.asUser('oversight@prongsai.test')
    const dup = await oversight.submit(`${LIBRARY}/s001-i4-2`, { indicator: '4', th: 'ตรวจนับพัสดุทุกไตรมาส', en: 'x', source: '' })
    expect(dup.statusCode).toBe(422)
    expect(dup.body).toContain('ตัวชี้วัดนี้มีมาตรการข้อความเดียวกันอยู่แล้ว')
    const res = await oversight.submit(`${LIBRARY}/s001-i4-2`, { indicator: '4', th: 'จัดทำคู่มือการใช้ทรัพย์สินของราชการ', en: 'Write a handbook on using public property', source: 'seed 001, indicator 4, measure 2' })
    expect(res.statusCode).toBe(303)
    const row = await t.db.selectFrom('ita_measures').select(['text_th', 'text_en']).where('id', '=', 's001-i4-2').executeTakeFirstOrThrow()
    expect(row).toEqual({ text_th: 'จัดทำคู่มือการใช้ทรัพย์สินของราชการ', text_en: 'Write a handbook on using public property' })
    const [edited] = await audits('ita.measure_edited')
    expect(edited?.summary).toMatchObject({ before: { en: '' }, after: { en: 'Write a handbook on using public property' } })
  })

  it('retires a measure: no longer offered, but a plan that chose it keeps it; restoring offers it again', async () => {
    const ita = await t.asUser('wt-ita@prongsai.test')
    const saved = await ita.submit(PLAN, {
      lib_4_0_id: 's001-i4-1',
      lib_4_0_pick: 'yes',
      lib_4_0_owner: 'นายโปร่ง ใสสะอาด',
      'lib_4_0_due-day': '30',
      'lib_4_0_due-month': '6',
      'lib_4_0_due-year': '2565',
      lib_4_0_status: 'not_started',
    })
    expect(saved.statusCode).toBe(303)
    const oversight = await t.asUser('oversight@prongsai.test')
    for (const id of ['s001-i4-1', 's001-i4-3']) expect((await oversight.submit(LIBRARY, { retired: 'yes' }, `${LIBRARY}/${id}/retire`)).statusCode).toBe(303)
    expect((await audits('ita.measure_retired')).map((a) => a.entity_id).sort()).toEqual(['s001-i4-1', 's001-i4-3'])
    expect(plainText((await oversight.get(LIBRARY)).body)).toContain('เลิกใช้')

    const form = (await ita.get(PLAN)).body
    expect(form).toContain('value="s001-i4-1"')
    expect(form).toContain('มาตรการนี้เลิกใช้แล้ว แผนนี้ยังเก็บไว้')
    expect(form).not.toContain('value="s001-i4-3"')
    // Saving the plan again keeps the retired measure it uses.
    const again = await ita.post(PLAN, {
      lib_4_0_id: 's001-i4-1',
      lib_4_0_pick: 'yes',
      lib_4_0_owner: 'นายโปร่ง ใสสะอาด',
      'lib_4_0_due-day': '30',
      'lib_4_0_due-month': '6',
      'lib_4_0_due-year': '2565',
      lib_4_0_status: 'done',
    })
    expect(again.statusCode).toBe(303)
    const rows = await t.db.selectFrom('ita_plan_measures').select(['measure_id', 'status']).execute()
    expect(rows).toEqual([{ measure_id: 's001-i4-1', status: 'done' }])
    expect(plainText((await t.client().get('/o/wiang-thong/ita')).body)).toContain('ให้ความรู้บุคลากรทุกตำแหน่งเรื่องการใช้ทรัพย์สินของราชการ')

    expect((await oversight.submit(LIBRARY, { retired: 'no' }, `${LIBRARY}/s001-i4-3/retire`)).statusCode).toBe(303)
    expect((await ita.get(PLAN)).body).toContain('value="s001-i4-3"')
  })
})

describe('the migration of plans saved before measures had their own rows', () => {
  it('turns each JSON measure into a row with a status from its progress, and empties the JSON', async () => {
    const db = t.db
    const orgId = await t.orgId('nong-bua')
    await itaMeasuresMigration.down(db)
    const items = [
      { id: '4-m1', indicator: 4, measureId: 's001-i4-1', th: 'ให้ความรู้บุคลากร', owner: 'ก', dueDate: '2022-06-30', progress: 0 },
      { id: '4-o1', indicator: 4, measureId: null, th: 'ทะเบียนพัสดุ', owner: 'ข', dueDate: '2022-07-31', progress: 40 },
      { id: '5-m1', indicator: 5, measureId: 's001-i5-1', th: 'ช่องทางร้องเรียน', owner: 'ค', dueDate: '2022-08-31', progress: 100 },
    ]
    await db.deleteFrom('ita_plans').where('organisation_id', '=', orgId).execute()
    await db.insertInto('ita_plans').values({ organisation_id: orgId, fiscal_year: 2565, items: JSON.stringify(items), updated_by: null, updated_at: new Date() }).execute()
    await itaMeasuresMigration.up(db)
    const rows = await db
      .selectFrom('ita_plan_measures')
      .select(['position', 'indicator', 'measure_id', 'text_th', 'owner', 'due_date', 'status', 'progress'])
      .where('organisation_id', '=', orgId)
      .orderBy('position')
      .execute()
    expect(rows).toEqual([
      { position: 1, indicator: 4, measure_id: 's001-i4-1', text_th: 'ให้ความรู้บุคลากร', owner: 'ก', due_date: '2022-06-30', status: 'not_started', progress: 0 },
      { position: 2, indicator: 4, measure_id: null, text_th: 'ทะเบียนพัสดุ', owner: 'ข', due_date: '2022-07-31', status: 'in_progress', progress: 40 },
      { position: 3, indicator: 5, measure_id: 's001-i5-1', text_th: 'ช่องทางร้องเรียน', owner: 'ค', due_date: '2022-08-31', status: 'done', progress: 100 },
    ])
    const plan = await db.selectFrom('ita_plans').select(sql<number>`jsonb_array_length(items)`.as('n')).where('organisation_id', '=', orgId).executeTakeFirstOrThrow()
    expect(plan.n).toBe(0)
  })
})
