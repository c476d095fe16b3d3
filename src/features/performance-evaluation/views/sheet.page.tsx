import type { FieldErrors } from '../../../errors.ts'
import { Radios } from '../../../web/components/choices.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Textarea } from '../../../web/components/form-fields.tsx'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import { DIMENSIONS, SCORE_LABELS, SCORES } from '../performance-evaluation.domain.ts'
import type { SheetValues } from '../performance-evaluation.input.ts'
import type { MemberSheet } from '../performance-evaluation.use-cases.ts'
import { sheetUrl } from './workspace.page.tsx'

/** A member's own sheet: a score of 1–5 and a comment for each indicator, with the evidence to look at. */
export function SheetPage({ ctx, sheet, values, errors }: { ctx: PageContext; sheet: MemberSheet; values: SheetValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t
  const heading = t({ th: 'แบบให้คะแนนของท่าน ปี {y}', en: 'Your scoring sheet, {y}' }, { y: sheet.evaluation.year })
  const open = sheet.evaluation.status === 'scoring'
  return (
    <Layout ctx={ctx} title={heading}>
      <a href="/staff/performance-evaluation" class="back-link" safe>
        {t({ th: 'การประเมิน 4 มิติ', en: 'Four-dimension evaluations' })}
      </a>
      <span class="caption-l" safe>
        {orgName(sheet.org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {heading}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p class="body" safe>
        {open
          ? t({ th: 'คะแนนของท่านเห็นได้เฉพาะท่าน ผลของคณะกรรมการคำนวณจากคะแนนเฉลี่ยของกรรมการทุกคน', en: 'Only you see your scores; the committee’s result is the mean of every member’s.' })
          : t({ th: 'การประเมินเสร็จสิ้นแล้ว แบบนี้แก้ไขไม่ได้', en: 'The evaluation is completed; this sheet can no longer change.' })}
      </p>
      <form method="post" action={sheetUrl(sheet.evaluation.id, sheet.member.userId)} novalidate>
        <CsrfField token={ctx.csrfToken} />
        {DIMENSIONS.map((d) => {
          const list = sheet.indicators.filter((i) => i.dimension === d.key)
          if (!list.length) return ''
          return (
            <section aria-labelledby={`dim-${d.key}`}>
              <h2 class="heading-m" id={`dim-${d.key}`} safe>
                {t(d.name)}
              </h2>
              {list.map((i) => {
                const v = values[i.id] ?? { score: '', comment: '' }
                return (
                  <div class="section">
                    <Radios
                      id={`score_${i.id}`}
                      label={i.name}
                      hint={i.evidenceUrl ? `${t({ th: 'หลักฐาน', en: 'Evidence' })}: ${i.evidenceUrl}${i.evidenceNote ? ` — ${i.evidenceNote}` : ''}` : i.evidenceNote || undefined}
                      inline
                      options={SCORES.map((s) => ({ value: String(s), text: t(SCORE_LABELS[s]!) }))}
                      value={v.score}
                      errorMessage={fieldError(ctx, errors, `score_${i.id}`)}
                    />
                    {i.evidenceUrl ? (
                      <p class="body">
                        <a href={i.evidenceUrl} safe>
                          {t({ th: 'เปิดหลักฐาน: {name}', en: 'Open the evidence: {name}' }, { name: i.name })}
                        </a>
                      </p>
                    ) : (
                      ''
                    )}
                    <Textarea id={`comment_${i.id}`} rows={2} label={t({ th: 'ความเห็น ไม่บังคับ', en: 'Comment, optional' })} value={v.comment} errorMessage={fieldError(ctx, errors, `comment_${i.id}`)} />
                  </div>
                )
              })}
            </section>
          )
        })}
        {open ? <Button text={t({ th: 'บันทึกคะแนน', en: 'Save my scores' })} /> : ''}
      </form>
    </Layout>
  )
}
