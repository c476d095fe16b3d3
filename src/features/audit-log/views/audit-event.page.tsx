import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { orgName } from '../../../web/org-names.ts'
import { SummaryList, Table } from '../../../web/components/display.tsx'
import { readableSummary, type SummaryChange } from '../audit-log.domain.ts'
import type { AuditEventDetails } from '../audit-log.repository.ts'
import { formatInstant } from '../../../web/format-time.ts'

function Value({ text }: { text: string | undefined }) {
  return text === undefined ? (
    <span class="hint">–</span>
  ) : (
    <pre class="audit-value" safe>
      {text}
    </pre>
  )
}

export function AuditEventPage({ ctx, event }: { ctx: PageContext; event: AuditEventDetails }) {
  const t = ctx.t
  const title = t({ th: 'บันทึกลำดับที่ {seq}', en: 'Audit event {seq}' }, { seq: event.seq })
  const { changes, note } = readableSummary(event.summary, { pretty: true })
  const dash = <span class="hint">–</span>
  return (
    <Layout ctx={ctx} title={title} wide>
      <a href="/admin/audit" class="back-link" safe>
        {t({ th: 'กลับไปที่บันทึกการตรวจสอบ', en: 'Back to the audit trail' })}
      </a>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <SummaryList
        rows={[
          { key: t({ th: 'เวลา', en: 'Time' }), value: <span safe>{formatInstant(event.at, ctx.locale)}</span> },
          { key: t({ th: 'ผู้กระทำ', en: 'Actor' }), value: <span safe>{event.actor_label}</span> },
          {
            key: t({ th: 'หน่วยงาน', en: 'Organisation' }),
            value:
              event.org_name_th !== null ? (
                <span safe>{orgName({ name_th: event.org_name_th, name_en: event.org_name_en ?? '' }, ctx.locale)}</span>
              ) : (
                <span safe>{t({ th: 'ทั้งระบบ', en: 'Platform-wide' })}</span>
              ),
          },
          { key: t({ th: 'การกระทำ', en: 'Action' }), value: <code safe>{event.action}</code> },
          { key: t({ th: 'ประเภทข้อมูล', en: 'Entity type' }), value: <span safe>{event.entity_type}</span> },
          { key: t({ th: 'รหัสข้อมูล', en: 'Entity ID' }), value: event.entity_id ? <code safe>{event.entity_id}</code> : dash },
          { key: t({ th: 'หมายเหตุ', en: 'Note' }), value: note ? <span safe>{note}</span> : dash },
        ]}
      />
      <Table<SummaryChange>
        caption={t({ th: 'ก่อนและหลังการเปลี่ยนแปลง', en: 'Before and after' })}
        columns={[
          { header: t({ th: 'รายการ', en: 'Field' }), cell: (c) => <code safe>{c.key}</code> },
          { header: t({ th: 'ก่อน', en: 'Before' }), cell: (c) => <Value text={c.before} /> },
          { header: t({ th: 'หลัง', en: 'After' }), cell: (c) => <Value text={c.after} /> },
        ]}
        rows={changes}
        empty={t({ th: 'ไม่มีรายละเอียดการเปลี่ยนแปลง', en: 'No details were recorded' })}
      />
      <h2 class="heading-m" safe>
        {t({ th: 'ห่วงโซ่บันทึก', en: 'Hash chain' })}
      </h2>
      <SummaryList
        rows={[
          { key: t({ th: 'แฮชของรายการก่อนหน้า', en: 'Previous hash' }), value: <code class="hash" safe>{event.prev_hash}</code> },
          { key: t({ th: 'แฮชของรายการนี้', en: 'Hash' }), value: <code class="hash" safe>{event.hash}</code> },
        ]}
      />
    </Layout>
  )
}
