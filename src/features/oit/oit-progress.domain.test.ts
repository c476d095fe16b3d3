import { describe, expect, it } from 'vitest'
import { isoDate } from '../../platform/thai-calendar/index.ts'
import type { OitCatalogue, OitItem } from './oit-catalogue.domain.ts'
import { checkStatusChange, itemState, oitProgress, oitProgressSentence, workspaceCompleteness, type OitWorkspaceEntry } from './oit-workspace.domain.ts'

const item = (code: string): OitItem => ({ code, nameTh: code, nameEn: code, indicator: null, subIndicator: null, elements: ['เผยแพร่บนเว็บไซต์'], dataYear: 'current', publicationWindow: null })
const catalogue: OitCatalogue = { scheme: 'nacc-ita', fiscalYear: 2570, source: 'test', verified: true, items: ['O1', 'O2', 'O3', 'O4', 'O5', 'O6'].map(item) }
const entry = (itemCode: string, o: Partial<OitWorkspaceEntry>): OitWorkspaceEntry => ({
  itemCode,
  status: 'draft',
  url: `https://www.example.go.th/${itemCode}`,
  explanation: '',
  contentFiscalYear: 2570,
  elementsDone: [0],
  dueDate: null,
  responsibleUserId: null,
  ...o,
})

describe('one state per item and one percentage (issue 14)', () => {
  const report = workspaceCompleteness(
    catalogue,
    [
      entry('O1', { status: 'draft', url: null, dueDate: isoDate('2027-01-01') }),
      entry('O2', { status: 'draft', contentFiscalYear: 2568 }),
      entry('O3', { status: 'ready' }),
      entry('O4', { status: 'submitted' }),
      entry('O5', { status: 'confirmed' }),
    ],
    { today: isoDate('2027-03-01'), dueSoonDays: 14 },
  )

  it('gives each item exactly one state', () => {
    expect(report.items.map(itemState)).toEqual(['in_progress', 'needs_fixing', 'ready', 'submitted', 'confirmed', 'not_started'])
  })

  it('counts ready and sent items, shows drafts apart, and says what it counts', () => {
    const p = oitProgress(report)
    expect(p).toMatchObject({ total: 6, counted: 3, percent: 50 })
    expect(p.byState).toMatchObject({ not_started: 1, in_progress: 1, needs_fixing: 1, ready: 1, submitted: 1, confirmed: 1, contested: 0 })
    expect(oitProgressSentence(p).th).toBe('50% — พร้อมส่งหรือส่งแล้ว 3 จาก 6 ข้อ (กำลังจัดทำ 2 ข้อ และยังไม่เริ่ม 1 ข้อ ยังไม่นับ)')
  })

  it('rounds down so 100% means every item', () => {
    const two = { ...catalogue, items: catalogue.items.slice(0, 3) }
    const r = workspaceCompleteness(two, [entry('O1', { status: 'ready' }), entry('O2', { status: 'ready' })], { today: isoDate('2027-03-01'), dueSoonDays: 14 })
    expect(oitProgress(r).percent).toBe(66)
  })

  it('lets a first save go straight to ready when the URL and every element are there', () => {
    expect(checkStatusChange(item('O1'), entry('O1', { status: 'missing' }), 'ready')).toBeNull()
    expect(checkStatusChange(item('O1'), entry('O1', { status: 'missing', elementsDone: [] }), 'ready')).not.toBeNull()
  })
})
