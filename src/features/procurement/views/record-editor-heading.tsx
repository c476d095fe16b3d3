import type { PageContext } from '../../../web/page-context.ts'
import { orgName } from '../../../web/org-names.ts'
import type { OrganisationDetails } from '../../organisations/index.ts'
import { PublicationButton } from './staff-overview.page.tsx'

/**
 * The top of the plan and month editors: back to the year, the agency and the heading, and whether
 * the record is published, with the button that changes it for those who may edit.
 */
export function RecordEditorHeading(props: {
  ctx: PageContext
  org: OrganisationDetails
  fiscalYear: number
  heading: string
  record: { published: boolean } | null
  mayEdit: boolean
  publicationAction: string
  /** Said when nothing has been saved yet; nothing is said when absent. */
  noRecordText?: string
}) {
  const { ctx, org, record } = props
  const t = ctx.t
  return (
    <>
      <a href={`/staff/procurement?org=${org.slug}&year=${props.fiscalYear}`} class="back-link" safe>
        {t({ th: 'การจัดซื้อจัดจ้างของปีนี้', en: 'This year’s procurement' })}
      </a>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {props.heading}
      </h1>
      {record ? (
        <div class="button-group">
          <p class="body" safe>
            {record.published ? t({ th: 'สถานะ: เผยแพร่แล้ว การบันทึกจะแสดงต่อสาธารณะทันที', en: 'Status: published — saving shows the change publicly at once' }) : t({ th: 'สถานะ: ร่าง (ยังไม่เผยแพร่)', en: 'Status: draft (not published)' })}
          </p>
          {props.mayEdit ? <PublicationButton ctx={ctx} action={props.publicationAction} published={record.published} /> : ''}
        </div>
      ) : props.noRecordText ? (
        <p class="body" safe>
          {props.noRecordText}
        </p>
      ) : (
        ''
      )}
    </>
  )
}
