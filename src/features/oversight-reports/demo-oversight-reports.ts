import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import { hashPassword } from '../../platform/auth/passwords.ts'
import type { FileService } from '../../platform/files/index.ts'
import { CHIANG_MAI_EB12_QUARTERLY, ensureTemplate } from '../../platform/forms/index.ts'
import { acceptReport, declareNothingToReport, returnReport, saveReport, signAndSubmit, type ReportContext } from './oversight-reports.use-cases.ts'
import { createSchedule, openDuePeriods } from './oversight-schedules.use-cases.ts'

/**
 * Seed 000's cycle for fiscal year 2569 in the demo province, made through the real use cases on
 * a moving clock: Q1 accepted for most agencies, one returned and resubmitted, one late, one
 * "nothing to report", one missing; Q2 with drafts. Agencies without an ITA coordinator or head
 * among the demo users get them here (`<slug>-ita@…`, `<slug>-head@…`).
 */
const at = (iso: string) => new Date(`${iso}T03:00:00Z`)
const yes = (id: string, how: string) => ({ [`a__${id}__answer`]: 'yes', [`a__${id}__how`]: how })

function answers(name: string, phone: string, person: string, position: string, link: string, extra: Record<string, string> = {}) {
  return {
    a__agency_name: name,
    a__agency_phone: phone,
    a__responsible: person,
    ...yes('i1_1', 'จัดทำคู่มือมาตรฐานการปฏิบัติงานครบทุกกระบวนงานหลัก ทบทวนทุกปี'),
    ...yes('i1_2_a', 'กำหนดขั้นตอน ระยะเวลา และผู้รับผิดชอบ ติดประกาศที่จุดบริการและบนเว็บไซต์'),
    ...yes('i1_2_b', 'รับคำขอออนไลน์และจองคิวผ่านเว็บไซต์'),
    ...yes('i1_2_c', 'แบบสอบถามความพึงพอใจทุกไตรมาส'),
    ...yes('i1_3', 'เผยแพร่ผลการปฏิบัติงานรายไตรมาสบนเว็บไซต์'),
    a__i2_1: 'แต่งตั้งผู้รับผิดชอบ จัดทำคู่มือสำหรับประชาชนทุกงานบริการ และแจ้งผลการพิจารณาภายในกำหนด',
    ...yes('i2_2', 'คู่มือสำหรับประชาชนทั้งฉบับพิมพ์และ e-Book'),
    a__i2_3__how: 'เผยแพร่ในหมวดคู่มือบริการประชาชนของเว็บไซต์เปิดเผยข้อมูล',
    a__i2_3__url: link,
    a__suggestions: '',
    a__reporter_name: person,
    a__reporter_position: position,
    'a__report_date-day': '8',
    'a__report_date-month': '1',
    'a__report_date-year': '2569',
    ...extra,
  }
}

export async function loadDemoOversightReports(db: Kysely<Database>, now: Date, opts: { files: FileService; baseUrl: string; password: string }): Promise<number> {
  if (await db.selectFrom('oversight_schedules').select('id').limit(1).executeTakeFirst()) return 0
  const province = await db.selectFrom('organisations').select(['id']).where('slug', '=', 'suvarnabhumi').executeTakeFirst()
  const overseer = await db.selectFrom('users').select('id').where('email', '=', 'oversight@prongsai.test').executeTakeFirst()
  if (!province || !overseer) return 0
  const agencies = await db.selectFrom('organisations').select(['id', 'slug', 'name_th', 'phone']).where('parent_id', '=', province.id).orderBy('slug').execute()

  // Every agency needs someone to assemble and someone to sign.
  const passwordHash = await hashPassword(opts.password)
  const people = new Map<string, { ita: string; head: string }>()
  for (const a of agencies) {
    const holder = async (role: 'ita_coordinator' | 'head', email: string, name: string, position: string) => {
      const existing = await db.selectFrom('memberships').select('user_id').where('organisation_id', '=', a.id).where('role', '=', role).executeTakeFirst()
      if (existing) return existing.user_id
      const u = await db.insertInto('users').values({ email, display_name: name, position, password_hash: passwordHash }).returning('id').executeTakeFirstOrThrow()
      await db.insertInto('memberships').values({ user_id: u.id, organisation_id: a.id, role }).execute()
      return u.id
    }
    people.set(a.slug, {
      ita: await holder('ita_coordinator', `${a.slug}-ita@prongsai.test`, `ผู้รับผิดชอบ ITA ${a.name_th}`, 'นักวิเคราะห์นโยบายและแผน'),
      head: await holder('head', `${a.slug}-head@prongsai.test`, `หัวหน้า${a.name_th}`, `หัวหน้า${a.name_th}`),
    })
  }

  const actorOf = async (id: string) => {
    const a = await loadActor(db, id)
    if (!a) throw new Error('demo user missing')
    return a
  }
  const fetchStatus = async (url: string) => (url.startsWith(`${opts.baseUrl}/o/`) ? 200 : 0)
  const ctx = async (userId: string, when: string): Promise<ReportContext> => ({ db, actor: await actorOf(userId), now: at(when), files: opts.files, baseUrl: opts.baseUrl, fetchStatus })

  const form = await ensureTemplate(db, CHIANG_MAI_EB12_QUARTERLY, at('2025-09-20'))
  const oversight = await ctx(overseer.id, '2025-09-25')
  await createSchedule(oversight, {
    organisation_id: province.id,
    form_definition_id: form.id,
    title_th: 'รายงานมาตรฐานและความเป็นธรรมในการปฏิบัติงาน (EB12) รายไตรมาส',
    title_en: 'Work standards and fairness report (EB12), quarterly',
    fiscal_year: '2569',
    frequency: 'quarterly',
    deadline_offset: '10',
    deadline_kind: 'business_days',
    audience: 'all',
  })
  await openDuePeriods(db, at('2025-10-01'), opts.baseUrl)
  await openDuePeriods(db, at('2026-01-01'), opts.baseUrl)
  const reportOf = async (slug: string, period: string) =>
    (
      await db
        .selectFrom('oversight_reports as r')
        .innerJoin('oversight_periods as p', 'p.id', 'r.period_id')
        .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
        .select('r.id')
        .where('o.slug', '=', slug)
        .where('p.period_key', '=', period)
        .executeTakeFirstOrThrow()
    ).id

  let made = 0
  const none = new Map()
  for (const a of agencies) {
    const p = people.get(a.slug)!
    const id = await reportOf(a.slug, '2569-Q1')
    if (a.slug === 'suvarnabhumi-revenue') continue // missing: never started
    const ita = await ctx(p.ita, '2026-01-08')
    if (a.slug === 'nong-bua') {
      await declareNothingToReport(ita, id, { nothing_reason: 'ไตรมาสนี้ไม่มีการปรับปรุงคู่มือหรืองานบริการใหม่' })
    } else {
      const link = `${opts.baseUrl}/o/${a.slug}`
      const extra: Record<string, string> = a.slug === 'bang-phra' ? { a__i1_2_b__answer: 'no', a__i1_2_b__how: '' } : {}
      await saveReport(ita, id, answers(a.name_th, a.phone, ita.actor.displayName, 'นักวิเคราะห์นโยบายและแผน', link, extra), none, { sendToHead: true })
    }
    const late = a.slug === 'suvarnabhumi-pao'
    const head = await ctx(p.head, late ? '2026-01-26' : '2026-01-09')
    await signAndSubmit(head, id, { head_name: head.actor.displayName, head_position: `หัวหน้า${a.name_th}`, confirm: 'yes' })
    made++
    if (a.slug === 'bang-phra') {
      await returnReport(await ctx(overseer.id, '2026-01-12'), id, { reason__i1_2_b: 'ขอให้ระบุว่ามีแผนใช้เทคโนโลยีสารสนเทศให้บริการหรือไม่ อย่างไร', 'reply_by-day': '20', 'reply_by-month': '1', 'reply_by-year': '2569' })
      await saveReport(await ctx(p.ita, '2026-01-14'), id, answers(a.name_th, a.phone, ita.actor.displayName, 'นักวิเคราะห์นโยบายและแผน', `${opts.baseUrl}/o/${a.slug}`, { ...yes('i1_2_b', 'เปิดรับคำร้องผ่าน LINE OA ตั้งแต่ ม.ค. 2569') }), none, { sendToHead: true })
      await signAndSubmit(await ctx(p.head, '2026-01-14'), id, { head_name: head.actor.displayName, head_position: `หัวหน้า${a.name_th}`, confirm: 'yes' })
    }
    await acceptReport(await ctx(overseer.id, late ? '2026-01-27' : '2026-01-15'), id)
  }
  // Q2: two drafts in progress.
  for (const slug of ['wiang-thong', 'suvarnabhumi-cdd']) {
    const p = people.get(slug)
    if (!p) continue
    await saveReport(await ctx(p.ita, '2026-02-10'), await reportOf(slug, '2569-Q2'), { ...yes('i1_1', 'อยู่ระหว่างทบทวนคู่มือ') }, none, { sendToHead: false })
  }
  return made
}
