import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts'

/** Platform admins edit, add and remove one catalogue item in the browser. */
let t: TestApp
let admin: Client
let adminEn: Client
beforeAll(async () => {
  t = await createTestApp()
  admin = await t.asUser('admin@prongsai.test')
  adminEn = await t.asUser('admin@prongsai.test')
  await adminEn.get('/lang?to=en&back=/')
})
afterAll(async () => {
  await t.close()
})

type StoredItem = { code: string; nameTh: string; nameEn: string; elements: string[]; dataYear: string; indicator: { code: string; th: string } | null; subIndicator: { code: string } | null }
const itemsOf = async (year: number) =>
  ((await t.db.selectFrom('oit_catalogues').select('items').where('scheme', '=', 'nacc-ita').where('fiscal_year', '=', year).executeTakeFirstOrThrow()).items as StoredItem[])
const audits = (action: string) => t.db.selectFrom('audit_events').selectAll().where('action', '=', action).execute()
const ITEM = (code: string) => `/admin/oit/nacc-ita/2569/items/${code}`

describe('editing one catalogue item', () => {
  it('links each item of the list to its form and saves a change, audited', async () => {
    const list = await admin.get('/admin/oit/nacc-ita/2569')
    expect(list.body).toContain(`href="${ITEM('O1')}"`)
    expect(list.body).toContain(`href="${ITEM('new')}"`)
    const o1 = (await itemsOf(2569)).find((i) => i.code === 'O1')!
    const form = await admin.get(ITEM('O1'))
    expect(form.statusCode).toBe(200)
    expect(form.body).toContain(o1.nameTh)

    const saved = await admin.submit(ITEM('O1'), {
      code: 'O1',
      name_th: 'โครงสร้างหน่วยงาน (ปรับปรุง)',
      name_en: 'Structure (revised)',
      indicator: '9',
      indicator_th: 'การเปิดเผยข้อมูล',
      indicator_en: 'Information disclosure',
      sub_indicator: '',
      elements: 'แผนผังโครงสร้าง\n\nตำแหน่งที่สำคัญ\n',
      data_year: 'previous',
    })
    expect(saved.statusCode).toBe(303)
    const after = (await itemsOf(2569)).find((i) => i.code === 'O1')!
    expect(after.nameEn).toBe('Structure (revised)')
    expect(after.elements).toEqual(['แผนผังโครงสร้าง', 'ตำแหน่งที่สำคัญ'])
    expect(after.dataYear).toBe('previous')
    expect(after.indicator).toEqual({ code: '9', th: 'การเปิดเผยข้อมูล', en: 'Information disclosure' })
    expect(await itemsOf(2569)).toHaveLength(26)
    const [audit] = await audits('oit.catalogue_item_changed')
    expect(audit?.summary).toMatchObject({ before: { nameEn: o1.nameEn }, after: { nameEn: 'Structure (revised)' } })

    // Another item typed with the indicator's code alone borrows its names.
    const o2 = (await itemsOf(2569)).find((i) => i.code === 'O2')!
    const borrowed = await admin.submit(ITEM('O2'), { code: 'O2', name_th: o2.nameTh, name_en: o2.nameEn, indicator: '9', elements: o2.elements.join('\n'), data_year: o2.dataYear })
    expect(borrowed.statusCode).toBe(303)
    expect((await itemsOf(2569)).find((i) => i.code === 'O2')!.indicator).toEqual({ code: '9', th: 'การเปิดเผยข้อมูล', en: 'Information disclosure' })
  })

  it('refuses an invalid item in Thai and English, keeping what was typed', async () => {
    const before = await itemsOf(2569)
    const bad = await admin.submit(ITEM('O2'), { code: 'O3', name_th: 'ชื่อที่พิมพ์ไว้', name_en: '', elements: '', data_year: 'current' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('รหัสรายการ O3 ซ้ำกับรายการที่')
    const badEn = await adminEn.submit(ITEM('O2'), { code: 'O3', name_th: 'ชื่อที่พิมพ์ไว้', name_en: '', elements: '', data_year: 'current' })
    expect(badEn.statusCode).toBe(422)
    expect(badEn.body).toContain('Item code O3 repeats item 3')
    expect(badEn.body).toContain('The English name is missing')
    expect(bad.body).toContain('ไม่มีชื่อรายการภาษาอังกฤษ')
    expect(bad.body).toContain('ต้องระบุองค์ประกอบที่ต้องเผยแพร่อย่างน้อยหนึ่งข้อ')
    expect(bad.body).toContain('value="ชื่อที่พิมพ์ไว้"')
    expect(await itemsOf(2569)).toEqual(before)
  })

  it('adds an item at the end of the list', async () => {
    const added = await admin.submit(ITEM('new'), { code: 'O27', name_th: 'รายการทดลอง', name_en: 'Trial item', indicator: '', sub_indicator: '', elements: 'ข้อหนึ่ง', data_year: 'unstated' })
    expect(added.statusCode).toBe(303)
    expect(added.headers.location).toContain('#item-O27')
    const items = await itemsOf(2569)
    expect(items.at(-1)).toMatchObject({ code: 'O27', nameEn: 'Trial item', elements: ['ข้อหนึ่ง'], dataYear: 'unstated', indicator: null })
    expect((await audits('oit.catalogue_item_added')).length).toBe(1)
  })

  it('removes an item nobody answered, and refuses one an agency already answered', async () => {
    const removed = await admin.submit(ITEM('O27'), {}, `${ITEM('O27')}/remove`)
    expect(removed.statusCode).toBe(303)
    expect((await itemsOf(2569)).map((i) => i.code)).not.toContain('O27')
    expect((await audits('oit.catalogue_item_removed')).length).toBe(1)

    const coordinator = await t.asUser('wt-ita@prongsai.test')
    const answered = await coordinator.submit('/staff/oit/items/O5?org=wiang-thong&year=2569', { status: 'draft', url: '' })
    expect(answered.statusCode).toBe(303)
    const page = await admin.get(ITEM('O5'))
    expect(page.body).toContain('1 แห่งตอบรายการนี้แล้ว')
    const refused = await admin.submit(ITEM('O5'), {}, `${ITEM('O5')}/remove`)
    expect(refused.statusCode).toBe(422)
    expect(refused.body).toContain('ลบรายการ O5 ไม่ได้')
    const refusedEn = await adminEn.submit(ITEM('O5'), {}, `${ITEM('O5')}/remove`)
    expect(refusedEn.body).toContain('Item O5 cannot be removed: 1 agency workspace(s) already answer it')
    expect((await itemsOf(2569)).map((i) => i.code)).toContain('O5')

    const renamed = await admin.submit(ITEM('O5'), { code: 'O55', name_th: 'ก', name_en: 'A', elements: 'ข', data_year: 'current' })
    expect(renamed.statusCode).toBe(422)
    expect(renamed.body).toContain('เปลี่ยนรหัสรายการ O5 ไม่ได้')
  })

  it('is for platform administrators only', async () => {
    const officer = await t.asUser('wt-ita@prongsai.test')
    expect((await officer.get(ITEM('O1'))).statusCode).toBe(403)
  })
})
