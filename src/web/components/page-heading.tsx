import type { PageContext } from '../page-context.ts'

/**
 * The top of a page about one agency: a way back to the agency's page, the agency's name as a
 * caption, and the page's own heading.
 */
export function AgencyPageHeading({ ctx, slug, agencyName, heading }: { ctx: PageContext; slug: string; agencyName: string; heading: string }) {
  return (
    <>
      <a href={`/o/${slug}`} class="back-link" safe>
        {ctx.t({ th: 'หน้าหลักของหน่วยงาน', en: 'The agency’s page' })}
      </a>
      <span class="caption-l" safe>
        {agencyName}
      </span>
      <h1 class="heading-xl" safe>
        {heading}
      </h1>
    </>
  )
}
