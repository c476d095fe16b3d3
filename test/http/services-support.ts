import type { Client, TestApp } from '../support/test-app.ts'

/** A complete manual as the editor form posts it (repeated names for the step, document and fee rows). */
export function manualForm(over: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    name_th: 'การขออนุญาตก่อสร้างอาคาร',
    name_en: 'Building permit',
    legal_basis: 'พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒',
    responsible_unit: 'กองช่าง เทศบาลตำบลเวียงทอง',
    place: 'กองช่าง สำนักงานเทศบาลตำบลเวียงทอง',
    hours: 'วันจันทร์ถึงวันศุกร์ 08.30–16.30 น.',
    online_url: '',
    allows_online: 'yes',
    conditions: 'ผู้ขออนุญาตต้องเป็นเจ้าของที่ดินหรือได้รับความยินยอมจากเจ้าของที่ดิน',
    day_unit: 'business',
    step_title: ['ยื่นคำขอและตรวจสอบเอกสาร', 'ตรวจสอบสถานที่และพิจารณาแบบแปลน', 'พิจารณาออกใบอนุญาตและแจ้งผล'],
    step_days: ['1', '7', '2'],
    step_unit: ['งานธุรการ กองช่าง', 'นายช่างโยธา', 'นายกเทศมนตรี'],
    doc_name: ['บัตรประจำตัวประชาชน', 'แบบแปลนอาคาร'],
    doc_copies: ['1 ฉบับ', '5 ชุด'],
    doc_note: ['', 'ลงนามโดยวิศวกร'],
    fee_item: [''],
    fee_amount: [''],
    no_fee: 'yes',
    complaint_channel: 'ศูนย์รับเรื่องร้องเรียน เทศบาลตำบลเวียงทอง โทร 0 9912 0099',
    ...over,
  }
}

/** Adds a service as an officer of the agency and publishes it; returns its id and key. */
export async function publishedService(t: TestApp, c: Client, slug: string, over: Record<string, string | string[]> = {}): Promise<{ id: string; key: string }> {
  const orgId = await t.orgId(slug)
  const saved = await c.submit(`/staff/services/new?org=${slug}`, { organisation_id: orgId, action: 'save', ...manualForm(over) }, '/staff/services/new')
  if (saved.statusCode !== 303) throw new Error(`service not saved: ${saved.statusCode} ${saved.body.slice(0, 500)}`)
  const id = saved.headers.location!.toString().split('/').pop()!
  const published = await c.submit(`/staff/services/${id}`, {}, `/staff/services/${id}/publish`)
  if (published.statusCode !== 303) throw new Error(`not published: ${published.statusCode}`)
  const row = await t.db.selectFrom('services').select('service_key').where('id', '=', id).executeTakeFirstOrThrow()
  return { id, key: row.service_key }
}
