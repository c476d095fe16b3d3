/**
 * เทศบาลตำบลเวียงทอง's OIT workspace for FY 2569 in the demo, filled through the workspace use
 * cases by its ITA coordinator: a few items already submitted, some ready, some drafts with a
 * responsible person and a due date, and most still missing, as a workspace looks mid-year.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import { addCalendarDays, todayInBangkok, type IsoDate } from '../../platform/thai-calendar/index.ts'
import type { OitItemStatus } from './oit-workspace.domain.ts'
import { oitItemEditor, saveOitEntry, type WorkspaceContext } from './oit-workspace.use-cases.ts'
import * as repo from './oit.repository.ts'
import { unreachableReason } from './oit-links.domain.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { SYSTEM_ACTOR } from '../../platform/auth/actor.ts'

const SLUG = 'wiang-thong'
const YEAR = '2569'
/** The municipality's own main website (its mail domain): the NACC assesses the main site. */
const MAIN_SITE = 'https://wiangthong.prongsai.test'

type DemoEntry = {
  code: string
  status: Exclude<OitItemStatus, 'missing' | 'contested' | 'confirmed'>
  /** Take the workspace's suggestion (portal item or module page), as the officer would confirm it. */
  suggested?: boolean
  /** The page on the main website given to the NACC. */
  site?: string
  explanation?: string
  responsible?: string
  dueInDays?: number
  elementsDone?: 'all' | number
}

const ENTRIES: DemoEntry[] = [
  { code: 'O1', status: 'submitted', suggested: true, site: '/about/structure', explanation: 'แผนผังโครงสร้างอยู่ตอนต้นของหน้า อำนาจหน้าที่อยู่ท้ายหน้า' },
  { code: 'O3', status: 'submitted', site: '/contact', explanation: 'ที่อยู่ โทรศัพท์ และอีเมลอยู่ส่วนบนของหน้า' },
  { code: 'O4', status: 'submitted', suggested: true, site: '/news' },
  { code: 'O15', status: 'submitted', suggested: true, site: '/ethics' },
  { code: 'O16', status: 'ready', suggested: true, site: '/complaints/guideline', explanation: 'ขั้นตอนการจัดการเรื่องร้องเรียนอยู่ในหัวข้อ "แนวปฏิบัติ"' },
  { code: 'O17', status: 'ready', site: '/complaints' },
  { code: 'O18', status: 'ready', site: '/complaints/statistics' },
  { code: 'O2', status: 'draft', suggested: true, responsible: 'wt-officer@prongsai.test', dueInDays: 10, elementsDone: 2 },
  { code: 'O11', status: 'draft', responsible: 'wt-procurement@prongsai.test', dueInDays: -5, elementsDone: 1 },
  { code: 'O12', status: 'draft', suggested: true, responsible: 'wt-procurement@prongsai.test', dueInDays: 30 },
  { code: 'O9', status: 'draft', responsible: 'wt-officer@prongsai.test', dueInDays: 21 },
]

/**
 * The public address the demo's links are stored under when the server itself runs on a local
 * name (BASE_URL unset): a link to localhost would go into the sheet sent to the assessors.
 */
export const DEMO_PUBLIC_BASE = 'https://prongsai.example'

export function publicBaseFor(baseUrl: string): string {
  return unreachableReason(`${baseUrl}/`, { baseUrl, publishedKeys: new Set(), unpublishedKeys: new Set() }) ? DEMO_PUBLIC_BASE : baseUrl
}

/** Demo workspaces filled before links were checked hold localhost addresses: move them to the public base. */
async function repairLocalLinks(db: Kysely<Database>, organisationId: string, actor: WorkspaceContext['actor'], publicBase: string, now: Date): Promise<number> {
  let fixed = 0
  for (const e of await repo.listEntries(db, [organisationId], 'nacc-ita', Number(YEAR))) {
    if (!e.url) continue
    const u = new URL(e.url)
    if (!unreachableReason(e.url, { baseUrl: publicBase, publishedKeys: new Set(), unpublishedKeys: new Set() }) || !/^(localhost|127\.)/.test(u.hostname)) continue
    const url = `${publicBase}${u.pathname}${u.search}`
    await db.transaction().execute(async (trx) => {
      await repo.upsertEntry(trx, 'nacc-ita', Number(YEAR), { ...e, url }, actor.userId, now)
      await recordAudit(trx, {
        actor: SYSTEM_ACTOR,
        organisationId,
        action: 'oit.entry_link_repaired',
        entityType: 'oit_entry',
        entityId: `nacc-ita:${YEAR}:${e.itemCode}`,
        summary: { before: { url: e.url }, after: { url } },
        at: now,
      })
    })
    fixed++
  }
  return fixed
}

const PATH_TO: Record<DemoEntry['status'], OitItemStatus[]> = { draft: ['draft'], ready: ['draft', 'ready'], submitted: ['draft', 'ready', 'submitted'] }

export async function loadDemoOit(db: Kysely<Database>, now: Date, baseUrl = 'http://localhost:3000'): Promise<number> {
  const org = await db.selectFrom('organisations').select('id').where('slug', '=', SLUG).executeTakeFirst()
  const coordinator = await db.selectFrom('users').select('id').where('email', '=', 'wt-ita@prongsai.test').executeTakeFirst()
  const actor = coordinator && (await loadActor(db, coordinator.id))
  if (!org || !actor) return 0
  const ctx: WorkspaceContext = { db, actor, now, baseUrl: publicBaseFor(baseUrl) }
  // Already filled (a restart, or someone's own work): leave it alone, but for local addresses.
  const first = await oitItemEditor(ctx, SLUG, YEAR, 'O1', 'nacc-ita')
  if ((await repo.listEntries(db, [org.id], first.scheme, first.fiscalYear)).length > 0) {
    await repairLocalLinks(db, org.id, actor, ctx.baseUrl, now)
    return 0
  }
  const emails = [...new Set(ENTRIES.flatMap((e) => (e.responsible ? [e.responsible] : [])))]
  const users = emails.length ? await db.selectFrom('users').select(['id', 'email']).where('email', 'in', emails).execute() : []
  const idOf = new Map(users.map((u) => [u.email, u.id]))
  const today = todayInBangkok(now)

  let made = 0
  for (const e of ENTRIES) {
    const editor = await oitItemEditor(ctx, SLUG, YEAR, e.code, 'nacc-ita')
    const s = editor.suggestion
    const portalItemId = e.suggested ? (s.portalItem?.id ?? null) : null
    const url = e.site ? `${MAIN_SITE}${e.site}` : e.suggested && !s.portalItem ? (s.url ?? null) : null
    const finished = e.status !== 'draft'
    const count = e.elementsDone === 'all' || finished ? editor.item.elements.length : (e.elementsDone ?? 0)
    const dueDate: IsoDate | null = e.dueInDays === undefined ? null : addCalendarDays(today, e.dueInDays)
    for (const status of PATH_TO[e.status]) {
      await saveOitEntry(
        ctx,
        SLUG,
        YEAR,
        e.code,
        {
          portalItemId,
          url,
          explanation: e.explanation ?? '',
          method: finished ? '' : 'รวบรวมข้อมูลจากกองที่รับผิดชอบแล้วเผยแพร่บนเว็บไซต์',
          timeFrame: finished ? '' : 'ภายในไตรมาสที่ 2',
          elementsDone: Array.from({ length: count }, (_, i) => i),
          dueDate,
          responsibleUserId: (e.responsible && idOf.get(e.responsible)) || null,
          status,
        },
        'nacc-ita',
      )
    }
    made++
  }
  return made
}
