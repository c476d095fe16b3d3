import { Table } from '../../../web/components/display.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { committeeRoleName, dimensionName, type EvaluationResult, type IndicatorResult } from '../performance-evaluation.domain.ts'
import type { Member } from '../performance-evaluation.repository.ts'

/** The committee's result: by dimension, by indicator with its evidence, and who sat on the committee. */
export function EvaluationResultTables({ ctx, result, members }: { ctx: PageContext; result: EvaluationResult; members: Member[] }) {
  const t = ctx.t
  const pct = (n: number) => `${n.toFixed(1)}%`
  return (
    <>
      <p class="lead" safe>
        {t({ th: 'ผลการประเมินรวม {p} ระดับ{l}', en: 'Overall {p}: {l}' }, { p: pct(result.overall), l: t(result.level) })}
      </p>
      <Table<{ key: string; percent: number }>
        caption={t({ th: 'ผลรายมิติ', en: 'By dimension' })}
        rows={result.dimensions}
        columns={[
          { header: t({ th: 'มิติ', en: 'Dimension' }), cell: (d) => <span safe>{t(dimensionName(d.key))}</span> },
          { header: t({ th: 'ร้อยละของคะแนนเต็ม', en: 'Share of the full score' }), numeric: true, cell: (d) => <span safe>{pct(d.percent)}</span> },
        ]}
      />
      <Table<IndicatorResult>
        caption={t({ th: 'ผลรายตัวชี้วัด (คะแนนเฉลี่ยของกรรมการ เต็ม 5)', en: 'By indicator (the members’ mean score, out of 5)' })}
        rows={result.indicators}
        columns={[
          { header: t({ th: 'มิติ', en: 'Dimension' }), cell: (i) => <span safe>{t(dimensionName(i.dimension))}</span> },
          { header: t({ th: 'ตัวชี้วัด', en: 'Indicator' }), cell: (i) => <span safe>{i.name}</span> },
          { header: t({ th: 'น้ำหนัก', en: 'Weight' }), numeric: true, cell: (i) => <span safe>{String(i.weight)}</span> },
          { header: t({ th: 'คะแนนเฉลี่ย', en: 'Mean score' }), numeric: true, cell: (i) => <span safe>{i.mean.toFixed(2)}</span> },
          {
            header: t({ th: 'หลักฐาน', en: 'Evidence' }),
            cell: (i) =>
              i.evidenceUrl ? (
                <a href={i.evidenceUrl} safe>
                  {i.evidenceUrl}
                </a>
              ) : (
                <span>–</span>
              ),
          },
        ]}
      />
      <Table<Member>
        caption={t({ th: 'คณะกรรมการประเมิน', en: 'The committee' })}
        rows={members}
        columns={[
          { header: t({ th: 'ชื่อ', en: 'Name' }), cell: (m) => <span safe>{m.name}</span> },
          { header: t({ th: 'ตำแหน่งในคณะกรรมการ', en: 'Role' }), cell: (m) => <span safe>{t(committeeRoleName(m.committeeRole))}</span> },
          { header: t({ th: 'กรรมการจากภายนอก', en: 'Outside member' }), cell: (m) => <span safe>{m.outside ? t({ th: 'ใช่', en: 'Yes' }) : t({ th: 'ไม่ใช่', en: 'No' })}</span> },
        ]}
      />
    </>
  )
}
