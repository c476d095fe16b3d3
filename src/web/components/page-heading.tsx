import type { PageContext } from '../page-context.ts'
import { ThaiText } from './thai-text.tsx'

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
      <h1 class="heading-xl">
        <ThaiText text={heading} />
      </h1>
    </>
  )
}

/** A page's own heading, breaking only between whole Thai words; a caption above it names what it belongs to. */
export function PageHeading({ heading, caption }: { heading: string; caption?: string }) {
  return (
    <>
      {caption ? (
        <span class="caption-l">
          <ThaiText text={caption} />
        </span>
      ) : (
        ''
      )}
      <h1 class="heading-xl">
        <ThaiText text={heading} />
      </h1>
    </>
  )
}
