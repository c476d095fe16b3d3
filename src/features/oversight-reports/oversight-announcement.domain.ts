/**
 * Announcements of measures (A1). The measures oversight may pick come as data: seed 002's seven
 * internal integrity measures (in our words) here, and the ITA measure library of seeds 001 and
 * 003 handed in by the caller. Pure: no I/O.
 */
export type Measure = { no: number; th: string; indicator: number | null; source: string }
export type CatalogueMeasure = { id: string; th: string; indicator: number | null; source: string }

/** Seed 002 (Chiang Mai, 15 May 2563): the seven internal measures, shortened in our own words. */
export const SEED_002_MEASURES: readonly CatalogueMeasure[] = [
  { id: 's002-1', indicator: 4, source: 'seed 002, measure 1', th: 'ใช้ทรัพย์สินและงบประมาณของราชการเพื่องานราชการเท่านั้น ยืมใช้ต้องขออนุญาตและบันทึกทุกครั้ง' },
  { id: 's002-2', indicator: 9, source: 'seed 002, measure 2', th: 'เผยแพร่ข้อมูลต่อสาธารณะบนเว็บไซต์ของหน่วยงานตามรายการ OIT โดยมีผู้รับผิดชอบ วิธีการ และกำหนดเวลาชัดเจน' },
  { id: 's002-3', indicator: 8, source: 'seed 002, measure 3 (indicator chosen by Prongsai)', th: 'เปิดให้ผู้มีส่วนได้ส่วนเสียร่วมจัดทำและติดตามแผนพัฒนาจังหวัด' },
  { id: 's002-4', indicator: 2, source: 'seed 002, measure 4', th: 'ป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง: เผยแพร่แผนจัดซื้อจัดจ้าง ตรวจความสัมพันธ์ระหว่างผู้เสนอราคากับเจ้าหน้าที่ และรายงานหัวหน้าส่วนราชการทุกเดือน' },
  { id: 's002-5', indicator: 5, source: 'seed 002, measure 5', th: 'กำหนดหลักเกณฑ์ ช่องทาง ขั้นตอน และระยะเวลาการจัดการเรื่องร้องเรียนการทุจริต' },
  { id: 's002-6', indicator: 10, source: 'seed 002, measure 6', th: 'ป้องกันการขัดกันระหว่างประโยชน์ส่วนบุคคลกับประโยชน์ส่วนรวม: รายงานของขวัญเกิน 3,000 บาทภายใน 30 วัน แจ้งส่วนได้เสียในการประชุม มีช่องทางรายงานลับ และคุ้มครองผู้แจ้งเบาะแส' },
  { id: 's002-7', indicator: 3, source: 'seed 002, measure 7', th: 'ตรวจสอบการใช้ดุลพินิจ: จัดทำคู่มือการปฏิบัติงาน ลดการใช้ดุลพินิจ และรายงานผลการประเมินความเสี่ยงทุกปี' },
]

/**
 * The numbered measures of an announcement: the picked catalogue entries in catalogue order, then
 * the ones typed in (one a line), numbered from 1.
 */
export function numberMeasures(catalogue: readonly CatalogueMeasure[], pickedIds: readonly string[], typed: readonly string[]): Measure[] {
  const picked = new Set(pickedIds)
  const fromCatalogue = catalogue.filter((m) => picked.has(m.id)).map((m) => ({ th: m.th, indicator: m.indicator, source: m.source }))
  const own = typed.map((l) => l.trim()).filter(Boolean).map((th) => ({ th, indicator: null, source: 'typed' }))
  return [...fromCatalogue, ...own].map((m, i) => ({ no: i + 1, ...m }))
}

/** The catalogue ids a stored measure list came from, to pre-tick them when correcting. */
export function pickedFrom(catalogue: readonly CatalogueMeasure[], measures: readonly Measure[]): { ids: string[]; typed: string[] } {
  const ids: string[] = []
  const typed: string[] = []
  for (const m of measures) {
    const hit = catalogue.find((c) => c.th === m.th && c.source === m.source)
    if (hit) ids.push(hit.id)
    else typed.push(m.th)
  }
  return { ids, typed }
}

export type AckState = 'acknowledged' | 'acknowledged_earlier_version' | 'waiting'

/** Where an addressed agency stands for the current version, given what it acknowledged before. */
export function ackState(current: { acknowledgedAt: Date | null }, earlierVersionsAcknowledged: readonly number[]): { state: AckState; earlier: number | null } {
  if (current.acknowledgedAt) return { state: 'acknowledged', earlier: null }
  const earlier = earlierVersionsAcknowledged.length ? Math.max(...earlierVersionsAcknowledged) : null
  return { state: earlier === null ? 'waiting' : 'acknowledged_earlier_version', earlier }
}

/** Reminders go at most once a day to an agency that has not acknowledged. */
export function needsReminder(r: { acknowledgedAt: Date | null; lastRemindedOn: string | null }, today: string): boolean {
  return r.acknowledgedAt === null && r.lastRemindedOn !== today
}
