import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { formatFiscalHalfEn, formatFiscalHalfTh } from '../../../platform/thai-calendar/index.ts'
import { kindName } from '../comment-box.domain.ts'
import type { YouSaidWeDid } from '../comment-box.use-cases.ts'

export const COMMENTS_TITLE = { th: 'กล่องแสดงความคิดเห็น', en: 'Comment box' }

/** The comment box's public face: how to comment, counts per half-year, and "you said, we did". */
export function PublicCommentsPage({ ctx, view }: { ctx: PageContext; view: YouSaidWeDid }) {
  const t = ctx.t
  const { org } = view
  const title = t(COMMENTS_TITLE)
  return (
    <Layout ctx={ctx} title={`${title} – ${orgName(org, ctx.locale)}`}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={title} />
      <p class="lead" safe>
        {t({ th: 'ส่งข้อเสนอแนะ คำชม หรือปัญหาที่พบถึงหน่วยงานโดยตรง ความคิดเห็นไม่เผยแพร่ และไม่ต้องระบุตัวตน', en: 'Send the agency a suggestion, praise or a problem directly. Comments are not published, and you need not say who you are.' })}
      </p>
      <ul class="list">
        <li>
          <a href={`/o/${org.slug}/comments/new`} class="button" role="button" safe>
            {t({ th: 'แสดงความคิดเห็น', en: 'Leave a comment' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/comments/follow-up`} safe>
            {t({ th: 'ติดตามความคิดเห็นของท่าน', en: 'Follow your comment' })}
          </a>
        </li>
      </ul>
      <h2 class="heading-l" safe>
        {t({ th: 'ท่านเสนอ เราปรับปรุง', en: 'You said, we did' })}
      </h2>
      {view.changes.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีรายการ', en: 'Nothing yet' })}
        </p>
      ) : (
        <ul class="thread">
          {view.changes.map((c) => (
            <li class="thread__item">
              <p class="thread__meta" safe>
                {`${t(kindName(c.kind))} · ${formatDay(c.triaged_on ?? '', ctx.locale)}`}
              </p>
              <p class="thread__body break-anywhere" safe>
                {c.what_changed}
              </p>
            </li>
          ))}
        </ul>
      )}
      <div class="table-wrap">
        <table class="table">
          <caption class="table__caption" safe>{t({ th: 'จำนวนความคิดเห็นรายครึ่งปีงบประมาณ', en: 'Comments per half fiscal year' })}</caption>
          <thead>
            <tr>
              <th class="table__header" scope="col" safe>{t({ th: 'ช่วงเวลา', en: 'Period' })}</th>
              <th class="table__header table__header--numeric" scope="col" safe>{t({ th: 'ได้รับ', en: 'Received' })}</th>
              <th class="table__header table__header--numeric" scope="col" safe>{t({ th: 'นำไปปรับปรุง', en: 'Acted on' })}</th>
            </tr>
          </thead>
          <tbody>
            {view.halves.map((h) => (
              <tr>
                <th class="table__cell" scope="row" safe>{ctx.locale === 'th' ? formatFiscalHalfTh(h.label) : formatFiscalHalfEn(h.label)}</th>
                <td class="table__cell table__cell--numeric" safe>{String(h.received)}</td>
                <td class="table__cell table__cell--numeric" safe>{String(h.acted)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  )
}
