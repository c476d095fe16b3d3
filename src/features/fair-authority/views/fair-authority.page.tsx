import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Table } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import type { FieldErrors } from '../../../errors.ts'
import { KINDS, OUTCOMES, OUTCOMES_OF, type Kind } from '../fair-authority.domain.ts'
import type { Register } from '../fair-authority.use-cases.ts'

export type FormState = { values: Record<string, string>; errors: FieldErrors; form: 'criteria' | 'decision' }
type Row = Register['decisions'][number]

const kindName = (ctx: PageContext, k: string) => (Object.hasOwn(KINDS, k) ? KINDS[k as Kind][ctx.locale] : k)
const outcomeName = (ctx: PageContext, o: string) => (Object.hasOwn(OUTCOMES, o) ? OUTCOMES[o as keyof typeof OUTCOMES][ctx.locale] : o)

/** /staff/fair-authority: the criteria, the year's decisions and their summary, and the way to question them. */
export function FairAuthorityPage({ ctx, view, state }: { ctx: PageContext; view: Register; state?: FormState | undefined }) {
  const t = ctx.t
  const title = t({ th: 'การใช้อำนาจอย่างเป็นธรรม', en: 'Fair use of authority' })
  const q = (year: number) => `/staff/fair-authority?org=${encodeURIComponent(view.agency.slug)}&year=${year}`
  const form = (name: FormState['form']) => (state?.form === name ? state : undefined)
  const kinds = Object.keys(KINDS) as Kind[]
  return (
    <Layout ctx={ctx} title={title} wide>
      <ErrorSummary ctx={ctx} errors={state?.errors} />
      <p class="caption-l" safe>
        {ctx.locale === 'th' ? view.agency.name_th : view.agency.name_en || view.agency.name_th}
      </p>
      <h1 class="heading-xl" safe>
        {`${title} ${t({ th: 'ปีงบประมาณ', en: 'fiscal year' })} ${view.fiscalYear}`}
      </h1>
      <p class="body" safe>
        {t({
          th: 'หลักเกณฑ์การประเมินผลการปฏิบัติงาน การมอบหมายงาน และการคัดเลือกบุคลากรเข้ารับการอบรม ศึกษาดูงาน หรือรับทุน ที่ประกาศให้บุคลากรทราบ และการตัดสินใจแต่ละครั้งตามหลักเกณฑ์นั้น คะแนนประเมินผลการปฏิบัติงานของแต่ละคนเห็นได้เฉพาะเจ้าของและผู้บังคับบัญชา',
          en: 'The published criteria for performance evaluation, assignment of work and selection for training, study visits or scholarships, and each decision made under them. Evaluation scores are seen only by the person evaluated and those who decide.',
        })}
      </p>
      <p class="body">
        <a href={q(view.fiscalYear - 1)} safe>
          {t({ th: 'ปีก่อนหน้า', en: 'Previous year' })}
        </a>
        {' · '}
        <a href={q(view.fiscalYear + 1)} safe>
          {t({ th: 'ปีถัดไป', en: 'Next year' })}
        </a>
      </p>
      <div class="inset-text">
        <p class="body" safe>
          {t({ th: 'หากเห็นว่าการประเมินหรือการคัดเลือกไม่เป็นธรรม สอบถามหรือทักท้วงได้ทางช่องทางแจ้งเรื่องภายใน ซึ่งปกปิดชื่อผู้แจ้งได้', en: 'If an evaluation or a selection seems unfair, ask or object through the internal reporting channel, which can keep your name private.' })}
        </p>
        <p class="body">
          <a href="/staff/report" safe>
            {t({ th: 'สอบถามหรือทักท้วงผ่านช่องทางแจ้งเรื่องภายใน', en: 'Ask or object through the internal channel' })}
          </a>
        </p>
      </div>

      <h2 class="heading-l" safe>
        {t({ th: 'สรุปประจำปี', en: 'The year’s summary' })}
      </h2>
      <Table<Register['summary'][number]>
        caption={t({ th: 'จำนวนการตัดสินใจแยกตามเรื่องและผล', en: 'Decisions by kind and outcome' })}
        rows={view.summary}
        columns={[
          { header: t({ th: 'เรื่อง', en: 'Kind' }), cell: (s) => <span safe>{kindName(ctx, s.kind)}</span> },
          { header: t({ th: 'จำนวน', en: 'Decisions' }), cell: (s) => <span safe>{String(s.decisions)}</span> },
          { header: t({ th: 'ผล', en: 'Outcomes' }), cell: (s) => <span safe>{s.byOutcome.map((o) => `${outcomeName(ctx, o.outcome)} ${o.count}`).join(' · ')}</span> },
          { header: t({ th: 'คะแนนเฉลี่ย (% ของคะแนนเต็ม)', en: 'Average score (% of maximum)' }), cell: (s) => <span safe>{s.averagePercent === null ? '–' : `${s.averagePercent}%`}</span> },
        ]}
      />

      <h2 class="heading-l" safe>
        {t({ th: 'หลักเกณฑ์ที่ใช้อยู่', en: 'Criteria in force' })}
      </h2>
      {kinds.map((k) => {
        const c = view.current[k]
        const earlier = view.criteria.filter((x) => x.kind === k).length - 1
        return (
          <section>
            <h3 class="heading-m" safe>
              {kindName(ctx, k)}
            </h3>
            {c ? (
              <>
                <p class="body" safe>
                  {`${c.titleTh} — ${t({ th: 'ฉบับที่ {v} ประกาศโดย {by} เมื่อ {at}', en: 'version {v}, published by {by} on {at}' }, { v: c.version, by: c.publishedByLabel, at: formatInstant(c.publishedAt, ctx.locale) })}${earlier > 0 ? t({ th: ' (มีฉบับก่อนหน้า {n} ฉบับ)', en: ' ({n} earlier version(s))' }, { n: earlier }) : ''}`}
                </p>
                <ol class="list list--number">
                  {c.items.map((i) => (
                    <li safe>{`${i.th} (${t({ th: 'คะแนนเต็ม', en: 'max' })} ${i.max})`}</li>
                  ))}
                </ol>
              </>
            ) : (
              <p class="body" safe>
                {t({ th: 'ยังไม่ได้ประกาศหลักเกณฑ์', en: 'No criteria published yet.' })}
              </p>
            )}
          </section>
        )
      })}

      <h2 class="heading-l" safe>
        {t({ th: 'การตัดสินใจในปีนี้', en: 'This year’s decisions' })}
      </h2>
      <Table<Row>
        caption={t({ th: 'การตัดสินใจ {n} รายการ', en: '{n} decision(s)' }, { n: view.decisions.length })}
        empty={t({ th: 'ยังไม่มีการตัดสินใจในปีนี้', en: 'None this year.' })}
        rows={view.decisions}
        columns={[
          { header: t({ th: 'เรื่อง / รอบ', en: 'Kind / round' }), cell: (d) => <span safe>{`${kindName(ctx, d.kind)}: ${d.roundTh}`}</span> },
          { header: t({ th: 'บุคลากร', en: 'Person' }), cell: (d) => <span safe>{d.inFull ? d.subjectName : t({ th: '(เฉพาะเจ้าของ)', en: '(private)' })}</span> },
          { header: t({ th: 'หลักเกณฑ์', en: 'Criteria' }), cell: (d) => <span safe>{t({ th: 'ฉบับที่ {v}', en: 'version {v}' }, { v: d.criteriaVersion })}</span> },
          {
            header: t({ th: 'คะแนน', en: 'Scores' }),
            cell: (d) => (d.inFull ? <span safe>{`${d.scores.map((s, i) => `${s}/${d.criteriaItems[i]?.max ?? '?'}`).join(', ')} = ${d.total}`}</span> : <span>–</span>),
          },
          { header: t({ th: 'ผล', en: 'Outcome' }), cell: (d) => (d.inFull ? <span safe>{outcomeName(ctx, d.outcome)}</span> : <span>–</span>) },
          { header: t({ th: 'เหตุผล', en: 'Reason' }), cell: (d) => (d.inFull ? <span safe>{d.reason}</span> : <span>–</span>) },
          { header: t({ th: 'ผู้ตัดสินใจ / วันที่', en: 'Decided by / on' }), cell: (d) => <span safe>{`${d.decidedByLabel}, ${formatDay(d.decidedOn, ctx.locale)}`}</span> },
        ]}
      />

      {view.mayDecide ? (
        <section>
          <h2 class="heading-l" safe>
            {t({ th: 'บันทึกการตัดสินใจ', en: 'Record a decision' })}
          </h2>
          <form method="post" action={`/staff/fair-authority/decisions?org=${encodeURIComponent(view.agency.slug)}`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <Select id="kind" label={t({ th: 'เรื่อง', en: 'Kind' })} options={kinds.filter((k) => view.current[k]).map((k) => ({ value: k, text: kindName(ctx, k) }))} value={form('decision')?.values.kind} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, form('decision')?.errors, 'kind')} />
            <TextInput id="round_th" label={t({ th: 'รอบ / หลักสูตร / งานที่มอบหมาย', en: 'Round, course or assignment' })} value={form('decision')?.values.round_th} errorMessage={fieldError(ctx, form('decision')?.errors, 'round_th')} />
            <Select id="subject_user_id" label={t({ th: 'บุคลากร', en: 'Person' })} options={view.members.map((m) => ({ value: m.id, text: m.position ? `${m.name} (${m.position})` : m.name }))} value={form('decision')?.values.subject_user_id} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, form('decision')?.errors, 'subject_user_id')} />
            <TextInput id="scores" label={t({ th: 'คะแนนตามเกณฑ์แต่ละข้อ คั่นด้วยจุลภาค', en: 'Score per criterion, separated by commas' })} hint={t({ th: 'ตามลำดับเกณฑ์ของหลักเกณฑ์ฉบับที่ใช้อยู่', en: 'In the order of the criteria in force' })} value={form('decision')?.values.scores} errorMessage={fieldError(ctx, form('decision')?.errors, 'scores')} />
            <Select id="outcome" label={t({ th: 'ผล', en: 'Outcome' })} options={Object.entries(OUTCOMES).map(([value, l]) => ({ value, text: `${l[ctx.locale]} (${kinds.filter((k) => (OUTCOMES_OF[k] as readonly string[]).includes(value)).map((k) => kindName(ctx, k).split(' ')[0]).join(', ')})` }))} value={form('decision')?.values.outcome} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, form('decision')?.errors, 'outcome')} />
            <Textarea id="reason" rows={3} label={t({ th: 'เหตุผล', en: 'Reason' })} value={form('decision')?.values.reason} errorMessage={fieldError(ctx, form('decision')?.errors, 'reason')} />
            <Button text={t({ th: 'บันทึกการตัดสินใจ', en: 'Record the decision' })} />
          </form>
        </section>
      ) : (
        ''
      )}
      {view.mayPublish ? (
        <section>
          <h2 class="heading-l" safe>
            {t({ th: 'ประกาศหลักเกณฑ์ฉบับใหม่', en: 'Publish new criteria' })}
          </h2>
          <form method="post" action={`/staff/fair-authority/criteria?org=${encodeURIComponent(view.agency.slug)}`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <Select id="criteria_kind" name="kind" label={t({ th: 'เรื่อง', en: 'Kind' })} options={kinds.map((k) => ({ value: k, text: kindName(ctx, k) }))} value={form('criteria')?.values.kind} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, form('criteria')?.errors, 'kind')} />
            <TextInput id="title_th" label={t({ th: 'ชื่อหลักเกณฑ์', en: 'Title' })} value={form('criteria')?.values.title_th} errorMessage={fieldError(ctx, form('criteria')?.errors, 'title_th')} />
            <Textarea id="items" rows={5} label={t({ th: 'เกณฑ์ บรรทัดละข้อ: เกณฑ์ | คะแนนเต็ม', en: 'Criteria, one a line: criterion | most points' })} hint={t({ th: 'เช่น ผลสัมฤทธิ์ของงาน | 70', en: 'e.g. Results | 70' })} value={form('criteria')?.values.items} errorMessage={fieldError(ctx, form('criteria')?.errors, 'items')} />
            <Button text={t({ th: 'ประกาศหลักเกณฑ์', en: 'Publish' })} />
          </form>
        </section>
      ) : (
        ''
      )}
    </Layout>
  )
}
