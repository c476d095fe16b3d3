import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import { hashPassword } from '../../platform/auth/passwords.ts'
import type { FileService } from '../../platform/files/index.ts'
import { CHIANG_MAI_EB12_QUARTERLY, ensureTemplate } from '../../platform/forms/index.ts'
import { acceptReport, declareNothingToReport, returnReport, saveReport, signAndSubmit, type ReportContext } from './oversight-reports.use-cases.ts'
import { createSchedule, openDuePeriods } from './oversight-schedules.use-cases.ts'
import { periodsOf } from './oversight-schedule.domain.ts'
import { acknowledgeAnnouncement, issueAnnouncement, publishOnPortal } from './oversight-announcements.use-cases.ts'
import { SEED_002_MEASURES } from './oversight-announcement.domain.ts'
import { addCalendarDays, currentFiscalYear, isoDate, isoDateParts, todayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'

/**
 * Seed 000's quarterly cycle in the demo province, dated from the clock it is given and made
 * through the real use cases: every quarter of last fiscal year (and of this one, once ended)
 * reported and accepted — a few late, one "nothing to report", one returned with reasons and
 * resubmitted — and the current quarter open with two drafts and two reports already signed.
 * Agencies without an ITA coordinator or head among the demo users get them here
 * (`<slug>-ita@…`, `<slug>-head@…`).
 */
const HOUR = 3_600_000
const DAY = 24 * HOUR
/** 10:00 in Bangkok on a date. */
const at = (iso: IsoDate) => new Date(`${iso}T03:00:00Z`)
const yes = (id: string, how: string) => ({ [`a__${id}__answer`]: 'yes', [`a__${id}__how`]: how })
const dateFields = (prefix: string, when: Date) => {
  const d = isoDateParts(todayInBangkok(when))
  return { [`${prefix}-day`]: String(d.day), [`${prefix}-month`]: String(d.month), [`${prefix}-year`]: String(d.year + 543) }
}

function answers(name: string, phone: string, person: string, position: string, link: string, when: Date, extra: Record<string, string> = {}) {
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
    ...dateFields('a__report_date', when),
    ...extra,
  }
}

/**
 * Times for one report's steps, in order, none after `now`: a step planned later than the clock
 * allows is pulled back (keeping the order), so a demo loaded on any day is consistent.
 */
export function fitBefore(now: Date, planned: Date[]): Date[] {
  const out = [...planned]
  let limit = now.getTime() - 60_000
  for (let i = out.length - 1; i >= 0; i--) {
    const t = Math.min(out[i]!.getTime(), limit)
    out[i] = new Date(t)
    limit = t - 60_000
  }
  return out
}

/** Which agency does what in an ended quarter (index `n` counts quarters from last year's first). */
export function endedQuarterRoles(slugs: string[], n: number): { late: Set<string>; nothing: string | null; returned: string | null } {
  const pick = (i: number) => slugs[i % slugs.length]!
  return {
    // A few late: one agency in every other quarter, a different one each time.
    late: new Set(n % 2 === 1 ? [pick(n + 2)] : []),
    nothing: n === 1 ? 'nong-bua' : null,
    returned: n === 0 ? 'bang-phra' : null,
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
  const ctx = async (userId: string, when: Date): Promise<ReportContext> => ({ db, actor: await actorOf(userId), now: when, files: opts.files, baseUrl: opts.baseUrl, fetchStatus })

  const today = todayInBangkok(now)
  const fy = currentFiscalYear(now)
  const years = [fy - 1, fy]
  const form = await ensureTemplate(db, CHIANG_MAI_EB12_QUARTERLY, at(addCalendarDays(periodsOf('quarterly', fy - 1)[0]!.startsOn, -20)))
  const scheduleIds: string[] = []
  for (const year of years) {
    const oversight = await ctx(overseer.id, at(addCalendarDays(periodsOf('quarterly', year)[0]!.startsOn, -7)))
    scheduleIds.push(
      await createSchedule(oversight, {
        organisation_id: province.id,
        form_definition_id: form.id,
        title_th: `รายงานมาตรฐานและความเป็นธรรมในการปฏิบัติงาน (EB12) รายไตรมาส ปีงบประมาณ ${year}`,
        title_en: `Work standards and fairness report (EB12), quarterly, FY ${year}`,
        fiscal_year: String(year),
        frequency: 'quarterly',
        deadline_offset: '10',
        deadline_kind: 'business_days',
        audience: 'all',
      }),
    )
  }
  const reportOf = async (slug: string, period: string) =>
    db
      .selectFrom('oversight_reports as r')
      .innerJoin('oversight_periods as p', 'p.id', 'r.period_id')
      .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
      .select(['r.id', 'p.deadline'])
      .where('o.slug', '=', slug)
      .where('p.period_key', '=', period)
      .executeTakeFirstOrThrow()

  let made = 0
  const none = new Map()
  const slugs = agencies.map((a) => a.slug)
  const quarters = years.flatMap((y) => periodsOf('quarterly', y)).filter((p) => p.startsOn <= today)
  for (const [n, p] of quarters.entries()) {
    // The period opens on its first day, fixing who is expected to report.
    await openDuePeriods(db, new Date(Math.min(at(p.startsOn).getTime(), now.getTime())), opts.baseUrl, scheduleIds)
    const ended = p.endsOn < today
    const roles = endedQuarterRoles(slugs, n)
    for (const [i, a] of agencies.entries()) {
      const who = people.get(a.slug)!
      const report = await reportOf(a.slug, p.key)
      const link = `${opts.baseUrl}/o/${a.slug}`
      const head = { head_name: `หัวหน้า${a.name_th}`, head_position: `หัวหน้า${a.name_th}`, confirm: 'yes' }
      if (!ended) {
        // The current quarter: two drafts under way, two signed early, the rest not started.
        const [saved, signed] = fitBefore(now, [new Date(at(p.startsOn).getTime() + (i + 3) * DAY), new Date(at(p.startsOn).getTime() + (i + 4) * DAY)])
        if (i === 0 || i === 3) {
          await saveReport(await ctx(who.ita, saved!), report.id, { ...yes('i1_1', 'อยู่ระหว่างทบทวนคู่มือ') }, none, { sendToHead: false })
        } else if (i === 1 || i === 4) {
          await saveReport(await ctx(who.ita, saved!), report.id, answers(a.name_th, a.phone, `ผู้รับผิดชอบ ITA ${a.name_th}`, 'นักวิเคราะห์นโยบายและแผน', link, saved!), none, { sendToHead: true })
          await signAndSubmit(await ctx(who.head, signed!), report.id, head)
          made++
        }
        continue
      }
      const afterEnd = (days: number) => new Date(at(p.endsOn).getTime() + days * DAY + i * HOUR)
      const late = roles.late.has(a.slug)
      const returned = roles.returned === a.slug
      const plan = [afterEnd(3), late ? new Date(at(isoDate(report.deadline)).getTime() + 4 * DAY) : afterEnd(4)]
      if (returned) plan.push(afterEnd(6), afterEnd(8), afterEnd(9))
      plan.push(new Date(plan[plan.length - 1]!.getTime() + 2 * DAY))
      const t = fitBefore(now, plan)
      const ita = await ctx(who.ita, t[0]!)
      if (roles.nothing === a.slug) {
        await declareNothingToReport(ita, report.id, { nothing_reason: 'ไตรมาสนี้ไม่มีการปรับปรุงคู่มือหรืองานบริการใหม่' })
      } else {
        const extra: Record<string, string> = returned ? { a__i1_2_b__answer: 'no', a__i1_2_b__how: '' } : {}
        await saveReport(ita, report.id, answers(a.name_th, a.phone, ita.actor.displayName, 'นักวิเคราะห์นโยบายและแผน', link, t[0]!, extra), none, { sendToHead: true })
      }
      await signAndSubmit(await ctx(who.head, t[1]!), report.id, head)
      made++
      if (returned) {
        const replyBy = new Date(t[2]!.getTime() + 7 * DAY)
        await returnReport(await ctx(overseer.id, t[2]!), report.id, { reason__i1_2_b: 'ขอให้ระบุว่ามีแผนใช้เทคโนโลยีสารสนเทศให้บริการหรือไม่ อย่างไร', ...dateFields('reply_by', replyBy) })
        await saveReport(await ctx(who.ita, t[3]!), report.id, answers(a.name_th, a.phone, ita.actor.displayName, 'นักวิเคราะห์นโยบายและแผน', link, t[3]!, yes('i1_2_b', 'เปิดรับคำร้องผ่าน LINE OA')), none, { sendToHead: true })
        await signAndSubmit(await ctx(who.head, t[4]!), report.id, head)
      }
      await acceptReport(await ctx(overseer.id, t[t.length - 1]!), report.id)
    }
  }
  await demoAnnouncement(db, now, { ...opts, province: province.id, overseer: overseer.id, scheduleId: scheduleIds[1]!, people, slugs, ctx })
  return made
}

/** Seed 002's seven measures announced for this fiscal year: most heads acknowledged, one agency shows it on its portal. */
async function demoAnnouncement(
  db: Kysely<Database>,
  now: Date,
  o: { files: FileService; baseUrl: string; province: string; overseer: string; scheduleId: string; people: Map<string, { ita: string; head: string }>; slugs: string[]; ctx: (userId: string, when: Date) => Promise<ReportContext> },
): Promise<void> {
  const fy = currentFiscalYear(now)
  const start = periodsOf('quarterly', fy)[0]!.startsOn
  const [issued, ...acks] = fitBefore(now, [at(addCalendarDays(start, 6)), ...o.slugs.map((_, i) => at(addCalendarDays(start, 8 + i)))])
  const issuedOn = todayInBangkok(issued!)
  const d = isoDateParts(issuedOn)
  const c = await o.ctx(o.overseer, issued!)
  const id = await issueAnnouncement(
    { ...c, files: o.files },
    {
      organisation_id: o.province,
      number: `ที่ สภ ๐๐๑๗.๓/ว ${fy - 2400}`,
      'issued_on-day': String(d.day),
      'issued_on-month': String(d.month),
      'issued_on-year': String(d.year + 543),
      fiscal_year: String(fy),
      title_th: `มาตรการภายในเพื่อส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ${fy}`,
      title_en: `Internal integrity and transparency measures, FY ${fy}`,
      body_th: 'เพื่อให้การปฏิบัติราชการของหน่วยงานในจังหวัดเป็นไปด้วยความซื่อสัตย์สุจริต โปร่งใส และตรวจสอบได้ จังหวัดจึงกำหนดมาตรการภายในไว้ดังต่อไปนี้ ให้ทุกหน่วยงานถือปฏิบัติ\n\nให้หัวหน้าหน่วยงานกำกับดูแล และรายงานผลการดำเนินการตามแบบรายงานรายไตรมาส',
      measure: SEED_002_MEASURES.map((m) => m.id),
      audience: 'all',
      schedule_id: o.scheduleId,
    },
    new Map(),
  )
  // Four of six heads have acknowledged; Wiang Thong also shows it on its portal.
  for (const [i, slug] of o.slugs.entries()) {
    if (slug === 'suvarnabhumi-revenue' || slug === 'nong-bua') continue
    const head = await o.ctx(o.people.get(slug)!.head, acks[i]!)
    await acknowledgeAnnouncement({ ...head, files: o.files }, id, { position: `หัวหน้า${slug === 'wiang-thong' ? 'เทศบาลตำบลเวียงทอง' : 'หน่วยงาน'}` })
    if (slug === 'wiang-thong') await publishOnPortal({ ...head, files: o.files }, id, {}, true)
  }
}
