/**
 * The demo municipality's executives and unit heads, added through the real use cases by its
 * officer, each with a drawn placeholder portrait (a silhouette, never a photo of a real person).
 */
import type { Kysely } from 'kysely'
import { sharp } from '../../platform/heavy-modules.ts'
import type { Database } from '../../db/tables.ts'
import { loadActor } from '../../platform/auth/sessions.ts'
import type { FileService } from '../../platform/files/index.ts'
import { PHOTO_MAX_BYTES } from './executives.domain.ts'
import type { ExecutiveFormValues } from './executives.input.ts'
import { saveExecutive } from './executives.use-cases.ts'

type DemoPerson = Omit<ExecutiveFormValues, 'term_start'> & { termStart?: [string, string, string]; colour: string }

const PEOPLE: DemoPerson[] = [
  { group: 'executive', name_th: 'นายวีระ ทองเวียง', name_en: 'Mr Weera Thongwiang', position_th: 'นายกเทศมนตรีตำบลเวียงทอง', position_en: 'Mayor of Wiang Thong Subdistrict Municipality', phone: '0 9912 0099', email: 'mayor@wiangthong.example.go.th', termStart: ['28', '5', '2568'], colour: '#1d4f91' },
  { group: 'executive', name_th: 'นางสาวมาลี ศรีสุข', name_en: 'Ms Malee Srisuk', position_th: 'รองนายกเทศมนตรี', position_en: 'Deputy Mayor', phone: '0 9912 0097', email: '', termStart: ['28', '5', '2568'], colour: '#2e6b3f' },
  { group: 'executive', name_th: 'นางสาวปลัด ใจซื่อ', name_en: 'Ms Palat Jaisue', position_th: 'ปลัดเทศบาล', position_en: 'Municipal Clerk', phone: '0 9912 0098', email: 'clerk@wiangthong.example.go.th', colour: '#7a3b69' },
  { group: 'unit_head', name_th: 'นายสมศักดิ์ คงมั่น', name_en: 'Mr Somsak Khongman', position_th: 'ผู้อำนวยการกองคลัง', position_en: 'Director of the Finance Division', phone: '0 9912 0096 ต่อ 12', email: 'finance@wiangthong.example.go.th', colour: '#8a5a00' },
  { group: 'unit_head', name_th: 'นางอรุณี แสงทอง', name_en: 'Mrs Arunee Saengthong', position_th: 'ผู้อำนวยการกองช่าง', position_en: 'Director of the Public Works Division', phone: '0 9912 0096 ต่อ 14', email: '', colour: '#5b5b5b' },
]

/** A head-and-shoulders silhouette on a coloured ground, as a PNG. */
function placeholderPortrait(colour: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="300" viewBox="0 0 240 300">
  <rect width="240" height="300" fill="${colour}"/>
  <circle cx="120" cy="112" r="52" fill="#f3f3f3"/>
  <path d="M30 300 C30 215 75 185 120 185 C165 185 210 215 210 300 Z" fill="#f3f3f3"/>
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

export async function loadDemoExecutives(db: Kysely<Database>, now: Date, files: FileService): Promise<number> {
  const org = await db.selectFrom('organisations').select('id').where('slug', '=', 'wiang-thong').executeTakeFirst()
  const user = await db.selectFrom('users').select('id').where('email', '=', 'wt-officer@prongsai.test').executeTakeFirst()
  const actor = user && (await loadActor(db, user.id))
  if (!org || !actor) return 0
  const ctx = { db, actor, now, files }
  let made = 0
  for (const p of PEOPLE) {
    const { termStart, colour, ...fields } = p
    const values: ExecutiveFormValues = { ...fields, term_start: termStart ? { day: termStart[0], month: termStart[1], year: termStart[2] } : { day: '', month: '', year: '' } }
    const upload = await files.receive(await placeholderPortrait(colour), { field: 'photo', maxBytes: PHOTO_MAX_BYTES, allowed: ['image'], originalName: 'portrait.png' })
    const outcome = await saveExecutive(ctx, { organisationId: org.id }, { values, photo: { upload: { upload }, keptReference: '', discardKept: false, removeCurrent: false } })
    if (!outcome.saved) throw new Error(`demo executive refused: ${JSON.stringify(outcome.errors)}`)
    made++
  }
  return made
}
