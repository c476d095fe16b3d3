import type { PageContext } from '../../../web/page-context.ts'
import { SummaryList, Table } from '../../../web/components/display.tsx'
import { DAY_UNIT_LABELS, totalDays, type ServiceManual } from '../service-manual.domain.ts'
import { flowchartSvgs } from './service-text.ts'

/**
 * The citizen manual laid out as the Facilitation Act's form: every field, in its order, with
 * "none" and "no fee" said out loud; then the steps as a flowchart and, for screen readers and
 * for copying, as a list.
 */
export function ServiceManualView({ ctx, manual, formHref }: { ctx: PageContext; manual: ServiceManual; formHref: (fileId: string) => string }) {
  const t = ctx.t
  const unit = t(DAY_UNIT_LABELS[manual.dayUnit])
  const total = totalDays(manual.steps)
  const svgs = flowchartSvgs(manual, t, ctx.locale, 'flow')
  // Our own renderer's output (service-flowchart.domain.ts escapes every label); named safe… for the xss-scan.
  const safeWide = svgs.wide
  const safeNarrow = svgs.narrow
  return (
    <>
      <SummaryList
        rows={[
          { key: t({ th: 'กฎหมายที่ให้อำนาจการอนุญาต หรือที่เกี่ยวข้อง', en: 'Legal basis' }), value: <span class="preserve-lines" safe>{manual.legalBasis}</span> },
          { key: t({ th: 'หน่วยงานที่รับผิดชอบ', en: 'Responsible unit' }), value: <span safe>{manual.responsibleUnit}</span> },
          { key: t({ th: 'สถานที่ / ช่องทางการให้บริการ', en: 'Where to apply' }), value: <span safe>{manual.place}</span> },
          { key: t({ th: 'ระยะเวลาเปิดให้บริการ', en: 'Opening hours' }), value: <span safe>{manual.hours}</span> },
          {
            key: t({ th: 'ยื่นคำขอออนไลน์', en: 'Apply online' }),
            value: manual.onlineUrl ? (
              <a href={manual.onlineUrl} rel="noopener" safe>
                {manual.onlineUrl}
              </a>
            ) : (
              <span safe>{manual.allowsOnline ? t({ th: 'ยื่นได้ที่หน้านี้ (ปุ่มด้านล่าง)', en: 'On this page (button below)' }) : t({ th: 'ไม่มี', en: 'None' })}</span>
            ),
          },
          { key: t({ th: 'หลักเกณฑ์ วิธีการ เงื่อนไข', en: 'Conditions' }), value: <span class="preserve-lines" safe>{manual.conditions}</span> },
          { key: t({ th: 'ระยะเวลาดำเนินการรวม', en: 'Total time' }), value: <strong safe>{`${total} ${unit}`}</strong> },
        ]}
      />

      <h2 class="heading-l" safe>
        {t({ th: 'ขั้นตอน ระยะเวลา และส่วนงานที่รับผิดชอบ', en: 'Steps, time and responsible unit' })}
      </h2>
      <figure class="flowchart-figure">
        <div class="flowchart-wide">{safeWide}</div>
        <div class="flowchart-narrow">{safeNarrow}</div>
      </figure>
      <ol class="list list--number" aria-label={t({ th: 'ขั้นตอนการให้บริการ (ข้อความ)', en: 'Steps of the service (text)' })}>
        {manual.steps.map((s) => (
          <li>
            <span safe>{s.title}</span>
            <br />
            <span class="hint" safe>
              {t({ th: 'ระยะเวลา {d} {u} · ผู้รับผิดชอบ: {who}', en: '{d} {u} · responsible: {who}' }, { d: String(s.days), u: unit, who: s.unit })}
            </span>
          </li>
        ))}
      </ol>

      <h2 class="heading-l" safe>
        {t({ th: 'รายการเอกสารหลักฐานประกอบ', en: 'Documents required' })}
      </h2>
      {manual.documents.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ไม่ต้องใช้เอกสาร', en: 'No documents are required.' })}
        </p>
      ) : (
        <Table
          caption={t({ th: 'เอกสารที่ต้องใช้', en: 'Documents required' })}
          columns={[
            { header: t({ th: 'เอกสาร', en: 'Document' }), cell: (d) => <span safe>{d.name}</span> },
            { header: t({ th: 'จำนวน', en: 'Copies' }), cell: (d) => <span safe>{d.copies}</span> },
            { header: t({ th: 'หมายเหตุ', en: 'Note' }), cell: (d) => <span safe>{d.note}</span> },
          ]}
          rows={manual.documents}
        />
      )}

      <h2 class="heading-l" safe>
        {t({ th: 'ค่าธรรมเนียม', en: 'Fees' })}
      </h2>
      {manual.fees.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ไม่มีค่าธรรมเนียม', en: 'No fee.' })}
        </p>
      ) : (
        <Table
          caption={t({ th: 'ค่าธรรมเนียม', en: 'Fees' })}
          columns={[
            { header: t({ th: 'รายการ', en: 'Item' }), cell: (f) => <span safe>{f.item}</span> },
            { header: t({ th: 'ค่าธรรมเนียม', en: 'Fee' }), cell: (f) => <span safe>{f.amount}</span> },
          ]}
          rows={manual.fees}
        />
      )}

      <h2 class="heading-l" safe>
        {t({ th: 'ช่องทางการร้องเรียน', en: 'How to complain' })}
      </h2>
      <p class="body preserve-lines" safe>
        {manual.complaintChannel}
      </p>

      <h2 class="heading-l" safe>
        {t({ th: 'ตัวอย่างแบบฟอร์ม', en: 'Sample forms' })}
      </h2>
      {manual.forms.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ไม่มีแบบฟอร์ม', en: 'No forms.' })}
        </p>
      ) : (
        <ul class="list">
          {manual.forms.map((f) => (
            <li>
              <a href={formHref(f.fileId)} safe>
                {f.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
