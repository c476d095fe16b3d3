import type { FieldErrors } from '../../../errors.ts'
import type { Answers } from '../../../platform/forms/form-answers.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { FormEngineFields } from '../../../web/components/form-engine-fields.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { AnswerPage } from '../surveys.use-cases.ts'
import { surveyTitle } from './survey-text.ts'

type Props = { ctx: PageContext; page: AnswerPage; answers: Answers; token: string; code: string; errors?: FieldErrors | undefined; answered?: boolean }

/** /s/:id — the answer form: plain HTML radios and one submit button, so it works on any phone without JavaScript. */
export function AnswerSurveyPage({ ctx, page, answers, token, code, errors, answered }: Props) {
  const t = ctx.t
  const { survey, org } = page
  const title = surveyTitle(ctx, survey)
  const privacy =
    survey.mode === 'open' || survey.mode === 'anonymous'
      ? t({ th: 'ไม่ต้องใส่ชื่อ ระบบไม่เก็บชื่อ ที่อยู่ IP หรือข้อมูลเครื่องของท่าน และแสดงผลเฉพาะภาพรวมตั้งแต่ 5 คนขึ้นไป', en: 'No name needed. Your name, IP address and device details are not kept; results are shown only for 5 or more people together.' })
      : t({ th: 'รหัสของท่านใช้ได้ครั้งเดียว หน่วยงานรู้เพียงว่ารหัสถูกใช้แล้ว ไม่รู้ว่าใครตอบอย่างไร', en: 'Your code works once. The agency learns only that it was used, never who answered what.' })
  return (
    <Layout ctx={ctx} title={title} description={{ th: `แบบสำรวจของ${org.name_th}`, en: `A survey by ${org.name_en || org.name_th}` }}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {!page.accepting || answered ? (
        <div class="inset-text">
          <p class="body" safe>
            {answered ? t({ th: 'ท่านตอบแบบสำรวจนี้แล้ว ขอบคุณที่ให้ความร่วมมือ', en: 'You have already answered this survey. Thank you.' }) : t(page.reason!)}
          </p>
        </div>
      ) : (
        <form method="post" action={`/s/${survey.id}`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <p class="body" safe>
            {privacy}
          </p>
          <p class="hint" safe>
            {t({ th: 'รับคำตอบถึงวันที่ {d}', en: 'Open until {d}' }, { d: formatDay(survey.closesOn, ctx.locale, 'long') })}
          </p>
          {survey.mode === 'confidential' ? (
            token ? (
              <input type="hidden" name="t" value={token} />
            ) : (
              <TextInput id="code" label={t({ th: 'รหัสตอบแบบสำรวจ', en: 'Your survey code' })} hint={t({ th: 'รหัสบนกระดาษที่ได้รับ เช่น ABCDE-23456', en: 'The code on your slip, e.g. ABCDE-23456' })} errorMessage={fieldError(ctx, errors, 'code')} value={code} autocomplete="off" spellcheck={false} width="10" />
            )
          ) : (
            ''
          )}
          <FormEngineFields ctx={ctx} def={page.definition} answers={answers} errors={errors} />
          <Button text={t({ th: 'ส่งคำตอบ', en: 'Send my answers' })} />
        </form>
      )}
    </Layout>
  )
}

export function ThanksPage({ ctx, page }: { ctx: PageContext; page: AnswerPage }) {
  const t = ctx.t
  const title = t({ th: 'ได้รับคำตอบแล้ว ขอบคุณค่ะ', en: 'Thank you: your answers are in' })
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({ th: '{org} จะนำความเห็นของท่านไปปรับปรุงการทำงาน และเผยแพร่ผลในภาพรวม', en: '{org} will use your views to improve its work and will publish the overall results.' }, { org: orgName(page.org, ctx.locale) })}
      </p>
      <p class="body">
        <a href={`/o/${page.org.slug}/surveys`} safe>
          {t({ th: 'ผลแบบสำรวจที่เผยแพร่แล้ว', en: 'Published survey results' })}
        </a>
      </p>
    </Layout>
  )
}
