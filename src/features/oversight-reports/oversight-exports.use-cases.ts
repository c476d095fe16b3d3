import sharp from 'sharp'
import { ForbiddenError, NotFoundError } from '../../errors.ts'
import { hasRoleIn } from '../../platform/auth/policy.ts'
import { bookToDocx, EXPORT_CONTENT_TYPES, renderExport, type ExportColumn, type ExportFigure, type ExportFile, type ExportRow, type ExportTable } from '../../platform/exports/index.ts'
import { allItems, answerableItems, answerText, findDefinition, loadSnapshot, type Answers, type FormDefinition } from '../../platform/forms/index.ts'
import { todayInBangkok, toThaiDigits } from '../../platform/thai-calendar/index.ts'
import { isUuid } from '../organisations/index.ts'
import { isLate, STATUS_LABELS } from './oversight-report.domain.ts'
import * as repo from './oversight-reports.repository.ts'
import { reportView, type ReportContext } from './oversight-reports.use-cases.ts'

/**
 * Word of one report in the layout of seed 000's form (ที่ | ตัวชี้วัด | ผลการดำเนินงาน, photos
 * with captions, suggestions, the head's signature, Thai digits), and the consolidated period
 * report for the governor (Excel and Word: one row per agency). Both through platform/exports.
 */
const thai = (s: string) => toThaiDigits(s)

function formRows(def: FormDefinition, answers: Answers, nothingReason: string | null): ExportRow[] {
  const rows: ExportRow[] = []
  for (const s of def.sections) {
    if (!s.number) continue
    rows.push({ no: thai(`${s.number}.`), indicator: s.title.th, result: '' })
    for (const { item, depth } of allItems(def).filter((e) => e.section.id === s.id)) {
      const text = item.type === 'group' ? '' : nothingReason !== null ? '' : answerText(answers[item.id], 'th')
      rows.push({ no: thai(item.number), indicator: depth > 0 ? `- ${item.title.th}` : item.title.th, result: thai(text) })
    }
  }
  if (nothingReason !== null) rows.push({ no: '', indicator: 'ไม่มีเรื่องรายงานในงวดนี้', result: nothingReason })
  return rows
}

async function photoFigures(ctx: ReportContext, answers: Answers): Promise<ExportFigure[]> {
  const figures: ExportFigure[] = []
  for (const a of Object.values(answers)) {
    if (a.type !== 'files') continue
    for (const f of a.files) {
      if (!f.mime.startsWith('image/')) continue
      const opened = await ctx.files.openFile(f.fileId)
      if (!opened) continue
      const chunks: Buffer[] = []
      for await (const c of opened.stream) chunks.push(Buffer.from(c as Buffer))
      const { data, info } = await sharp(Buffer.concat(chunks)).rotate().resize({ width: 900, withoutEnlargement: true }).png().toBuffer({ resolveWithObject: true })
      figures.push({ title: { th: f.caption || f.name, en: f.caption || f.name }, png: data, widthPx: info.width, heightPx: info.height })
    }
  }
  return figures
}

const WORD_COLUMNS: ExportColumn[] = [
  { key: 'no', header: { th: 'ที่', en: 'No.' }, type: 'text' },
  { key: 'indicator', header: { th: 'ตัวชี้วัด', en: 'Indicator' }, type: 'text' },
  { key: 'result', header: { th: 'ผลการดำเนินงาน', en: 'Result' }, type: 'text' },
]

/** The part of a Word file that is one agency's report: seed 000's table, then photos, suggestions, reporter and the head's signature. */
function reportPart(def: FormDefinition, r: repo.ReportRow, a: Answers, figures: ExportFigure[], title: string): ExportTable {
  const header = (k: string) => answerText(a[k], 'th')
  const suggestions = header('suggestions')
  return {
    title: { th: title, en: title },
    subtitle: { th: thai(`ชื่อหน่วยงาน ${header('agency_name') || r.organisationNameTh}  โทรศัพท์ ${header('agency_phone')}  ผู้รับผิดชอบ ${header('responsible')}  (${r.periodKey})`), en: `${r.organisationNameEn || r.organisationNameTh} (${r.periodKey})` },
    organisation: { name: r.organisationNameTh },
    columns: WORD_COLUMNS,
    rows: formRows(def, a, r.nothingToReport ? r.nothingReason : null),
    notes: [
      { th: thai(`ข้อเสนอแนะ: ${suggestions || '-'}`), en: `Suggestions: ${suggestions || '-'}` },
      { th: thai(`ผู้รายงาน: ${header('reporter_name')} ตำแหน่ง ${header('reporter_position')} โทรศัพท์ ${header('reporter_phone')} วันที่ ${header('report_date')}`), en: `Reporter: ${header('reporter_name')}, ${header('reporter_position')}` },
    ],
    ...(r.headSignedAt && r.headName ? { signature: { name: r.headName, position: r.headPosition ?? '', date: todayInBangkok(r.headSignedAt) } } : {}),
    figures,
    options: { locale: 'th', thaiDigits: true, orientation: 'portrait' },
  }
}

const docxFile = async (book: Parameters<typeof bookToDocx>[0], baseName: string): Promise<ExportFile> => ({ body: await bookToDocx(book), contentType: EXPORT_CONTENT_TYPES.docx, filename: `${baseName}.docx` })

/** One report as Word, for the agency's staff and (once submitted) oversight: what each may see. */
export async function reportAsWord(ctx: ReportContext, id: string): Promise<ExportFile> {
  const view = await reportView(ctx, id)
  const r = view.report
  const part = reportPart(view.def, r, view.answers, await photoFigures(ctx, view.answers), view.def.title.th)
  return docxFile({ title: view.def.title, organisation: { name: r.organisationNameTh }, options: part.options, parts: [part] }, `รายงาน-${r.organisationSlug}-${r.periodKey}`)
}

/** The consolidated report of one period: oversight only, submitted answers only. */
export async function periodConsolidated(ctx: ReportContext, periodId: string, format: 'xlsx' | 'docx'): Promise<ExportFile> {
  if (!isUuid(periodId)) throw new NotFoundError('period')
  const period = await ctx.db.selectFrom('oversight_periods').select(['id', 'schedule_id', 'period_key']).where('id', '=', periodId).executeTakeFirst()
  if (!period) throw new NotFoundError('period')
  const schedule = await repo.findSchedule(ctx.db, period.schedule_id)
  if (!schedule || !hasRoleIn(ctx.actor, schedule.organisationId, 'oversight')) throw new ForbiddenError('only oversight exports the consolidated report')
  const def = (await findDefinition(ctx.db, schedule.formDefinitionId))?.definition
  if (!def) throw new NotFoundError('form')
  const reports = (await repo.listReportsOfSchedules(ctx.db, [schedule.id])).filter((r) => r.periodId === period.id)
  const body = await ctx.db.selectFrom('organisations').select('name_th').where('id', '=', schedule.organisationId).executeTakeFirst()
  const today = todayInBangkok(ctx.now)
  const items = answerableItems(def).filter((i) => i.type !== 'files')
  const rows: ExportRow[] = []
  const answersOf = new Map<string, Answers>()
  for (const r of reports) {
    const answers = r.responseId && r.submissions > 0 ? ((await loadSnapshot(ctx.db, r.responseId, r.submissions)) ?? {}) : {}
    answersOf.set(r.id, answers)
    const late = isLate({ firstSubmittedOn: r.firstSubmittedAt ? todayInBangkok(r.firstSubmittedAt) : null }, r.deadline, today)
    const row: Record<string, string | null> = {
      agency: r.organisationNameTh,
      status: STATUS_LABELS[r.status].th + (r.nothingToReport ? ' (ไม่มีเรื่องรายงาน)' : ''),
      submitted: r.firstSubmittedAt ? todayInBangkok(r.firstSubmittedAt) : null,
      late: late ? 'ล่าช้า' : '',
    }
    for (const i of items) row[`i_${i.id}`] = r.submissions > 0 ? answerText(answers[i.id], 'th') : ''
    rows.push(row)
  }
  const columns: ExportColumn[] = [
    { key: 'agency', header: { th: 'หน่วยงาน', en: 'Agency' }, type: 'text' },
    { key: 'status', header: { th: 'สถานะ', en: 'Status' }, type: 'text' },
    { key: 'submitted', header: { th: 'วันที่ส่ง', en: 'Submitted' }, type: 'date' },
    { key: 'late', header: { th: 'ล่าช้า', en: 'Late' }, type: 'text' },
    ...(format === 'xlsx' ? items.map((i) => ({ key: `i_${i.id}`, header: { th: i.number || i.title.th, en: i.number || i.title.en }, type: 'text' as const })) : []),
  ]
  const received = reports.filter((r) => r.submissions > 0).length
  const summary: ExportTable = {
    title: { th: `${schedule.titleTh} ${period.period_key}`, en: `${schedule.titleEn || schedule.titleTh} ${period.period_key}` },
    subtitle: { th: `ได้รับ ${received} จาก ${reports.length} หน่วยงาน`, en: `${received} of ${reports.length} agencies reported` },
    organisation: { name: body?.name_th ?? '' },
    columns,
    rows,
    options: { locale: 'th', thaiDigits: format === 'docx', orientation: format === 'docx' ? 'portrait' : 'landscape' },
  }
  if (format === 'xlsx') return renderExport(summary, 'xlsx', `รายงานรวม-${period.period_key}`)
  // Word for the governor: the summary first, then one section per agency that reported, in agency
  // order, each in seed 000's layout (photos stay in each agency's own Word, to keep this one small).
  const parts: ExportTable[] = [summary]
  for (const r of reports) {
    if (r.submissions === 0 || !r.responseId) continue
    parts.push(reportPart(def, r, answersOf.get(r.id) ?? {}, [], `${r.organisationNameTh} – ${def.title.th}`))
  }
  return docxFile({ title: summary.title, organisation: summary.organisation, options: summary.options, parts }, `รายงานรวม-${period.period_key}`)
}
