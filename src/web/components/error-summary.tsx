import type { FieldErrors } from '../../errors.ts'
import type { PageContext } from '../page-context.ts'

/** Lists every problem at the top of a form, each linked to its field (GOV.UK pattern). */
export function ErrorSummary({ ctx, errors }: { ctx: PageContext; errors: FieldErrors | undefined }) {
  const entries = Object.entries(errors ?? {})
  if (entries.length === 0) return ''
  return (
    <div class="error-summary" role="alert" tabindex="-1" data-module="error-summary">
      <h2 class="error-summary__title" safe>{ctx.t({ th: 'มีข้อผิดพลาด', en: 'There is a problem' })}</h2>
      <ul class="error-summary__list">
        {entries.map(([field, msg]) => (
          <li>
            <a href={`#${field}`} safe>
              {msg[ctx.locale]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The localised message for one field, if it has one. */
export function fieldError(ctx: PageContext, errors: FieldErrors | undefined, field: string): string | undefined {
  const e = errors?.[field]
  return e ? e[ctx.locale] : undefined
}
