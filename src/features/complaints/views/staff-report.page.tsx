import type { FieldErrors } from '../../../errors.ts'
import type { Bilingual } from '../../../platform/i18n/locale.ts'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import { ErrorSummary } from '../../../web/components/error-summary.tsx'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { KeptEvidence } from '../complaint-evidence.ts'
import type { ComplaintFormValues } from '../complaint-form.input.ts'
import { INTAKE_LABELS } from '../complaint-workflow.domain.ts'
import type { AgencyChoice } from './staff-common.page.tsx'
import { ComplaintFields } from './staff-complaint-form.page.tsx'

type InternalIntake = 'conflict_of_interest' | 'budget_objection'

const PURPOSE: Record<InternalIntake, Bilingual> = {
  conflict_of_interest: {
    th: 'แจ้งผู้บริหารระดับสูงเป็นการลับ เมื่อพบการกระทำที่อาจเป็นการขัดกันระหว่างประโยชน์ส่วนตนกับประโยชน์ส่วนรวม เช่น การรับของขวัญ ผลประโยชน์ในการจัดซื้อจัดจ้าง หรือการใช้ตำแหน่งเพื่อประโยชน์ส่วนตน',
    en: 'Tell senior management in confidence about a possible conflict between private and public interest: gifts, an interest in a procurement, using a position for private gain.',
  },
  budget_objection: {
    th: 'สอบถามหรือทักท้วงการใช้จ่ายงบประมาณของหน่วยงาน เช่น แผนการใช้จ่าย การจัดซื้อจัดจ้าง ค่าตอบแทนและค่าเดินทาง หรือการใช้จ่ายของโครงการ เรื่องจะส่งถึงหัวหน้าหน่วยงาน',
    en: 'Question or object to how the agency spends its budget: the spending plan, procurement, allowances and travel, a project’s spending. It goes to the head of the agency.',
  },
}

export const ANONYMOUS_MEANS_INTERNAL: Bilingual = {
  th: 'เรื่องที่แจ้งทางช่องทางนี้ไม่บันทึกว่าส่งจากบัญชีผู้ใช้ของท่าน ไม่ว่าจะแจ้งชื่อหรือไม่ หากเลือก "ไม่ประสงค์ออกนาม" ผู้รับเรื่องจะไม่ทราบว่าท่านเป็นใคร เว้นแต่สิ่งที่ท่านเขียนหรือแนบจะบ่งบอกตัวท่านเอง หากแจ้งชื่อ ชื่อและช่องทางติดต่อจะเข้ารหัส และเปิดดูได้เฉพาะหัวหน้าหน่วยงานผู้รับเรื่อง ทุกการเปิดดูถูกบันทึก ท่านติดตามเรื่องได้ด้วยรหัสติดตามเรื่องที่แสดงครั้งเดียวหลังส่ง',
  en: 'A report on this channel does not record that it came from your account, named or not. If you choose “anonymous”, whoever handles it will not know who you are, unless what you write or attach points to you. If you give your name, it and your contacts are encrypted and open only to the head of the agency handling it; every viewing is recorded. You follow up with the receipt shown once after you send.',
}

/** The internal channels of the agencies a person belongs to (002 m6 (12), 003 m2.3). */
export function StaffReportChoosePage({ ctx, agencies }: { ctx: PageContext; agencies: AgencyChoice[] }) {
  const t = ctx.t
  const title = t({ th: 'แจ้งเรื่องภายในหน่วยงาน', en: 'Report inside your agency' })
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {agencies.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ท่านไม่ได้สังกัดหน่วยงานใด จึงใช้ช่องทางภายในไม่ได้', en: 'You belong to no agency, so there is no internal channel for you.' })}
        </p>
      ) : (
        agencies.map((a) => (
          <section>
            {agencies.length > 1 ? (
              <h2 class="heading-l" safe>
                {orgName(a, ctx.locale)}
              </h2>
            ) : (
              ''
            )}
            {(['conflict_of_interest', 'budget_objection'] as const).map((intake) => (
              <div class="channel-choice">
                {agencies.length > 1 ? (
                  <h3 class="heading-m">
                    <a href={`/staff/report/${intake}?org=${a.id}`} safe>
                      {t(INTAKE_LABELS[intake])}
                    </a>
                  </h3>
                ) : (
                  <h2 class="heading-m">
                    <a href={`/staff/report/${intake}?org=${a.id}`} safe>
                      {t(INTAKE_LABELS[intake])}
                    </a>
                  </h2>
                )}
                <p class="body" safe>
                  {t(PURPOSE[intake])}
                </p>
              </div>
            ))}
          </section>
        ))
      )}
      <h2 class="heading-m" safe>
        {t({ th: 'ความลับของผู้แจ้ง', en: 'Your confidentiality' })}
      </h2>
      <p class="body" safe>
        {t(ANONYMOUS_MEANS_INTERNAL)}
      </p>
    </Layout>
  )
}

export function StaffReportPage(props: { ctx: PageContext; intake: InternalIntake; agency: AgencyChoice; values: ComplaintFormValues; errors?: FieldErrors | undefined; kept: readonly KeptEvidence[] }) {
  const { ctx } = props
  const t = ctx.t
  const title = t(INTAKE_LABELS[props.intake])
  return (
    <Layout ctx={ctx} title={props.errors ? `${t({ th: 'ข้อผิดพลาด', en: 'Error' })}: ${title}` : title}>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <span class="caption-l" safe>
        {orgName(props.agency, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t(PURPOSE[props.intake])}
      </p>
      <form method="post" action={`/staff/report/${props.intake}?org=${props.agency.id}`} enctype="multipart/form-data" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="submission" value={props.values.submission} />
        <ComplaintFields ctx={ctx} intake={props.intake} values={props.values} errors={props.errors} kept={props.kept} askChannel={false} who="reporter" anonymousMeans={ANONYMOUS_MEANS_INTERNAL} />
        <Button text={t({ th: 'ส่งเรื่อง', en: 'Send' })} />
      </form>
    </Layout>
  )
}
