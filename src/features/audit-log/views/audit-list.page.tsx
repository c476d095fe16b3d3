import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { orgName } from '../../../web/org-names.ts'
import { Button, CsrfField, Table, type Column } from '../../../web/components/display.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, TextInput } from '../../../web/components/form-fields.tsx'
import { Pagination } from '../../../web/components/pagination.tsx'
import { shorten } from '../audit-log.domain.ts'
import { filterQueryString, type AuditFilterForm } from '../audit-log.input.ts'
import type { AuditEventListItem } from '../audit-log.repository.ts'
import type { AuditFilterOptions, AuditTrailPage } from '../audit-log.use-cases.ts'
import { formatInstant } from '../../../web/format-time.ts'
import { SummaryChanges } from './summary-changes.tsx'
import type { RenderedChart } from '../../../platform/charts/index.ts'
import { ChartFigure } from '../../../web/components/chart-figure.tsx'
import { AUDIT_EXPORT_LIMIT } from '../audit-report.domain.ts'

export type AuditListProps = {
  ctx: PageContext
  form: AuditFilterForm
  errors?: FieldErrors
  /** Absent when the filter itself could not be read: the form comes back with its errors only. */
  result?: AuditTrailPage
  options: AuditFilterOptions
  /** Events per day across the filtered range, drawn by the route. */
  chart?: RenderedChart | undefined
}

function FilterForm({ ctx, form, errors, options }: AuditListProps) {
  const t = ctx.t
  // A GET form: it changes nothing, and a CSRF token in the URL would leak into logs and history.
  return (
    <form method="get" action="/admin/audit" class="filter-form" novalidate>
      <Select
        id="organisation"
        label={t({ th: 'หน่วยงาน', en: 'Organisation' })}
        emptyText={t({ th: 'ทุกหน่วยงาน', en: 'All organisations' })}
        options={options.organisations.map((o) => ({ value: o.id, text: orgName(o, ctx.locale) }))}
        value={form.organisation}
        errorMessage={fieldError(ctx, errors, 'organisation')}
      />
      <TextInput
        id="action"
        label={t({ th: 'การกระทำ', en: 'Action' })}
        hint={t({ th: 'เช่น organisation.created หรือ organisation สำหรับทุกการกระทำกับหน่วยงาน', en: 'For example organisation.created, or organisation for every organisation action' })}
        value={form.action}
        spellcheck={false}
        errorMessage={fieldError(ctx, errors, 'action')}
      />
      <TextInput
        id="actor"
        label={t({ th: 'ผู้กระทำ', en: 'Actor' })}
        hint={t({ th: 'ส่วนหนึ่งของชื่อหรืออีเมล', en: 'Part of a name or e-mail address' })}
        value={form.actor}
        errorMessage={fieldError(ctx, errors, 'actor')}
      />
      <TextInput
        id="entity"
        label={t({ th: 'ประเภทข้อมูล', en: 'Entity type' })}
        hint={t({ th: 'เช่น organisation หรือ user', en: 'For example organisation or user' })}
        value={form.entity}
        spellcheck={false}
        width="20"
        errorMessage={fieldError(ctx, errors, 'entity')}
      />
      <DateInput id="from" locale={ctx.locale} label={t({ th: 'ตั้งแต่วันที่', en: 'From' })} value={form.from} errorMessage={fieldError(ctx, errors, 'from')} />
      <DateInput id="to" locale={ctx.locale} label={t({ th: 'ถึงวันที่', en: 'To' })} value={form.to} errorMessage={fieldError(ctx, errors, 'to')} />
      <Button text={t({ th: 'ค้นหา', en: 'Filter' })} />{' '}
      <a href="/admin/audit" class="link" safe>
        {t({ th: 'ล้างตัวกรอง', en: 'Clear filters' })}
      </a>
    </form>
  )
}

function columns(ctx: PageContext): Column<AuditEventListItem>[] {
  const t = ctx.t
  return [
    {
      // The sequence number is what the chain check names, so it is the link to the event.
      header: t({ th: 'ลำดับที่', en: 'No.' }),
      numeric: true,
      cell: (e) => (
        <a href={`/admin/audit/${e.seq}`} safe>
          {String(e.seq)}
        </a>
      ),
    },
    { header: t({ th: 'เวลา', en: 'Time' }), cell: (e) => <span safe>{formatInstant(e.at, ctx.locale)}</span> },
    { header: t({ th: 'ผู้กระทำ', en: 'Actor' }), cell: (e) => <span safe>{e.actor_label}</span> },
    {
      header: t({ th: 'หน่วยงาน', en: 'Organisation' }),
      cell: (e) =>
        e.org_name_th !== null ? (
          <span safe>{orgName({ name_th: e.org_name_th, name_en: e.org_name_en ?? '' }, ctx.locale)}</span>
        ) : (
          <span class="hint" safe>
            {t({ th: 'ทั้งระบบ', en: 'Platform-wide' })}
          </span>
        ),
    },
    { header: t({ th: 'การกระทำ', en: 'Action' }), cell: (e) => <code safe>{e.action}</code> },
    {
      header: t({ th: 'ข้อมูล', en: 'Entity' }),
      cell: (e) => (
        <>
          <span safe>{e.entity_type}</span>
          {e.entity_id ? (
            <span class="hint" title={e.entity_id} safe>
              {` ${shorten(e.entity_id, 9)}`}
            </span>
          ) : (
            ''
          )}
        </>
      ),
    },
    { header: t({ th: 'การเปลี่ยนแปลง', en: 'Changes' }), cell: (e) => <SummaryChanges ctx={ctx} summary={e.summary} /> },
  ]
}

/** Links to the same filtered list as files; the filter travels in the query string. */
function Downloads({ ctx, form }: { ctx: PageContext; form: AuditFilterForm }) {
  const t = ctx.t
  const query = filterQueryString(form, 1)
  const formats = [
    { ext: 'xlsx', text: t({ th: 'Excel (.xlsx)', en: 'Excel (.xlsx)' }) },
    { ext: 'docx', text: t({ th: 'Word (.docx) พร้อมแผนภูมิและช่องลงนาม', en: 'Word (.docx) with the chart and a signature block' }) },
    { ext: 'csv', text: t({ th: 'CSV (.csv)', en: 'CSV (.csv)' }) },
  ]
  return (
    <section class="audit-downloads" aria-labelledby="audit-downloads-heading">
      <h2 class="heading-m" id="audit-downloads-heading" safe>
        {t({ th: 'ดาวน์โหลดรายการตามตัวกรองนี้', en: 'Download this filtered list' })}
      </h2>
      <p class="hint" safe>
        {t(
          {
            th: 'ไฟล์มีรายการล่าสุดได้ไม่เกิน {limit} รายการ หากมีมากกว่านั้น ให้กรองช่วงวันที่ให้แคบลง',
            en: 'A file holds at most the newest {limit} events; narrow the dates for more.',
          },
          { limit: AUDIT_EXPORT_LIMIT.toLocaleString('en-US') },
        )}
      </p>
      <ul class="list">
        {formats.map((f) => (
          <li>
            <a class="link" href={`/admin/audit/export.${f.ext}${query}`} safe>
              {f.text}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}

function VerifyForm({ ctx }: { ctx: PageContext }) {
  return (
    <form method="post" action="/admin/audit/verify" class="inline-form">
      <CsrfField token={ctx.csrfToken} />
      <Button kind="secondary" text={ctx.t({ th: 'ตรวจสอบความครบถ้วนของห่วงโซ่บันทึก', en: 'Verify the chain' })} />
    </form>
  )
}

export function AuditListPage(props: AuditListProps) {
  const { ctx, result, form } = props
  const t = ctx.t
  const title = t({ th: 'บันทึกการตรวจสอบ', en: 'Audit trail' })
  const first = result ? (result.page - 1) * result.pageSize + 1 : 0
  const last = result ? first + result.events.length - 1 : 0
  return (
    <Layout ctx={ctx} title={title} wide>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="lead" safe>
        {t({
          th: 'ทุกการเปลี่ยนแปลงข้อมูลถูกบันทึกต่อท้ายเป็นห่วงโซ่ ไม่มีผู้ใดแก้ไขหรือลบย้อนหลังได้โดยไม่ถูกตรวจพบ',
          en: 'Every change is appended to a hash chain: nobody can edit or delete past events without it being detected.',
        })}
      </p>
      {props.options.canVerify ? <VerifyForm ctx={ctx} /> : ''}
      <FilterForm {...props} />
      {result ? (
        <>
          {props.chart ? <ChartFigure chart={props.chart} tableLabel={t({ th: 'ดูตัวเลขในแผนภูมิเป็นตาราง', en: 'Show the chart’s figures as a table' })} /> : ''}
          {result.total > 0 ? <Downloads ctx={ctx} form={form} /> : ''}
          <Table
            caption={
              result.total === 0
                ? t({ th: 'ไม่พบรายการ', en: 'No events found' })
                : t({ th: 'รายการที่ {first}–{last} จาก {total} รายการ', en: 'Events {first}–{last} of {total}' }, { first, last, total: result.total })
            }
            columns={columns(ctx)}
            rows={result.events}
            empty={t({ th: 'ไม่มีรายการที่ตรงกับตัวกรอง', en: 'No events match the filters' })}
          />
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            hrefFor={(p) => `/admin/audit${filterQueryString(form, p)}`}
            labels={{
              previous: t({ th: 'ก่อนหน้า', en: 'Previous' }),
              next: t({ th: 'ถัดไป', en: 'Next' }),
              nav: t({ th: 'เลือกหน้า', en: 'Pages' }),
            }}
          />
        </>
      ) : (
        ''
      )}
    </Layout>
  )
}
