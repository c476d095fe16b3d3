/**
 * Officer work-standard manuals (คู่มือมาตรฐานการปฏิบัติงาน, seed 000 §1): one per work process,
 * either in structured fields or as an uploaded PDF / e-book (the seed allows either). Kept by the
 * agency's officers; the published ones are listed on the portal beside the citizen manuals.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { NotFoundError, type FieldErrors } from '../../errors.ts'
import { auditActorOf, type Actor } from '../../platform/auth/actor.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import type { FileService, OpenedFile, UploadOutcome } from '../../platform/files/index.ts'
import { bumpPublicGeneration, organisationScope } from '../../platform/public-content/generations.ts'
import { isUuid, type OrganisationDetails } from '../organisations/index.ts'
import { chooseAgency, loadEditableAgency } from './services.use-cases.ts'

export const WORK_STANDARD_FIELDS = [
  { key: 'purpose', label: { th: 'วัตถุประสงค์', en: 'Purpose' } },
  { key: 'scope', label: { th: 'ขอบเขต', en: 'Scope' } },
  { key: 'definitions', label: { th: 'คำจำกัดความ', en: 'Definitions' } },
  { key: 'steps', label: { th: 'ขั้นตอนการปฏิบัติงาน มาตรฐานและจุดควบคุมของแต่ละขั้นตอน', en: 'Steps, with the standard and the check of each' } },
  { key: 'forms', label: { th: 'แบบฟอร์มที่ใช้', en: 'Forms used' } },
  { key: 'risks', label: { th: 'ความเสี่ยงและมาตรการควบคุม', en: 'Risks and controls' } },
  { key: 'references', label: { th: 'เอกสารอ้างอิง', en: 'References' } },
] as const
export type WorkStandardKey = (typeof WORK_STANDARD_FIELDS)[number]['key']
export type WorkStandardValues = { title: string; published: boolean; content: Record<WorkStandardKey, string> }
export type WorkStandard = WorkStandardValues & { id: string; organisationId: string; fileId: string | null; fileName: string | null; updatedAt: Date }

export const WORK_STANDARD_FILE_PURPOSE = 'work_standard_manual'
export const WORK_STANDARD_MAX_BYTES = 30 * 1024 * 1024

type Ctx = { db: Kysely<Database>; actor: Actor; now: Date; files: FileService }

export function readWorkStandardForm(body: unknown): WorkStandardValues & { removeFile: boolean } {
  const b = (body ?? {}) as Record<string, unknown>
  const s = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : '')
  return { title: s('title'), published: s('published') === 'yes', removeFile: s('remove_file') === 'yes', content: Object.fromEntries(WORK_STANDARD_FIELDS.map((f) => [f.key, s(f.key)])) as Record<WorkStandardKey, string> }
}

export function emptyWorkStandard(): WorkStandardValues {
  return { title: '', published: false, content: Object.fromEntries(WORK_STANDARD_FIELDS.map((f) => [f.key, ''])) as Record<WorkStandardKey, string> }
}

async function rows(db: Kysely<Database>, organisationId: string, onlyPublished: boolean): Promise<WorkStandard[]> {
  let q = db.selectFrom('work_standards as w').leftJoin('files as f', 'f.id', 'w.file_id').selectAll('w').select('f.original_name').where('w.organisation_id', '=', organisationId)
  if (onlyPublished) q = q.where('w.published', '=', true)
  const list = await q.orderBy('w.title').execute()
  return list.map((r) => ({ id: r.id, organisationId: r.organisation_id, title: r.title, published: r.published, content: { ...emptyWorkStandard().content, ...(r.content as Record<WorkStandardKey, string>) }, fileId: r.file_id, fileName: r.original_name, updatedAt: r.updated_at }))
}

export async function workStandardsWorkspace(ctx: Ctx, slug: string | undefined): Promise<{ org: OrganisationDetails; items: WorkStandard[] }> {
  const { org } = await chooseAgency(ctx, slug)
  return { org, items: await rows(ctx.db, org.id, false) }
}

export async function workStandardEditor(ctx: Ctx, orgSlug: string | undefined, id: string | null): Promise<{ org: OrganisationDetails; item: WorkStandard | null }> {
  if (id) {
    if (!isUuid(id)) throw new NotFoundError('work standard')
    const r = await ctx.db.selectFrom('work_standards').select('organisation_id').where('id', '=', id).executeTakeFirst()
    if (!r) throw new NotFoundError('work standard')
    const org = await loadEditableAgency(ctx.db, ctx.actor, r.organisation_id)
    return { org, item: (await rows(ctx.db, org.id, false)).find((w) => w.id === id) ?? null }
  }
  return { org: (await chooseAgency(ctx, orgSlug)).org, item: null }
}

/** Saves structured fields and/or the uploaded file; at least one of the two must say something. */
export async function saveWorkStandard(ctx: Ctx, target: { organisationId: string } | { id: string }, values: WorkStandardValues & { removeFile: boolean }, upload: UploadOutcome | undefined): Promise<{ saved: true; organisationId: string } | { saved: false; errors: FieldErrors }> {
  const existing = 'id' in target ? await workStandardEditor(ctx, undefined, target.id) : null
  const org = existing ? existing.org : await loadEditableAgency(ctx.db, ctx.actor, (target as { organisationId: string }).organisationId)
  const errors: FieldErrors = {}
  const title = values.title.trim()
  if (!title) errors.title = { th: 'กรอกชื่อกระบวนงาน', en: 'Enter the name of the work process' }
  if (upload && 'problem' in upload) Object.assign(errors, upload.problem)
  const hasText = Object.values(values.content).some((v) => v.trim())
  const keepsFile = !!existing?.item?.fileId && !values.removeFile
  if (!hasText && !(upload && 'upload' in upload) && !keepsFile) errors.purpose = { th: 'กรอกเนื้อหาของคู่มือ หรืออัปโหลดไฟล์ PDF / e-book แทน', en: 'Fill in the manual, or upload a PDF / e-book instead' }
  if (Object.keys(errors).length) return { saved: false, errors }
  await ctx.db.transaction().execute(async (trx) => {
    let fileId = keepsFile ? existing!.item!.fileId : null
    if (upload && 'upload' in upload) {
      const stored = await ctx.files.commit(upload.upload, { organisationId: org.id, uploadedBy: ctx.actor.userId, purpose: WORK_STANDARD_FILE_PURPOSE, now: ctx.now }, trx)
      fileId = stored.id
    }
    const content = JSON.stringify(Object.fromEntries(Object.entries(values.content).map(([k, v]) => [k, v.trim().slice(0, 20000)])))
    let id: string
    if (existing?.item) {
      id = existing.item.id
      await trx.updateTable('work_standards').set({ title: title.slice(0, 300), content, file_id: fileId, published: values.published, updated_by: ctx.actor.userId, updated_at: ctx.now }).where('id', '=', id).execute()
    } else {
      id = (await trx.insertInto('work_standards').values({ organisation_id: org.id, title: title.slice(0, 300), content, file_id: fileId, published: values.published, updated_by: ctx.actor.userId, created_at: ctx.now, updated_at: ctx.now }).returning('id').executeTakeFirstOrThrow()).id
    }
    await recordAudit(trx, { actor: auditActorOf(ctx.actor), organisationId: org.id, action: existing ? 'work_standard.edited' : 'work_standard.created', entityType: 'work_standard', entityId: id, summary: { after: { title, published: values.published, file: !!fileId } }, at: ctx.now })
    await bumpPublicGeneration(trx, organisationScope(org.id))
  })
  return { saved: true, organisationId: org.id }
}

export async function publicWorkStandards(db: Kysely<Database>, org: OrganisationDetails): Promise<WorkStandard[]> {
  return rows(db, org.id, true)
}

export async function publicWorkStandardFile(db: Kysely<Database>, files: FileService, org: OrganisationDetails, id: string): Promise<OpenedFile> {
  if (!isUuid(id)) throw new NotFoundError('file')
  const w = (await rows(db, org.id, true)).find((x) => x.id === id)
  if (!w?.fileId) throw new NotFoundError('file')
  const opened = await files.openFile(w.fileId)
  if (!opened) throw new NotFoundError('file')
  return opened
}
