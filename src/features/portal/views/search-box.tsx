import type { Children } from '@kitajs/html'
import type { PageContext } from '../../../web/page-context.ts'
import { Button } from '../../../web/components/display.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'

/** A GET form, so a search is a plain link that works without JavaScript and can be shared. */
export function SearchBox({ ctx, action, label, q, children }: { ctx: PageContext; action: string; label: string; q: string; children?: Children }) {
  return (
    <form method="get" action={action} class="search-form" role="search">
      <TextInput id="q" type="search" label={label} value={q} />
      {children ?? ''}
      <Button text={ctx.t({ th: 'ค้นหา', en: 'Search' })} kind="secondary" />
    </form>
  )
}
