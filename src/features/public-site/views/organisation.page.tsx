import { aboutAgency } from '../../../web/meta-description.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { SummaryList } from '../../../web/components/display.tsx'
import { orgKindLabel, orgName } from '../../../web/org-names.ts'
import type { PublicOrganisation } from '../public-site.use-cases.ts'

export function OrganisationPage({ ctx, org, parent, children }: { ctx: PageContext } & PublicOrganisation) {
  const t = ctx.t
  const name = orgName(org, ctx.locale)
  const dash = <span class="hint">–</span>
  return (
    <Layout
      ctx={ctx}
      title={name}
      description={aboutAgency(org, {
        th: '{org}: ข้อมูลที่เปิดเผยต่อสาธารณะ ผลการประเมิน ITA งบประมาณ การจัดซื้อจัดจ้าง ผู้บริหาร ช่องทางร้องเรียนและการติดต่อหน่วยงาน',
        en: '{org}: what the agency publishes, its ITA results, budget, procurement, executives, how to complain and how to contact it.',
      })}
    >
      <div class="org-header">
        {org.has_logo ? <img class="org-header__logo" src={`/o/${org.slug}/logo`} alt={t({ th: 'ตราสัญลักษณ์', en: 'Logo' })} width="96" height="96" /> : ''}
        <div>
          <span class="caption-l" safe>
            {orgKindLabel(org.kind, ctx.locale)}
          </span>
          <h1 class="heading-xl" safe>
            {name}
          </h1>
          {ctx.locale === 'th' && org.name_en ? (
            <p class="hint" lang="en" safe>
              {org.name_en}
            </p>
          ) : (
            ''
          )}
        </div>
      </div>
      <ul class="list">
        <li>
          <a href={`/o/${org.slug}/portal`} safe>
            {t({ th: 'ข้อมูลที่หน่วยงานเปิดเผย', en: 'What the agency publishes' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/complaints`} safe>
            {t({ th: 'ร้องเรียน / แจ้งเบาะแส', en: 'Complaints and whistleblowing' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/ita`} safe>
            {t({ th: 'ผลการประเมิน ITA และแผนยกระดับ', en: 'ITA results and improvement plan' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/complaints/statistics`} safe>
            {t({ th: 'สถิติเรื่องร้องเรียน', en: 'Complaint statistics' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/executives`} safe>
            {t({ th: 'ผู้บริหารและช่องทางติดต่อ', en: 'Executives and their contacts' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/budget`} safe>
            {t({ th: 'แผนและผลการใช้จ่ายงบประมาณ', en: 'Budget spending plan and results' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/procurement`} safe>
            {t({ th: 'การจัดซื้อจัดจ้าง (แผนและสรุปผลรายเดือน)', en: 'Procurement (plan and monthly summaries)' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/services`} safe>
            {t({ th: 'คู่มือสำหรับประชาชนและการขอรับบริการ', en: 'Services: citizen manuals and requests' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/work-standards`} safe>
            {t({ th: 'คู่มือการปฏิบัติงานของเจ้าหน้าที่', en: 'Officers’ work-standard manuals' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/information`} safe>
            {t({ th: 'ศูนย์ข้อมูลข่าวสารและการขอข้อมูลข่าวสาร', en: 'Official information centre and requests' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/webboard`} safe>
            {t({ th: 'กระดานถาม–ตอบ', en: 'Questions and answers' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/comments`} safe>
            {t({ th: 'กล่องแสดงความคิดเห็น', en: 'Comment box' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/consultations`} safe>
            {t({ th: 'การมีส่วนร่วมและรับฟังความคิดเห็น', en: 'Consultations and public hearings' })}
          </a>
        </li>
        <li>
          <a href={`/o/${org.slug}/donations`} safe>
            {t({ th: 'การรับบริจาคและนโยบายไม่รับของขวัญ (No Gift Policy)', en: 'Donations received and the No Gift policy' })}
          </a>
        </li>
      </ul>
      <h2 class="heading-m" safe>
        {t({ th: 'ติดต่อหน่วยงาน', en: 'Contact' })}
      </h2>
      <SummaryList
        rows={[
          { key: t({ th: 'ที่อยู่', en: 'Address' }), value: org.address ? <span safe>{org.address}</span> : dash },
          { key: t({ th: 'โทรศัพท์', en: 'Telephone' }), value: org.phone ? <span safe>{org.phone}</span> : dash },
          {
            key: t({ th: 'อีเมล', en: 'Email' }),
            value: org.email ? (
              <a href={`mailto:${org.email}`} safe>
                {org.email}
              </a>
            ) : (
              dash
            ),
          },
          {
            key: t({ th: 'เว็บไซต์', en: 'Website' }),
            value: /^https?:\/\//.test(org.website) ? (
              <a href={org.website} rel="noopener" safe>
                {org.website}
              </a>
            ) : (
              dash
            ),
          },
          ...(parent
            ? [
                {
                  key: t({ th: 'อยู่ในการกำกับของ', en: 'Overseen by' }),
                  value: (
                    <a href={`/o/${parent.slug}`} safe>
                      {orgName(parent, ctx.locale)}
                    </a>
                  ),
                },
              ]
            : []),
        ]}
      />
      {children.length ? (
        <>
          <h2 class="heading-m" safe>
            {t({ th: 'หน่วยงานในการกำกับ', en: 'Agencies it oversees' })}
          </h2>
          <ul class="list list--bullet">
            {children.map((c) => (
              <li>
                <a href={`/o/${c.slug}`} safe>
                  {orgName(c, ctx.locale)}
                </a>{' '}
                <span class="hint" safe>
                  ({orgKindLabel(c.kind, ctx.locale)})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
    </Layout>
  )
}
