import { describe, expect, it } from 'vitest'
import { definitionProblems, type FormDefinition } from './form-definition.ts'
import { readAnswers } from './form-fields.ts'
import { NOT_APPLICABLE, scaleItem, scaleLevel, scaleOf } from './form-scales.ts'
import { validateAnswers } from './form-validation.ts'

const four = scaleItem({ id: 'q1', number: '1', title: { th: 'ข้อหนึ่ง', en: 'One' }, scale: 'four_level', notApplicable: true })
const yesNo = scaleItem({ id: 'q2', number: '2', title: { th: 'ข้อสอง', en: 'Two' }, scale: 'yes_no' })
const five = scaleItem({ id: 'q3', number: '3', title: { th: 'ข้อสาม', en: 'Three' }, scale: 'five_level', required: false })
const def: FormDefinition = { key: 'scale-test', title: { th: 'ทดสอบ', en: 'Test' }, headSignOff: false, sections: [{ id: 's1', number: '1', title: { th: 'ส่วนที่ 1', en: 'Part 1' }, items: [four, yesNo, five] }] }

describe('scale items on the form engine', () => {
  it('are well-formed single-choice items the engine already knows, with the official four levels and "not applicable"', () => {
    expect(definitionProblems(def)).toEqual([])
    expect(four.type).toBe('choice')
    expect(four.type === 'choice' && four.options.map((o) => o.label.th)).toEqual(['น้อยที่สุดหรือไม่มีเลย', 'น้อย', 'มาก', 'มากที่สุด', 'ไม่เกี่ยวข้อง / ไม่มีข้อมูล'])
    expect([scaleOf(four), scaleOf(yesNo), scaleOf(five)]).toEqual(['four_level', 'yes_no', 'five_level'])
    expect(scaleOf({ id: 'x', number: '', title: { th: 'x', en: 'x' }, required: true, type: 'choice', options: [{ value: 'a', label: { th: 'a', en: 'a' } }, { value: 'b', label: { th: 'b', en: 'b' } }] })).toBeNull()
  })

  it('read posted radios into levels; "not applicable" is a level of its own, blanks are not levels', () => {
    const answers = readAnswers(def, { a__q1: NOT_APPLICABLE, a__q2: 'no', a__q3: '4' }, {})
    expect(scaleLevel(four, answers['q1'])).toBe('na')
    expect(scaleLevel(yesNo, answers['q2'])).toBe(0)
    expect(scaleLevel(five, answers['q3'])).toBe(4)
    expect(scaleLevel(four, readAnswers(def, { a__q1: '3' }, {})['q1'])).toBe(3)
    expect(scaleLevel(four, readAnswers(def, {}, {})['q1'])).toBeNull()
  })

  it('validate as required choices and refuse a level the scale does not have', () => {
    expect(Object.keys(validateAnswers(def, readAnswers(def, { a__q2: 'yes' }, {})))).toEqual(['a__q1'])
    expect(validateAnswers(def, readAnswers(def, { a__q1: '4', a__q2: 'yes' }, {}))).toEqual({})
    expect(validateAnswers(def, readAnswers(def, { a__q1: '7', a__q2: 'yes' }, {}))).toHaveProperty('a__q1')
    expect(validateAnswers(def, readAnswers(def, { a__q1: NOT_APPLICABLE, a__q2: NOT_APPLICABLE }, {}))).toHaveProperty('a__q2')
  })
})
