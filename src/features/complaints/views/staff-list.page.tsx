import type { Bilingual } from '../../../platform/i18n/locale.ts'
import { Checkboxes } from '../../../web/components/choices.tsx'
import { Button, Table } from '../../../web/components/display.tsx'
import { Select } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { CaseListItem } from '../complaint-handling.use-cases.ts'
import type { ListQuery, ListView } from '../complaint-staff.input.ts'
import { INTAKE_LABELS, type Intake } from '../complaint-workflow.domain.ts'
import { AgencySwitch, DueDate, StatusTag, intakeText, kindText, type AgencyChoice } from './staff-common.page.tsx'

export type StaffListProps = {
  ctx: PageContext
  agency: AgencyChoice
  agencies: AgencyChoice[]
  filter: ListQuery
  rows: CaseListItem[]
  counts: { overdue: number; dueSoon: number }
  /** The intakes this person sees in this agency; the filter offers only these. */
  intakes: Intake[]
  canEnter: boolean
  canEditGuideline: boolean
}

const VIEW_LABELS: Record<ListView, Bilingual> = {
  open: { th: 'ยังไม่ยุติ', en: 'Open' },
  due_soon: { th: 'ใกล้ครบกำหนด', en: 'Due soon' },
  overdue: { th: 'เกินกำหนด', en: 'Overdue' },
  closed: { th: 'ยุติแล้ว', en: 'Closed' },
  all: { th: 'ทั้งหมด', en: 'All' },
}

const EMPTY: Record<ListView, Bilingual> = {
  open: { th: 'ไม่มีเรื่องร้องเรียนที่ค้างอยู่', en: 'There are no open complaints.' },
  due_soon: { th: 'ไม่มีเรื่องที่ใกล้ครบกำหนด', en: 'Nothing is due in the next two business days.' },
  overdue: { th: 'ไม่มีเรื่องที่เกินกำหนด', en: 'Nothing is overdue.' },
  closed: { th: 'ยังไม่มีเรื่องที่ยุติแล้ว', en: 'No complaint has been closed yet.' },
  all: { th: 'ยังไม่มีเรื่องร้องเรียน', en: 'There are no complaints yet.' },
}

export function listHref(q: { org: string | null; view?: ListView; intake?: Intake | null; mine?: boolean }): string {
  const p = new URLSearchParams()
  if (q.org) p.set('org', q.org)
  if (q.view && q.view !== 'open') p.set('view', q.view)
  if (q.intake) p.set('intake', q.intake)
  if (q.mine) p.set('mine', 'yes')
  const s = p.toString()
  return s ? `/staff/complaints?${s}` : '/staff/complaints'
}

export function StaffListPage(props: StaffListProps) {
  const { ctx, filter } = props
  const t = ctx.t
  const org = props.agency.id
  const title = t({ th: 'เรื่องร้องเรียน', en: 'Complaints' })
  return (
    <Layout ctx={ctx} title={title} wide>
      <span class="caption-l" safe>
        {orgName(props.agency, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <AgencySwitch ctx={ctx} agencies={props.agencies} current={org} hrefFor={(id) => listHref({ org: id })} label={{ th: 'เลือกหน่วยงาน', en: 'Choose an agency' }} />
      {props.agency.overseen ? (
        <p class="body" safe>
          {t({ th: 'ท่านเห็นเรื่องร้องเรียนจากประชาชนของหน่วยงานในกำกับ โดยไม่เห็นตัวตนของผู้ร้องเรียนและข้อความโต้ตอบ', en: 'You see the public complaints of an agency you oversee, without the complainants’ identities or the message threads.' })}
        </p>
      ) : (
        ''
      )}
      <p class="lead">
        <a href={listHref({ org, view: 'overdue', intake: filter.intake, mine: filter.mine })} safe>
          {t({ th: `เกินกำหนด ${props.counts.overdue} เรื่อง`, en: `${props.counts.overdue} overdue` })}
        </a>
        {' · '}
        <a href={listHref({ org, view: 'due_soon', intake: filter.intake, mine: filter.mine })} safe>
          {t({ th: `ใกล้ครบกำหนด ${props.counts.dueSoon} เรื่อง`, en: `${props.counts.dueSoon} due soon` })}
        </a>
      </p>
      {props.canEnter || props.canEditGuideline ? (
        <p class="body">
          {props.canEnter ? (
            <a href={`/staff/complaints/new?org=${org}`} class="button" role="button" safe>
              {t({ th: 'บันทึกเรื่องที่รับทางช่องทางอื่น', en: 'Enter a complaint received another way' })}
            </a>
          ) : (
            ''
          )}{' '}
          {props.canEditGuideline ? (
            <a href={`/staff/complaints/guideline?org=${org}`} class="button button--secondary" role="button" safe>
              {t({ th: 'แนวทางการจัดการเรื่องร้องเรียน', en: 'Complaint guideline' })}
            </a>
          ) : (
            ''
          )}
        </p>
      ) : (
        ''
      )}
      <nav class="sub-nav" aria-label={t({ th: 'มุมมอง', en: 'Views' })}>
        <ul class="sub-nav__list">
          {(Object.keys(VIEW_LABELS) as ListView[]).map((v) => (
            <li class="sub-nav__item">
              <a href={listHref({ org, view: v, intake: filter.intake, mine: filter.mine })} aria-current={v === filter.view ? 'page' : undefined} safe>
                {t(VIEW_LABELS[v])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/staff/complaints" class="filter-form">
        <input type="hidden" name="org" value={org} />
        {filter.view !== 'open' ? <input type="hidden" name="view" value={filter.view} /> : ''}
        {props.intakes.length > 1 ? (
          <Select
            id="intake"
            label={t({ th: 'ช่องทาง', en: 'Channel' })}
            emptyText={t({ th: 'ทุกช่องทาง', en: 'All channels' })}
            options={props.intakes.map((i) => ({ value: i, text: t(INTAKE_LABELS[i]) }))}
            value={filter.intake ?? ''}
          />
        ) : (
          ''
        )}
        {props.agency.overseen ? '' : <Checkboxes id="mine" label={t({ th: 'ผู้รับผิดชอบ', en: 'Officer' })} options={[{ value: 'yes', text: t({ th: 'เฉพาะเรื่องที่มอบหมายให้ฉัน', en: 'Only complaints assigned to me' }) }]} values={filter.mine ? ['yes'] : []} />}
        <Button text={t({ th: 'แสดง', en: 'Show' })} kind="secondary" />
      </form>
      <Table
        caption={t({ th: `${t(VIEW_LABELS[filter.view])}: ${props.rows.length} เรื่อง`, en: `${t(VIEW_LABELS[filter.view])}: ${props.rows.length}` })}
        empty={filter.mine ? t({ th: 'ไม่มีเรื่องที่มอบหมายให้ท่านในมุมมองนี้', en: 'No complaint assigned to you in this view.' }) : t(EMPTY[filter.view])}
        rows={props.rows}
        columns={[
          {
            header: t({ th: 'เลขที่', en: 'Reference' }),
            cell: (r) => (
              <a href={`/staff/complaints/${r.id}`} safe>
                {r.reference}
              </a>
            ),
          },
          { header: t({ th: 'วันที่รับ', en: 'Received' }), cell: (r) => <span class="nowrap" safe>{formatDay(r.received_on, ctx.locale)}</span> },
          {
            header: t({ th: 'เรื่อง', en: 'Kind' }),
            cell: (r) => (
              <>
                <span safe>{kindText(ctx, r.intake, r.kind)}</span>
                {r.intake !== 'public' ? (
                  <>
                    <br />
                    <span class="hint" safe>
                      {intakeText(ctx, r.intake)}
                    </span>
                  </>
                ) : (
                  ''
                )}
              </>
            ),
          },
          { header: t({ th: 'ผู้ถูกร้องเรียน', en: 'About' }), cell: (r) => <span safe>{r.subject_text}</span> },
          { header: t({ th: 'สถานะ', en: 'Status' }), cell: (r) => <StatusTag ctx={ctx} status={r.status} /> },
          { header: t({ th: 'ผู้รับผิดชอบ', en: 'Officer' }), cell: (r) => <span safe>{r.assigned_name ?? t({ th: 'ยังไม่มอบหมาย', en: 'Not assigned' })}</span> },
          { header: t({ th: 'กำหนดเสร็จขั้นตอนนี้', en: 'Step due' }), cell: (r) => <DueDate ctx={ctx} deadline={r.deadline} /> },
        ]}
      />
    </Layout>
  )
}

/** For a person who handles no complaints and oversees no agency: say so plainly. */
export function StaffNoAgencyPage({ ctx }: { ctx: PageContext }) {
  const t = ctx.t
  const title = t({ th: 'เรื่องร้องเรียน', en: 'Complaints' })
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({
          th: 'ท่านไม่ได้เป็นเจ้าหน้าที่รับเรื่องร้องเรียนหรือหัวหน้าหน่วยงานใด จึงไม่มีเรื่องร้องเรียนที่จะแสดง หากต้องการแจ้งเรื่องภายในหน่วยงาน ใช้เมนู "แจ้งเรื่องภายใน"',
          en: 'You are not a complaint officer or the head of any agency, so there are no complaints to show. To report something inside your agency, use “Report internally”.',
        })}
      </p>
    </Layout>
  )
}
