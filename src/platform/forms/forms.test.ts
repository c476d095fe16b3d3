import { describe, expect, it } from 'vitest'
import type { Answers } from './form-answers.ts'
import { answerText } from './form-answers.ts'
import { answerableItems, allItems, definitionProblems, type FormDefinition } from './form-definition.ts'
import { changedItemIds, diffAnswers } from './form-diff.ts'
import { attachFile, fieldName, readAnswers } from './form-fields.ts'
import { validateAnswers } from './form-validation.ts'
import { CHIANG_MAI_EB12_QUARTERLY as F } from './templates/chiang-mai-eb12-quarterly.ts'

const complete: Answers = {
  agency_name: { type: 'text', text: 'สำนักงานสาธารณสุขจังหวัด' },
  agency_phone: { type: 'text', text: '053 211 048' },
  responsible: { type: 'text', text: 'นางสาวพิมพ์ใจ ดีงาม' },
  i1_1: { type: 'yes_no_how', answer: 'yes', how: 'จัดทำคู่มือ 12 กระบวนงาน' },
  i1_2_a: { type: 'yes_no_how', answer: 'yes', how: 'ติดประกาศที่จุดบริการ' },
  i1_2_b: { type: 'yes_no_how', answer: 'no', how: '' },
  i1_2_c: { type: 'yes_no_how', answer: 'yes', how: 'แบบสอบถามรายไตรมาส' },
  i1_3: { type: 'yes_no_how', answer: 'yes', how: 'เผยแพร่บนเว็บไซต์' },
  i2_1: { type: 'text', text: 'ปฏิบัติตาม พ.ร.บ. อำนวยความสะดวก' },
  i2_2: { type: 'yes_no_how', answer: 'yes', how: 'e-Book' },
  i2_3: { type: 'link', url: 'https://sso.chiangmai.go.th/manual', how: 'หน้าคู่มือ' },
  reporter_name: { type: 'text', text: 'นายสมชาย ใจดี' },
  reporter_position: { type: 'text', text: 'นักวิเคราะห์นโยบายและแผน' },
  report_date: { type: 'date', day: '31', month: '12', year: '2568' },
}

describe('the seed 000 template', () => {
  it('is a well-formed definition with the numbering of the attachment', () => {
    expect(definitionProblems(F)).toEqual([])
    const numbered = allItems(F).map((e) => e.item.number).filter(Boolean)
    expect(numbered).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3'])
    const group = allItems(F).find((e) => e.item.id === 'i1_2')
    expect(group?.item.type).toBe('group')
    expect(group?.item.subItems?.map((s) => s.type)).toEqual(['yes_no_how', 'yes_no_how', 'yes_no_how'])
    expect(allItems(F).find((e) => e.item.id === 'i2_3')?.item.type).toBe('link')
    expect(answerableItems(F).map((i) => i.id)).toContain('photos')
    expect(F.headSignOff).toBe(true)
  })
})

describe('validating answers for submission', () => {
  it('accepts a complete report', () => {
    expect(validateAnswers(F, complete)).toEqual({})
  })

  it('names each missing required item and asks "how" when the answer is yes', () => {
    const { i1_1: _a, ...missing } = complete
    const errors = validateAnswers(F, { ...missing, i1_3: { type: 'yes_no_how', answer: 'yes', how: '  ' } })
    expect(Object.keys(errors).sort()).toEqual([fieldName({ id: 'i1_1' }, 'answer'), fieldName({ id: 'i1_3' }, 'how')].sort())
    expect(errors['a__i1_1__answer']?.th).toBe('กรุณาตอบข้อ 1.1')
  })

  it('refuses a link that is not a web address or is off the agency site, and flags but keeps a broken one', () => {
    expect(validateAnswers(F, { ...complete, i2_3: { type: 'link', url: 'sso.chiangmai', how: '' } })).toHaveProperty('a__i2_3__url')
    expect(validateAnswers(F, { ...complete, i2_3: { type: 'link', url: 'https://drive.google.com/x', how: '', check: { status: 'off_site', checkedAt: '2026-01-01T00:00:00Z' } } })).toHaveProperty('a__i2_3__url')
    expect(validateAnswers(F, { ...complete, i2_3: { type: 'link', url: 'https://sso.chiangmai.go.th/m', how: '', check: { status: 'broken', checkedAt: '2026-01-01T00:00:00Z', httpStatus: 404 } } })).toEqual({})
  })

  it('requires a caption on every photo and photos only', () => {
    const photo = { fileId: 'f1', name: 'meeting.jpg', mime: 'image/jpeg', caption: '' }
    expect(validateAnswers(F, { ...complete, photos: { type: 'files', files: [photo] } })).toHaveProperty('a__photos__caption_0')
    expect(validateAnswers(F, { ...complete, photos: { type: 'files', files: [{ ...photo, caption: 'ประชุม' }] } })).toEqual({})
    expect(validateAnswers(F, { ...complete, photos: { type: 'files', files: [{ ...photo, mime: 'application/pdf', caption: 'x' }] } })).toHaveProperty('a__photos__new')
  })

  it('checks Buddhist-Era dates, numbers, choices and tables', () => {
    expect(validateAnswers(F, { ...complete, report_date: { type: 'date', day: '31', month: '12', year: '2025' } })).toHaveProperty('a__report_date')
    const def: FormDefinition = {
      key: 'mixed',
      title: { th: 'ทดสอบ', en: 'Test' },
      headSignOff: false,
      sections: [
        {
          id: 's',
          number: '1',
          title: { th: 'ส่วน', en: 'Part' },
          items: [
            { id: 'n', number: '1.1', type: 'number', required: true, min: 0, title: { th: 'จำนวน', en: 'Count' } },
            { id: 'c', number: '1.2', type: 'choice', required: true, options: [{ value: 'a', label: { th: 'ก', en: 'A' } }, { value: 'b', label: { th: 'ข', en: 'B' } }], title: { th: 'เลือก', en: 'Pick' } },
            { id: 't', number: '1.3', type: 'table', required: false, maxRows: 2, columns: [{ id: 'what', title: { th: 'เรื่อง', en: 'What' }, kind: 'text' }, { id: 'baht', title: { th: 'บาท', en: 'Baht' }, kind: 'number' }], title: { th: 'ตาราง', en: 'Table' } },
          ],
        },
      ],
    }
    expect(definitionProblems(def)).toEqual([])
    expect(validateAnswers(def, { n: { type: 'number', text: '๑๒' }, c: { type: 'choice', values: ['a'] } })).toEqual({})
    expect(validateAnswers(def, { n: { type: 'number', text: '-1' }, c: { type: 'choice', values: ['a', 'b'] } })).toEqual({
      a__n: expect.anything(),
      a__c: expect.anything(),
    })
    expect(validateAnswers(def, { n: { type: 'number', text: '1' }, c: { type: 'choice', values: ['z'] }, t: { type: 'table', rows: [{ what: 'x', baht: 'abc' }] } })).toEqual({ a__c: expect.anything(), a__t: expect.anything() })
  })
})

describe('definitions before publishing', () => {
  it('finds duplicate ids, choice items without options and groups without sub-questions', () => {
    const bad: FormDefinition = {
      key: 'Bad Key',
      title: { th: '', en: '' },
      headSignOff: false,
      sections: [
        {
          id: 's',
          number: '1',
          title: { th: 'ส่วน', en: '' },
          items: [
            { id: 'x', number: '1', type: 'text', required: true, title: { th: 'ก', en: '' } },
            { id: 'x', number: '2', type: 'choice', required: true, options: [], title: { th: 'ข', en: '' } },
            { id: 'g', number: '3', type: 'group', required: false, title: { th: 'ค', en: '' } },
          ],
        },
      ],
    }
    const problems = definitionProblems(bad).join('\n')
    expect(problems).toContain('form key')
    expect(problems).toContain('Thai title')
    expect(problems).toContain('"x" is used twice')
    expect(problems).toContain('at least two options')
    expect(problems).toContain('group g has no sub-questions')
  })
})

describe('reading a posted form', () => {
  it('keeps what was typed, including invalid values, and trusts only stored files', () => {
    const stored: Answers = { photos: { type: 'files', files: [{ fileId: 'f1', name: 'a.jpg', mime: 'image/jpeg', caption: 'old' }, { fileId: 'f2', name: 'b.jpg', mime: 'image/jpeg', caption: '' }] } }
    const body = {
      a__i1_1__answer: 'yes',
      a__i1_1__how: 'เขียนไว้',
      a__report_date__x: 'ignored',
      'a__report_date-day': '3',
      'a__report_date-month': 'มี.ค.',
      'a__report_date-year': '2569',
      a__photos__caption_0: 'ประชุมคณะทำงาน',
      a__photos__remove_1: 'yes',
      a__photos__file_9: 'someone-elses-file',
    }
    const answers = readAnswers(F, body, stored)
    expect(answers['i1_1']).toEqual({ type: 'yes_no_how', answer: 'yes', how: 'เขียนไว้' })
    expect(answers['report_date']).toEqual({ type: 'date', day: '3', month: 'มี.ค.', year: '2569' })
    expect(answers['photos']).toEqual({ type: 'files', files: [{ fileId: 'f1', name: 'a.jpg', mime: 'image/jpeg', caption: 'ประชุมคณะทำงาน' }] })
    const more = attachFile(answers, answerableItems(F).find((i) => i.id === 'photos')!, { fileId: 'f3', name: 'c.jpg', mime: 'image/jpeg', caption: 'ใหม่' })
    expect(more['photos']?.type === 'files' && more['photos'].files.map((f) => f.fileId)).toEqual(['f1', 'f3'])
  })

  it('keeps a link check only while the address is unchanged', () => {
    const check = { status: 'ok' as const, checkedAt: '2026-01-01T00:00:00Z' }
    const stored: Answers = { i2_3: { type: 'link', url: 'https://a.go.th/m', how: '', check } }
    expect(readAnswers(F, { a__i2_3__url: 'https://a.go.th/m' }, stored)['i2_3']).toMatchObject({ check })
    expect(readAnswers(F, { a__i2_3__url: 'https://a.go.th/n' }, stored)['i2_3']).not.toHaveProperty('check.status')
  })
})

describe('comparing two answer sets', () => {
  it('lists only the items that changed, with before and after text', () => {
    const after: Answers = { ...complete, i1_2_b: { type: 'yes_no_how', answer: 'yes', how: 'จองคิวออนไลน์' }, suggestions: { type: 'text', text: 'ขอแบบฟอร์มออนไลน์' } }
    const diff = diffAnswers(F, complete, after)
    expect(diff.map((d) => d.itemId)).toEqual(['i1_2_b', 'suggestions'])
    expect(diff[0]).toMatchObject({ before: 'ไม่มี', after: 'มี — จองคิวออนไลน์' })
    expect(diff[1]).toMatchObject({ before: '', after: 'ขอแบบฟอร์มออนไลน์' })
  })

  it('does not count a blank control for an unanswered item, nor a re-check of the same link, as an answer change', () => {
    expect(changedItemIds({}, { suggestions: { type: 'text', text: '' } })).toEqual([])
    const link = complete['i2_3']!
    expect(diffAnswers(F, complete, { ...complete, i2_3: { ...(link as { type: 'link'; url: string; how: string }), check: { status: 'ok', checkedAt: 'x' } } })).toEqual([])
    expect(answerText(link)).toBe('หน้าคู่มือ\nhttps://sso.chiangmai.go.th/manual')
  })
})
