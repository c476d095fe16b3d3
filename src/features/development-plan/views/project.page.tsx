import type { FieldErrors } from '../../../errors.ts'
import { Radios } from '../../../web/components/choices.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { Button, CsrfField, Table } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import { PARTICIPATION_KINDS, participationName, PROJECT_STATUSES } from '../development-plan.domain.ts'
import type { ParticipationFormValues, ProjectFormValues } from '../development-plan.input.ts'
import type { Participation, ProjectEditor } from '../development-plan.use-cases.ts'
import { staffPlanUrl } from './devplan-text.ts'

export type ProjectPageProps = {
  ctx: PageContext
  editor: ProjectEditor
  values: ProjectFormValues
  errors?: FieldErrors | undefined
  participation: ParticipationFormValues
  participationErrors?: FieldErrors | undefined
}

/** Adding or editing a project of the plan with its years; once saved, how it came from the people. */
export function DevPlanProjectPage(p: ProjectPageProps) {
  const { ctx, editor, values } = p
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, p.errors, f)
  const perr = (f: string) => fieldError(ctx, p.participationErrors, f)
  const project = editor.project
  const title = project ? project.name : t({ th: 'เพิ่มโครงการ', en: 'Add a project' })
  const action = project ? `/staff/development-plan/projects/${project.id}` : `${staffPlanUrl(editor.plan.id)}/projects/new`
  return (
    <Layout ctx={ctx} title={title} wide>
      <a href={staffPlanUrl(editor.plan.id)} class="back-link" safe>
        {editor.plan.title}
      </a>
      <span class="caption-l" safe>
        {orgName(editor.org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <ErrorSummary ctx={ctx} errors={{ ...p.errors, ...p.participationErrors }} />
      <form method="post" action={action} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Select id="strategy_id" label={t({ th: 'ยุทธศาสตร์', en: 'Strategy' })} options={editor.strategies.map((s) => ({ value: s.id, text: `${s.position}. ${s.name}` }))} value={values.strategy_id} emptyText={t({ th: 'เลือกยุทธศาสตร์', en: 'Choose' })} errorMessage={err('strategy_id')} />
        <TextInput id="programme" label={t({ th: 'แผนงาน ไม่บังคับ', en: 'Programme, optional' })} hint={t({ th: 'เช่น แผนงานเคหะและชุมชน', en: 'e.g. แผนงานเคหะและชุมชน' })} value={values.programme} errorMessage={err('programme')} />
        <TextInput id="name" label={t({ th: 'ชื่อโครงการ', en: 'Project' })} value={values.name} errorMessage={err('name')} />
        <Textarea id="objective" rows={2} label={t({ th: 'วัตถุประสงค์ ไม่บังคับ', en: 'Objective, optional' })} value={values.objective} errorMessage={err('objective')} />
        <TextInput id="indicator" label={t({ th: 'ตัวชี้วัด (KPI)', en: 'Indicator (KPI)' })} value={values.indicator} errorMessage={err('indicator')} />
        <TextInput id="target" label={t({ th: 'เป้าหมาย (ผลผลิตของโครงการ) ไม่บังคับ', en: 'Target (output), optional' })} value={values.target} errorMessage={err('target')} />
        <TextInput id="unit" label={t({ th: 'หน่วยงานรับผิดชอบ ไม่บังคับ', en: 'Responsible unit, optional' })} value={values.unit} errorMessage={err('unit')} />
        <h2 class="heading-m" safe>
          {t({ th: 'งบประมาณและผลรายปี', en: 'Budget and results by year' })}
        </h2>
        <p class="body" safe>
          {t({ th: 'เว้นว่างปีที่ไม่มีโครงการนี้ จำนวนเงินเป็นบาท', en: 'Leave blank the years without this project. Amounts in baht.' })}
        </p>
        {editor.years.map((y) => {
          const row = values.years[String(y)] ?? { budget: '', status: 'planned', spent: '', result: '' }
          return (
            <fieldset class="fieldset">
              <legend class="fieldset__legend fieldset__legend--s" safe>
                {t({ th: 'ปี พ.ศ. {y}', en: 'Year {y} BE' }, { y })}
              </legend>
              <TextInput id={`budget_${y}`} width="10" inputmode="numeric" label={t({ th: 'งบประมาณ (บาท)', en: 'Budget (baht)' })} value={row.budget} errorMessage={err(`budget_${y}`)} />
              <Select id={`status_${y}`} label={t({ th: 'สถานะ', en: 'Status' })} options={PROJECT_STATUSES.map((s) => ({ value: s.key, text: t(s.name) }))} value={row.status} errorMessage={err(`status_${y}`)} />
              <TextInput id={`spent_${y}`} width="10" inputmode="numeric" label={t({ th: 'ใช้จ่ายจริง (บาท) ไม่บังคับ', en: 'Spent (baht), optional' })} value={row.spent} errorMessage={err(`spent_${y}`)} />
              <TextInput id={`result_${y}`} label={t({ th: 'ผลการดำเนินงาน ไม่บังคับ', en: 'Result, optional' })} value={row.result} errorMessage={err(`result_${y}`)} />
            </fieldset>
          )
        })}
        <Button text={t({ th: 'บันทึกโครงการ', en: 'Save the project' })} />
      </form>
      {project ? (
        <>
          <h2 class="heading-l" safe>
            {t({ th: 'ที่มาของโครงการจากการมีส่วนร่วม', en: 'How the project came from the people' })}
          </h2>
          <Table<Participation>
            caption={t({ th: 'การมีส่วนร่วมที่บันทึกไว้', en: 'Participation recorded' })}
            rows={editor.participation}
            empty={t({ th: 'ยังไม่มีบันทึก', en: 'Nothing recorded yet' })}
            columns={[
              { header: t({ th: 'รูปแบบ', en: 'Kind' }), cell: (x) => <span safe>{t(participationName(x.kind))}</span> },
              { header: t({ th: 'วันที่', en: 'Date' }), cell: (x) => <span safe>{formatDay(x.heldOn, ctx.locale)}</span> },
              { header: t({ th: 'ผู้เข้าร่วม (คน)', en: 'Attendance' }), numeric: true, cell: (x) => <span safe>{x.attendance.toLocaleString('en-US')}</span> },
              { header: t({ th: 'สรุป', en: 'Summary' }), cell: (x) => <span safe>{x.summary || '–'}</span> },
              {
                header: t({ th: 'รายงานการประชุม', en: 'Minutes' }),
                cell: (x) =>
                  x.minutesFileId ? (
                    <a href={`/staff/development-plan/minutes/${x.id}`} safe>
                      {t({ th: 'เปิดไฟล์', en: 'Open' })}
                    </a>
                  ) : (
                    <span>–</span>
                  ),
              },
            ]}
          />
          <form method="post" action={`/staff/development-plan/projects/${project.id}/participation`} enctype="multipart/form-data" novalidate>
            <CsrfField token={ctx.csrfToken} />
            <h3 class="heading-m" safe>
              {t({ th: 'บันทึกการมีส่วนร่วม', en: 'Record participation' })}
            </h3>
            <Radios id="kind" label={t({ th: 'รูปแบบ', en: 'Kind' })} options={PARTICIPATION_KINDS.map((k) => ({ value: k.key, text: t(k.name) }))} value={p.participation.kind} errorMessage={perr('kind')} />
            <DateInput id="held_on" locale={ctx.locale} label={t({ th: 'วันที่จัด', en: 'Held on' })} hint={t({ th: 'ปีเป็นพุทธศักราช เช่น 12 1 2565', en: 'Year in the Buddhist Era, e.g. 12 1 2565' })} value={p.participation.held_on} errorMessage={perr('held_on')} />
            <TextInput id="attendance" width="5" inputmode="numeric" label={t({ th: 'จำนวนผู้เข้าร่วม (คน)', en: 'People who took part' })} value={p.participation.attendance} errorMessage={perr('attendance')} />
            <Textarea id="summary" rows={3} label={t({ th: 'สรุปข้อเสนอหรือมติ ไม่บังคับ', en: 'What was proposed or decided, optional' })} value={p.participation.summary} errorMessage={perr('summary')} />
            <FileInput id="minutes" label={t({ th: 'รายงานการประชุม ไม่บังคับ', en: 'Minutes, optional' })} hint={t({ th: 'PDF หรือ Word ไม่เกิน 10 MB (ถ้าแบบฟอร์มมีข้อผิดพลาด ต้องเลือกไฟล์อีกครั้ง)', en: 'PDF or Word, 10 MB at most (choose it again if the form comes back with a problem)' })} accept=".pdf,.doc,.docx,application/pdf" errorMessage={perr('minutes')} />
            <Button text={t({ th: 'บันทึกการมีส่วนร่วม', en: 'Record it' })} kind="secondary" />
          </form>
        </>
      ) : (
        ''
      )}
    </Layout>
  )
}
