import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { InfoCentre } from '../info-requests.use-cases.ts'
import { CENTRE_TITLE } from './info-text.ts'

export function InfoCentrePage({ ctx, centre }: { ctx: PageContext; centre: InfoCentre }) {
  const t = ctx.t
  const { org } = centre
  const base = `/o/${org.slug}/information`
  const title = t(CENTRE_TITLE)
  const part = (section: 's7' | 's9', heading: string) => (
    <>
      <h2 class="heading-l" safe>
        {heading}
      </h2>
      {centre.entries
        .filter((e) => e.section === section)
        .map((e) => (
          <section class="case-section">
            <h3 class="heading-s" safe>
              {`${t({ th: 'มาตรา', en: 'Section' })} ${e.item} ${e.name[ctx.locale]}`}
            </h3>
            <ul class="list list--bullet">
              {e.items.map((i) => (
                <li>
                  <a href={`/o/${org.slug}/p/${i.itemKey}`} safe>
                    {ctx.locale === 'en' && i.titleEn ? i.titleEn : i.titleTh}
                  </a>
                </li>
              ))}
              {e.sections.map((s) => (
                <li>
                  <a href={`/o/${org.slug}/portal/${s.key}`} safe>
                    {`${t({ th: 'ทั้งหมดในหมวด', en: 'Everything in' })} ${s.name[ctx.locale]}`}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  )
  return (
    <Layout ctx={ctx} title={`${title} – ${orgName(org, ctx.locale)}`}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={title} />
      <p class="lead" safe>
        {t({
          th: 'ข้อมูลข่าวสารที่หน่วยงานต้องเผยแพร่และจัดให้ประชาชนตรวจดูได้ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 หากไม่พบสิ่งที่ต้องการ ยื่นคำขอได้',
          en: 'What the agency must publish and keep open for inspection under the Official Information Act B.E. 2540. If you cannot find what you need, make a request.',
        })}
      </p>
      <ul class="list">
        <li>
          <a href={`${base}/request`} class="button" role="button" safe>
            {t({ th: 'ยื่นคำขอข้อมูลข่าวสาร', en: 'Request information' })}
          </a>
        </li>
        <li>
          <a href={`${base}/follow-up`} safe>
            {t({ th: 'ติดตามคำขอ', en: 'Follow a request' })}
          </a>
        </li>
        <li>
          <a href={`${base}/statistics`} safe>
            {t({ th: 'สถิติการให้บริการข้อมูลข่าวสาร', en: 'Request statistics' })}
          </a>
        </li>
      </ul>
      {part('s7', t({ th: 'ข้อมูลที่ต้องเผยแพร่ (มาตรา 7)', en: 'Published information (section 7)' }))}
      {part('s9', t({ th: 'ข้อมูลที่จัดให้ตรวจดูได้ (มาตรา 9)', en: 'Information open for inspection (section 9)' }))}
      <h2 class="heading-l" safe>
        {t({ th: 'คำขอที่ตอบแล้วและเผยแพร่', en: 'Answered requests, published' })}
      </h2>
      {centre.answers.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มี', en: 'None yet' })}
        </p>
      ) : (
        <ul class="thread">
          {centre.answers.map((a) => (
            <li class="thread__item">
              <p class="thread__meta" safe>
                {`${a.number} · ${formatDay(a.closed_on ?? '', ctx.locale)}`}
              </p>
              <p class="thread__body break-anywhere" safe>
                {a.what_requested}
              </p>
              <p class="thread__body break-anywhere" safe>
                {a.answer_text ?? ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  )
}
