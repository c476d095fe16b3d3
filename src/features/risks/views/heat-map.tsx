import type { PageContext } from '../../../web/page-context.ts'
import type { MatrixLevel, RiskMatrix } from '../risk-matrix.domain.ts'

/**
 * The site's CSP forbids inline styles, so a level's colour (data, per agency) is drawn as an SVG
 * swatch with a fill attribute; the level's name is always written beside it, so colour is never
 * the only carrier of meaning.
 */
export function Swatch({ colour }: { colour: string }) {
  return (
    <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 14 14">
      <rect width="14" height="14" fill={colour} stroke="#0b0c0c" stroke-width="1" />
    </svg>
  )
}

export function LevelBadge({ ctx, level }: { ctx: PageContext; level: MatrixLevel | null }) {
  if (!level) return <span safe>{ctx.t({ th: 'ไม่อยู่ในตาราง', en: 'Off the matrix' })}</span>
  return (
    <span class="nowrap">
      <Swatch colour={level.colour} /> <span safe>{level[ctx.locale]}</span>
    </span>
  )
}

/** Likelihood down (highest first), impact across; each cell its level and how many risks sit there. */
export function HeatMap({ ctx, matrix, counts, caption }: { ctx: PageContext; matrix: RiskMatrix; counts: number[][] | null; caption: string }) {
  const t = ctx.t
  const rows = matrix.likelihood.map((l, i) => ({ label: l, index: i })).reverse()
  return (
    <div class="table-wrap" tabindex="0" role="region" aria-label={caption}>
      <table class="table">
        <caption class="table__caption" safe>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="table__header" safe>
              {t({ th: 'โอกาส \\ ผลกระทบ', en: 'Likelihood \\ impact' })}
            </th>
            {matrix.impact.map((imp, j) => (
              <th scope="col" class="table__header" safe>
                {`${j + 1} ${imp[ctx.locale]}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row" class="table__header" safe>
                {`${r.index + 1} ${r.label[ctx.locale]}`}
              </th>
              {matrix.impact.map((_, j) => {
                const level = matrix.levels.find((lv) => lv.key === matrix.cells[r.index]?.[j])
                const n = counts?.[r.index]?.[j] ?? 0
                const label: string = level ? level[ctx.locale] : ''
                const many: string = t({ th: '{n} เรื่อง', en: '{n} risk(s)' }, { n })
                return (
                  <td class="table__cell">
                    <span class="nowrap">
                      {level ? <Swatch colour={level.colour} /> : ''} <span safe>{label}</span>
                    </span>
                    {counts && n > 0 ? (
                      <>
                        {' '}
                        <strong class="nowrap" safe>
                          {many}
                        </strong>
                      </>
                    ) : (
                      ''
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
