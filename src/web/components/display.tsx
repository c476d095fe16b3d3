import type { Children } from '@kitajs/html'
import { ThaiText } from './thai-text.tsx'

export type TagColour = 'grey' | 'green' | 'blue' | 'yellow' | 'red' | 'purple'

export function Tag({ text, colour = 'blue' }: { text: string; colour?: TagColour }) {
  return (
    <strong class={`tag tag--${colour}`} safe>
      {text}
    </strong>
  )
}

let bannerCount = 0

export function NotificationBanner(props: { title: string; kind?: 'info' | 'success'; children: Children; id?: string }) {
  // A page may show more than one banner (a flash and a page's own): ids must stay unique.
  const titleId = props.id ?? `notification-banner-title-${++bannerCount % 1000}`
  return (
    <div
      class={props.kind === 'success' ? 'notification-banner notification-banner--success' : 'notification-banner'}
      role={props.kind === 'success' ? 'alert' : 'region'}
      aria-labelledby={titleId}
    >
      <div class="notification-banner__header">
        <h2 class="notification-banner__title" id={titleId} safe>
          {props.title}
        </h2>
      </div>
      <div class="notification-banner__content">{props.children}</div>
    </div>
  )
}

/**
 * One row: `text` is plain text and is escaped here (use it for anything typed by a person:
 * names, addresses, reasons); `value` is markup the caller built with JSX, every dynamic child
 * marked `safe` (a Tag, a link, a date). A row gives one of the two. Plain strings passed as
 * `value` cannot be told from markup (JSX renders to strings), which is why `text` exists.
 */
export type SummaryRow = { key: string; action?: { href: string; text: string } } & ({ text: string | number | null | undefined; value?: never } | { value: Children; text?: never })

// Named safe… for the xss-scan: text is escaped here, and value is the caller's JSX (its children marked safe there).
function safeSummaryValue(r: SummaryRow) {
  if (!('text' in r)) return r.value
  const plain = r.text === null || r.text === undefined || r.text === '' ? '–' : String(r.text)
  return <span class="preserve-lines" safe>{plain}</span>
}

/** Key–value pairs, e.g. an organisation's details, each with an optional change link. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl class="summary-list">
      {rows.map((r) => (
        <div class={r.action ? 'summary-list__row' : 'summary-list__row summary-list__row--no-actions'}>
          <dt class="summary-list__key" safe>
            {r.key}
          </dt>
          <dd class="summary-list__value">{safeSummaryValue(r)}</dd>
          {r.action ? (
            <dd class="summary-list__actions">
              <a href={r.action.href} safe>
                {r.action.text}
              </a>
            </dd>
          ) : (
            ''
          )}
        </div>
      ))}
    </dl>
  )
}

/** `sorted`: the table is in this column's order (aria-sort, and a mark by the header). */
export type Column<Row> = { header: string; cell: (row: Row) => Children; numeric?: boolean; sorted?: 'ascending' | 'descending' }

/**
 * A data table with a caption; cells are rendered by the caller, already escaped. On a phone
 * each row becomes a stacked block, every cell under its column's name (`data-label`), so
 * nothing hides off the side of the screen; `stack={false}` keeps the grid (it then scrolls,
 * with shadows at the edges that say so). Headers break only between whole Thai words.
 */
export function Table<Row>(props: { caption: string; columns: Column<Row>[]; rows: Row[]; empty?: string; stack?: boolean; captionHidden?: boolean }) {
  const stack = props.stack !== false
  return (
    // Focusable and labelled, so a table that scrolls sideways on a phone can be scrolled by keyboard.
    <div class={stack ? 'table-wrap table-wrap--stack' : 'table-wrap'} tabindex="0" role="region" aria-label={props.caption}>
      <table class={stack ? 'table table--stack' : 'table'}>
        <caption class={props.captionHidden ? 'table__caption visually-hidden' : 'table__caption'} safe>
          {props.caption}
        </caption>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th scope="col" class={c.numeric ? 'table__header table__header--numeric' : 'table__header'} aria-sort={c.sorted}>
                <ThaiText text={c.header} />
                {c.sorted ? <span aria-hidden="true">{c.sorted === 'ascending' ? ' ▲' : ' ▼'}</span> : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.length === 0 && props.empty ? (
            <tr>
              <td class="table__cell" colspan={String(props.columns.length)} safe>
                {props.empty}
              </td>
            </tr>
          ) : (
            props.rows.map((r) => (
              <tr>
                {props.columns.map((c) => (
                  <td class={c.numeric ? 'table__cell table__cell--numeric' : 'table__cell'} data-label={c.header}>
                    {c.cell(r)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  )
}

export function Button(props: { text: string; kind?: 'primary' | 'secondary' | 'warning'; name?: string; value?: string }) {
  return (
    <button type="submit" class={`button${props.kind && props.kind !== 'primary' ? ` button--${props.kind}` : ''}`} name={props.name} value={props.value} safe>
      {props.text}
    </button>
  )
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />
}
