import type { Client, TestApp } from '../support/test-app.ts'

/** What the procurement tests share: filled-in forms as an officer would post them. */
export const PLAN_URL = '/staff/procurement/wiang-thong/2569/plan'
export const monthUrl = (m: number) => `/staff/procurement/wiang-thong/2569/months/${m}`

export const planForm = (overrides: Record<string, string> = {}): Record<string, string> => ({
  'allocated-day': '1',
  'allocated-month': '10',
  'allocated-year': '2568',
  'announced-day': '20',
  'announced-month': '10',
  'announced-year': '2568',
  responsible_name: 'นายพัสดุ ถูกต้อง',
  responsible_position: 'เจ้าพนักงานพัสดุ',
  based_on_version: '0',
  'line-0-egp_id': '',
  'line-0-project': 'จัดซื้อวัสดุสำนักงาน',
  'line-0-budget': '120,000',
  'line-0-fund_source': 'เทศบัญญัติ',
  'line-0-method': 'specific',
  'line-0-announce_month': '11',
  'line-1-egp_id': '68109012345',
  'line-1-project': 'ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3',
  'line-1-budget': '1,250,000.50',
  'line-1-fund_source': 'เทศบัญญัติ',
  'line-1-method': 'e_bidding',
  'line-1-announce_month': '1',
  'line-2-project': '',
  'line-2-budget': '',
  ...overrides,
})

export const monthRow = (i: number, o: Partial<Record<string, string>> = {}): Record<string, string> => {
  const v = {
    item: 'จัดซื้อวัสดุสำนักงาน',
    budget: '12,500',
    reference_price: '12,500',
    method: 'specific',
    bidders: 'ร้านเวียงทองพาณิชย์ 12,350.00 บาท',
    winner: 'ร้านเวียงทองพาณิชย์',
    agreed_price: '12,350',
    reason: 'เสนอราคาต่ำสุด',
    contract_no: 'ใบสั่งซื้อ 5/2569',
    'contract_date-day': '28',
    'contract_date-month': '10',
    'contract_date-year': '2568',
    ...o,
  }
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [`row-${i}-${k}`, x ?? '']))
}

export const monthForm = (rows: Record<string, string>[], overrides: Record<string, string> = {}) => ({
  no_procurement: 'no',
  responsible_name: 'นายพัสดุ ถูกต้อง',
  responsible_position: 'เจ้าพนักงานพัสดุ',
  based_on_version: '0',
  ...Object.assign({}, ...rows),
  ...overrides,
})

export const plainText = (html: string) => html.replace(/<wbr>/g, '').replace(/<span class="tw">([^<]*)<\/span>/g, '$1').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&#34;/g, '"').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ')

/** Posts a form as multipart, the way the browser sends the import form. */
export async function postMultipart(t: TestApp, c: Client, url: string, fields: Record<string, string>, file?: { name: string; type: string; bytes: Buffer }) {
  const boundary = `----prongsai-${Math.random().toString(16).slice(2)}`
  const parts: Buffer[] = []
  for (const [k, v] of [['_csrf', c.lastCsrf ?? ''], ...Object.entries(fields)]) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`))
  if (file) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.bytes, Buffer.from('\r\n'))
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return t.app.inject({ method: 'POST', url, headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: Buffer.concat(parts) })
}
