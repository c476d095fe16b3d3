/** Previous / next links plus page numbers; every link is a plain GET so it works without JS. */
export function Pagination(props: {
  page: number
  pageCount: number
  hrefFor: (page: number) => string
  labels: { previous: string; next: string; nav: string }
}) {
  if (props.pageCount <= 1) return ''
  const pages = pageWindow(props.page, props.pageCount)
  return (
    <nav class="pagination" aria-label={props.labels.nav}>
      {props.page > 1 ? (
        <a class="pagination__prev" href={props.hrefFor(props.page - 1)} rel="prev" safe>
          {props.labels.previous}
        </a>
      ) : (
        ''
      )}
      <ul class="pagination__list">
        {pages.map((p) =>
          p === null ? (
            <li class="pagination__item pagination__item--ellipses">…</li>
          ) : (
            <li class={p === props.page ? 'pagination__item pagination__item--current' : 'pagination__item'}>
              <a href={props.hrefFor(p)} aria-current={p === props.page ? 'page' : undefined} safe>
                {String(p)}
              </a>
            </li>
          ),
        )}
      </ul>
      {props.page < props.pageCount ? (
        <a class="pagination__next" href={props.hrefFor(props.page + 1)} rel="next" safe>
          {props.labels.next}
        </a>
      ) : (
        ''
      )}
    </nav>
  )
}

/** First, last and the neighbours of the current page, with gaps as null. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const keep = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount))
  const sorted = [...keep].sort((a, b) => a - b)
  const out: (number | null)[] = []
  for (const p of sorted) {
    const prev = out[out.length - 1]
    if (typeof prev === 'number' && p - prev > 1) out.push(null)
    out.push(p)
  }
  return out
}
