import type { PageContext } from '../../../web/page-context.ts'
import type { Survey } from '../surveys.repository.ts'

export const surveyTitle = (ctx: PageContext, s: Pick<Survey, 'titleTh' | 'titleEn'>) => (ctx.locale === 'en' && s.titleEn ? s.titleEn : s.titleTh)

/** Said on every page that shows an estimate: NACC runs the official assessment, this is a rehearsal. */
export const UNOFFICIAL = {
  th: 'ค่าประมาณการโดยไม่เป็นทางการ จากแบบสำรวจที่หน่วยงานจัดทำเอง ไม่ใช่ผลการประเมิน ITA ของสำนักงาน ป.ป.ช.',
  en: "An unofficial estimate from the agency's own surveys, not the NACC's ITA result.",
}
