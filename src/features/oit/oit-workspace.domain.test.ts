import { describe, expect, it } from 'vitest'
import { isoDate } from '../../platform/thai-calendar/index.ts'
import type { OitCatalogue, OitItem } from './oit-catalogue.domain.ts'
import {
  allowedNextStatuses,
  checkStatusChange,
  itemsNeedingAttention,
  LINK_SHEET_COLUMNS,
  linkSheetRows,
  OIT_ITEM_STATUSES,
  workspaceCompleteness,
  type OitWorkspaceEntry,
} from './oit-workspace.domain.ts'

function item(code: string, nameTh: string, dataYear: OitItem['dataYear'], elements = ['เผยแพร่บนเว็บไซต์']): OitItem {
  return { code, nameTh, nameEn: code, indicator: null, subIndicator: null, elements, dataYear, publicationWindow: null }
}

const catalogue: OitCatalogue = {
  scheme: 'nacc-ita',
  fiscalYear: 2569,
  source: 'test',
  verified: true,
  items: [
    item('O1', 'โครงสร้างและอำนาจหน้าที่', 'current'),
    item('O2', 'รายงานผลการจัดซื้อจัดจ้างประจำปี', 'previous', ['ตาราง', 'สรุปผล']),
    item('O3', 'แผนและรายงาน', 'unstated'),
    item('O4', 'ข่าวประชาสัมพันธ์', 'current'),
  ],
}

function entry(itemCode: string, overrides: Partial<OitWorkspaceEntry> = {}): OitWorkspaceEntry {
  return {
    itemCode,
    status: 'draft',
    url: `https://www.wiangthong.go.th/oit/${itemCode.toLowerCase()}`,
    explanation: '',
    contentFiscalYear: 2569,
    elementsDone: [],
    dueDate: null,
    responsibleUserId: 'u1',
    ...overrides,
  }
}

describe('OIT item statuses', () => {
  it('go missing → draft → ready → submitted → contested → confirmed, and stop there', () => {
    expect(allowedNextStatuses('missing')).toEqual(['draft', 'ready'])
    expect(allowedNextStatuses('draft')).toEqual(['missing', 'ready'])
    expect(allowedNextStatuses('ready')).toEqual(['draft', 'submitted'])
    expect(allowedNextStatuses('submitted')).toEqual(['contested', 'confirmed'])
    expect(allowedNextStatuses('contested')).toEqual(['confirmed'])
    expect(allowedNextStatuses('confirmed')).toEqual([])
    expect(OIT_ITEM_STATUSES).toHaveLength(6)
  })

  it('will not mark an item ready without a website URL', () => {
    const o1 = catalogue.items[0]!
    expect(checkStatusChange(o1, entry('O1', { url: null, elementsDone: [0] }), 'ready')?.en).toContain('needs a URL')
    expect(checkStatusChange(o1, entry('O1', { url: 'javascript:alert(1)', elementsDone: [0] }), 'ready')).not.toBeNull()
    expect(checkStatusChange(o1, entry('O1', { elementsDone: [0] }), 'ready')).toBeNull()
  })

  it('will not mark an item ready while elements of its checklist are unticked, naming them', () => {
    const o2 = catalogue.items[1]!
    const problem = checkStatusChange(o2, entry('O2', { elementsDone: [0] }), 'ready')
    expect(problem?.th).toContain('ยังขาดองค์ประกอบ 1 ข้อ: สรุปผล')
    expect(checkStatusChange(o2, entry('O2', { elementsDone: [0, 1] }), 'ready')).toBeNull()
  })

  it('refuses jumps and changes to a confirmed item, in Thai and English', () => {
    const o1 = catalogue.items[0]!
    const jump = checkStatusChange(o1, entry('O1', { status: 'missing' }), 'submitted')
    expect(jump?.th).toContain('ยังไม่มีข้อมูล')
    expect(jump?.en).toContain('cannot go from "Missing" to "Submitted"')
    expect(checkStatusChange(o1, entry('O1', { status: 'confirmed' }), 'draft')).not.toBeNull()
    expect(checkStatusChange(o1, entry('O1', { status: 'submitted' }), 'contested')).toBeNull()
  })
})

describe('completeness of an agency’s workspace', () => {
  // FY 2569 runs 1 Oct 2025 – 30 Sep 2026; today is Friday 20 March 2026.
  const today = isoDate('2026-03-20')
  const entries = [
    entry('O1', { status: 'ready', elementsDone: [0], dueDate: isoDate('2026-03-31') }),
    // O2 needs last year's report but links this year's: stale. Due in five days: due soon.
    entry('O2', { contentFiscalYear: 2569, dueDate: isoDate('2026-03-25'), explanation: 'ดูหัวข้อ ITA' }),
    // O3 has no entry at all. O4 is a draft without URL, due yesterday.
    entry('O4', { url: null, dueDate: isoDate('2026-03-19') }),
    entry('O99'),
  ]
  const report = workspaceCompleteness(catalogue, entries, { today, dueSoonDays: 7 })

  it('counts missing, stale, due-soon and overdue items by hand-checked rules', () => {
    expect(report).toMatchObject({ fiscalYear: 2569, total: 4, finished: 1, missing: 2, stale: 1, dueSoon: 1, overdue: 1, percentFinished: 25 })
    expect(report.items.map((i) => [i.code, i.missing, i.stale, i.dueSoon, i.overdue])).toEqual([
      ['O1', false, false, false, false],
      ['O2', false, true, true, false],
      ['O3', true, false, false, false],
      ['O4', true, false, false, true],
    ])
  })

  it('lists links to items no longer in the catalogue', () => {
    expect(report.unknownCodes).toEqual(['O99'])
  })

  it('accepts last year’s or this year’s content where the source does not say which', () => {
    const forO3 = (contentFiscalYear: number) =>
      workspaceCompleteness(catalogue, [entry('O3', { contentFiscalYear })], { today, dueSoonDays: 7 }).items[2]!.stale
    expect(forO3(2569)).toBe(false)
    expect(forO3(2568)).toBe(false)
    expect(forO3(2567)).toBe(true)
  })

  it('judges the same links differently in the next fiscal year', () => {
    const nextYear = { ...catalogue, fiscalYear: 2570 }
    const later = workspaceCompleteness(nextYear, entries, { today: isoDate('2026-10-05'), dueSoonDays: 7 })
    expect(later.items.find((i) => i.code === 'O1')?.stale).toBe(true)
    expect(later.items.find((i) => i.code === 'O2')?.stale).toBe(false)
  })

  it('treats a due date today as due soon, and finished items as never due', () => {
    const dueToday = workspaceCompleteness(catalogue, [entry('O1', { dueDate: today })], { today, dueSoonDays: 0 })
    expect(dueToday.items[0]).toMatchObject({ dueSoon: true, overdue: false })
    const done = workspaceCompleteness(catalogue, [entry('O1', { status: 'submitted', dueDate: isoDate('2026-01-01') })], { today, dueSoonDays: 7 })
    expect(done.items[0]).toMatchObject({ overdue: false, dueSoon: false })
  })

  it('flags to their responsible people the items that need attention', () => {
    expect(itemsNeedingAttention(report).map((i) => i.code)).toEqual(['O2', 'O3', 'O4'])
  })
})

describe('the link sheet handed to the NACC', () => {
  it('has the five columns and one row per item in catalogue order, มี only for finished items', () => {
    expect(LINK_SHEET_COLUMNS.map((c) => c.th)).toEqual(['ข้อ', 'รายการ', 'มี/ไม่มี', 'URL', 'คำอธิบายเพิ่มเติม'])
    const rows = linkSheetRows(catalogue, [
      entry('O1', { status: 'submitted', explanation: ' เมนู "เกี่ยวกับเรา" ' }),
      entry('O2', { explanation: 'ดูหัวข้อ ITA' }),
      entry('O4', { status: 'contested' }),
    ])
    expect(rows).toEqual([
      { code: 'O1', item: 'โครงสร้างและอำนาจหน้าที่', answer: 'มี', url: 'https://www.wiangthong.go.th/oit/o1', explanation: 'เมนู "เกี่ยวกับเรา"' },
      { code: 'O2', item: 'รายงานผลการจัดซื้อจัดจ้างประจำปี', answer: 'ไม่มี', url: '', explanation: 'ดูหัวข้อ ITA' },
      { code: 'O3', item: 'แผนและรายงาน', answer: 'ไม่มี', url: '', explanation: '' },
      { code: 'O4', item: 'ข่าวประชาสัมพันธ์', answer: 'มี', url: 'https://www.wiangthong.go.th/oit/o4', explanation: '' },
    ])
  })
})
