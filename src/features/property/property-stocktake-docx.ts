import { memoToDocx, type ExportTable } from '../../platform/exports/index.ts'
import { formatDateTh, todayInBangkok, toThaiDigits } from '../../platform/thai-calendar/index.ts'
import { CONDITIONS } from './property.domain.ts'
import type { stocktakeView } from './property-lifecycle.use-cases.ts'

const n = (x: number) => toThaiDigits(String(x))

/** The committee's yearly stock-take report to the head (MoF supplies regulation ข้อ 213), as a memo. */
export async function stocktakeDocx(view: Awaited<ReturnType<typeof stocktakeView>>, now: Date): Promise<Buffer> {
  const { stocktake: s, agency, totals } = view
  const options = { locale: 'th' as const, thaiDigits: true }
  const organisation = { name: agency.name_th }
  const lines = new Map(s.lines.map((l) => [l.itemId, l]))
  const table: ExportTable = {
    title: { th: 'ตารางที่ ๑ ผลการตรวจนับทรัพย์สินรายการต่อรายการ', en: 'Table 1' },
    organisation,
    options,
    columns: [
      { key: 'number', header: { th: 'หมายเลข', en: 'Number' }, type: 'text' },
      { key: 'name', header: { th: 'ทรัพย์สิน', en: 'Item' }, type: 'text' },
      { key: 'register', header: { th: 'สภาพตามทะเบียน', en: 'Register' }, type: 'text' },
      { key: 'found', header: { th: 'ผลการตรวจนับ', en: 'Counted' }, type: 'text' },
      { key: 'note', header: { th: 'คำชี้แจงความแตกต่าง', en: 'Difference explained' }, type: 'text' },
    ],
    rows: view.items.map((i) => {
      const l = lines.get(i.id)
      return {
        number: i.number,
        name: i.name,
        register: CONDITIONS[l?.registerCondition ?? i.condition].th,
        found: !l ? 'ยังไม่ได้ตรวจนับ' : l.found ? `พบ – ${CONDITIONS[l.countedCondition ?? 'good'].th}` : 'ไม่พบ',
        note: l?.note || '–',
      }
    }),
  }
  const date = todayInBangkok(s.submittedAt ?? now)
  const chair = s.members.find((m) => m.role === 'chair')
  const members = s.members.filter((m) => m.role === 'member').map((m) => m.name)
  const endorsements =
    s.status === 'acknowledged' && s.acknowledgedAt
      ? [`ความเห็นของหัวหน้าส่วนราชการ: ทราบ${s.headNote ? ` ${s.headNote}` : ''}`, `${s.acknowledgedByLabel ?? ''} ${formatDateTh(todayInBangkok(s.acknowledgedAt), { style: 'long', thaiDigits: true })}`]
      : undefined
  return memoToDocx({
    department: `${agency.name_th} (คณะกรรมการตรวจสอบพัสดุ)`,
    reference: '........................',
    date,
    subject: `รายงานผลการตรวจสอบพัสดุประจำปีงบประมาณ ${n(s.fiscalYear)}`,
    to: 'หัวหน้าส่วนราชการ',
    paragraphs: [
      `ตามที่ ${s.appointedByLabel} ได้แต่งตั้งคณะกรรมการตรวจสอบพัสดุประจำปีงบประมาณ ${n(s.fiscalYear)} ประกอบด้วย ${chair?.name ?? ''} ประธานกรรมการ${members.length ? ` และ ${members.join(' ')} กรรมการ` : ''} เพื่อตรวจสอบการรับจ่ายพัสดุและตรวจนับพัสดุที่คงเหลืออยู่ตามระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ ข้อ ๒๑๓ นั้น`,
      `คณะกรรมการได้ตรวจนับทรัพย์สินตามทะเบียน ${n(totals.items)} รายการแล้ว ${n(totals.counted)} รายการ พบ ${n(totals.found)} รายการ ไม่พบ ${n(totals.missing)} รายการ และมีสภาพต่างจากทะเบียน ${n(totals.changed)} รายการ${totals.uncounted.length ? ` ยังไม่ได้ตรวจนับ ${n(totals.uncounted.length)} รายการ` : ''} ความแตกต่างแต่ละรายการได้ชี้แจงไว้ในตารางท้ายบันทึกนี้`,
    ],
    tables: [table],
    closing: ['จึงเรียนมาเพื่อโปรดทราบและพิจารณาสั่งการต่อไป'],
    signature: { name: chair?.name ?? s.submittedByLabel ?? '', position: 'ประธานกรรมการตรวจสอบพัสดุ', date },
    endorsements,
    options,
  })
}
