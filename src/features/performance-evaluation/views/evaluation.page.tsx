import type { FieldErrors } from '../../../errors.ts'
import { Checkboxes, Radios } from '../../../web/components/choices.tsx'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, TextInput } from '../../../web/components/form-fields.tsx'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import { COMMITTEE_ROLES, committeeRoleName, DIMENSIONS, dimensionName, evidenceSuggestions } from '../performance-evaluation.domain.ts'
import type { IndicatorFormValues, MemberFormValues } from '../performance-evaluation.input.ts'
import type { EvaluationEditor, Indicator, Member } from '../performance-evaluation.use-cases.ts'
import { EvaluationResultTables } from './evaluation-result.tsx'
import { evaluationUrl, sheetUrl } from './workspace.page.tsx'

export type EvaluationForms = { indicator: IndicatorFormValues; member: MemberFormValues; errors?: FieldErrors | undefined }

/** /staff/performance-evaluation/:id: indicators with evidence, the committee, completion and publication. */
export function EvaluationPage({ ctx, editor, forms }: { ctx: PageContext; editor: EvaluationEditor; forms: EvaluationForms }) {
  const t = ctx.t
  const { org, evaluation } = editor
  const err = (f: string) => fieldError(ctx, forms.errors, f)
  const heading = t({ th: 'การประเมินผลการปฏิบัติราชการ 4 มิติ ปี {y}', en: 'Four-dimension evaluation, {y}' }, { y: evaluation.year })
  const base = evaluationUrl(evaluation.id)
  const scoring = evaluation.status === 'scoring'
  const me = ctx.actor?.userId
  const suggestions = evidenceSuggestions(org.slug, evaluation.year)
  return (
    <Layout ctx={ctx} title={heading} wide>
      <a href={`/staff/performance-evaluation?org=${encodeURIComponent(org.slug)}`} class="back-link" safe>
        {t({ th: 'การประเมิน 4 มิติ', en: 'Four-dimension evaluations' })}
      </a>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {heading}
      </h1>
      <ErrorSummary ctx={ctx} errors={forms.errors} />
      {evaluation.result ? (
        <>
          <p class="body">
            <Tag text={t({ th: 'เสร็จสิ้น', en: 'Completed' })} colour="green" />{' '}
            <a href={`${base}/report.docx`} safe>
              {t({ th: 'รายงานผล (Word)', en: 'Report (Word)' })}
            </a>
            {evaluation.published ? (
              <>
                {' '}
                <a href={`/o/${org.slug}/performance-evaluation/${evaluation.year}`} safe>
                  {t({ th: 'หน้าสาธารณะ', en: 'Public page' })}
                </a>
              </>
            ) : (
              ''
            )}
          </p>
          <form method="post" action={`${base}/publication`}>
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="published" value={evaluation.published ? 'no' : 'yes'} />
            <Button text={evaluation.published ? t({ th: 'หยุดเผยแพร่', en: 'Unpublish' }) : t({ th: 'เผยแพร่ผลการประเมิน', en: 'Publish the result' })} kind="secondary" />
          </form>
          <EvaluationResultTables ctx={ctx} result={evaluation.result} members={editor.members} />
        </>
      ) : (
        <>
          <h2 class="heading-l" safe>
            {t({ th: 'ตัวชี้วัดและหลักฐาน', en: 'Indicators and evidence' })}
          </h2>
          <Table<Indicator>
            caption={t({ th: 'ตัวชี้วัด', en: 'Indicators' })}
            rows={editor.indicators}
            empty={t({ th: 'ยังไม่มีตัวชี้วัด', en: 'No indicator yet' })}
            columns={[
              { header: t({ th: 'มิติ', en: 'Dimension' }), cell: (i) => <span safe>{t(dimensionName(i.dimension))}</span> },
              { header: t({ th: 'ตัวชี้วัด', en: 'Indicator' }), cell: (i) => <span safe>{i.name}</span> },
              { header: t({ th: 'น้ำหนัก', en: 'Weight' }), numeric: true, cell: (i) => <span safe>{String(i.weight)}</span> },
              {
                header: t({ th: 'หลักฐานบนระบบ', en: 'Evidence on the platform' }),
                cell: (i) =>
                  i.evidenceUrl ? (
                    <a href={i.evidenceUrl} safe>
                      {i.evidenceUrl}
                    </a>
                  ) : (
                    <span>–</span>
                  ),
              },
            ]}
          />
          {scoring ? (
            <form method="post" action={`${base}/indicators`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <h3 class="heading-m" safe>
                {t({ th: 'เพิ่มตัวชี้วัด', en: 'Add an indicator' })}
              </h3>
              <Radios id="dimension" label={t({ th: 'มิติ', en: 'Dimension' })} options={DIMENSIONS.map((d) => ({ value: d.key, text: t(d.name) }))} value={forms.indicator.dimension} errorMessage={err('dimension')} />
              <TextInput id="indicator_name" label={t({ th: 'ตัวชี้วัด', en: 'Indicator' })} value={forms.indicator.name} errorMessage={err('indicator_name')} />
              <TextInput id="weight" width="4" inputmode="numeric" label={t({ th: 'น้ำหนัก (1–100)', en: 'Weight (1–100)' })} value={forms.indicator.weight} errorMessage={err('weight')} />
              <Select
                id="evidence_url"
                label={t({ th: 'หลักฐานบนระบบ', en: 'Evidence on the platform' })}
                hint={t({ th: 'หน้าที่หน่วยงานเผยแพร่ไว้ในระบบนี้', en: 'A page the agency publishes on this platform' })}
                emptyText={t({ th: 'ไม่มี', en: 'None' })}
                options={suggestions.map((s) => ({ value: s.path, text: `${t(s.label)} (${s.path})` }))}
                value={forms.indicator.evidence_url}
                errorMessage={err('evidence_url')}
              />
              <TextInput id="evidence_note" label={t({ th: 'คำอธิบายหลักฐาน ไม่บังคับ', en: 'About the evidence, optional' })} value={forms.indicator.evidence_note} errorMessage={err('evidence_note')} />
              <Button text={t({ th: 'เพิ่มตัวชี้วัด', en: 'Add the indicator' })} kind="secondary" />
            </form>
          ) : (
            ''
          )}
          <h2 class="heading-l" safe>
            {t({ th: 'คณะกรรมการ', en: 'The committee' })}
          </h2>
          <Table<Member>
            caption={t({ th: 'กรรมการและแบบให้คะแนน', en: 'Members and their sheets' })}
            rows={editor.members}
            empty={t({ th: 'ยังไม่มีกรรมการ', en: 'No member yet' })}
            columns={[
              { header: t({ th: 'ชื่อ', en: 'Name' }), cell: (m) => <span safe>{m.name}</span> },
              { header: t({ th: 'ตำแหน่งในคณะกรรมการ', en: 'Role' }), cell: (m) => <span safe>{t(committeeRoleName(m.committeeRole))}</span> },
              { header: t({ th: 'จากภายนอก', en: 'Outside' }), cell: (m) => <span safe>{m.outside ? t({ th: 'ใช่', en: 'Yes' }) : t({ th: 'ไม่ใช่', en: 'No' })}</span> },
              {
                header: t({ th: 'แบบให้คะแนน', en: 'Sheet' }),
                cell: (m) =>
                  m.userId === me ? (
                    <a href={sheetUrl(evaluation.id, m.userId)} safe>
                      {t({ th: 'แบบของท่าน', en: 'Your sheet' })}
                    </a>
                  ) : (
                    <span safe>{m.submittedAt ? t({ th: 'ให้คะแนนแล้ว', en: 'Scored' }) : t({ th: 'ยังไม่ได้ให้คะแนน', en: 'Not yet' })}</span>
                  ),
              },
            ]}
          />
          <form method="post" action={`${base}/members`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <h3 class="heading-m" safe>
              {t({ th: 'เพิ่มกรรมการ', en: 'Add a member' })}
            </h3>
            <TextInput id="email" type="email" autocomplete="off" label={t({ th: 'อีเมลของผู้ใช้ในระบบ', en: 'The user’s e-mail' })} value={forms.member.email} errorMessage={err('email')} />
            <Radios id="committee_role" label={t({ th: 'ตำแหน่งในคณะกรรมการ', en: 'Role' })} options={COMMITTEE_ROLES.map((r) => ({ value: r.key, text: t(r.name) }))} value={forms.member.committee_role} errorMessage={err('committee_role')} />
            <Checkboxes id="outside" label={t({ th: 'กรรมการจากภายนอก', en: 'Outside member' })} options={[{ value: 'yes', text: t({ th: 'เป็นบุคคลภายนอกหน่วยงาน', en: 'From outside the agency' }) }]} values={forms.member.outside ? ['yes'] : []} />
            <Button text={t({ th: 'เพิ่มกรรมการ', en: 'Add the member' })} kind="secondary" />
          </form>
          <h2 class="heading-l" safe>
            {t({ th: 'สรุปผลของคณะกรรมการ', en: 'The committee’s result' })}
          </h2>
          {editor.problems.length ? (
            <ul class="list list--bullet">
              {editor.problems.map((p) => (
                <li safe>{t(p)}</li>
              ))}
            </ul>
          ) : (
            <p class="body" safe>
              {t({ th: 'กรรมการทุกคนให้คะแนนครบแล้ว คำนวณผลได้', en: 'Every member has scored: the result can be computed.' })}
            </p>
          )}
          {err('complete') ? (
            <p class="error-message" id="complete" safe>
              {err('complete') ?? ''}
            </p>
          ) : (
            ''
          )}
          <form method="post" action={`${base}/complete`}>
            <CsrfField token={ctx.csrfToken} />
            <Button text={t({ th: 'คำนวณผลและปิดการประเมิน', en: 'Compute the result and close' })} />
          </form>
        </>
      )}
    </Layout>
  )
}
