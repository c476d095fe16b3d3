import type { PageContext } from '../../../web/page-context.ts'
import { readableSummary, shorten } from '../audit-log.domain.ts'

const COMPACT_CHANGES = 5
const COMPACT_VALUE = 60

/**
 * The short "key: before → after" list shown in a table row: only keys that changed,
 * values cut short; the event's own page shows everything.
 */
export function SummaryChanges({ ctx, summary }: { ctx: PageContext; summary: unknown }) {
  const { changes, note } = readableSummary(summary)
  const changed = changes.filter((c) => c.changed)
  const shown = changed.slice(0, COMPACT_CHANGES)
  const value = (v: string | undefined) => (v === undefined ? '–' : shorten(v, COMPACT_VALUE))
  return (
    <>
      {shown.length ? (
        <ul class="audit-changes">
          {shown.map((c) => (
            <li>
              <code safe>{c.key}</code>: <span class="audit-changes__before" safe>{value(c.before)}</span> →{' '}
              <span class="audit-changes__after" safe>{value(c.after)}</span>
            </li>
          ))}
        </ul>
      ) : (
        ''
      )}
      {changed.length > shown.length ? (
        <p class="hint" safe>
          {ctx.t({ th: 'และอีก {n} รายการ', en: 'and {n} more' }, { n: changed.length - shown.length })}
        </p>
      ) : (
        ''
      )}
      {note ? (
        <p class="hint" safe>
          {shorten(note, COMPACT_VALUE)}
        </p>
      ) : (
        ''
      )}
    </>
  )
}
