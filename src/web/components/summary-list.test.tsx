import { describe, expect, it } from 'vitest'
import { SummaryList } from './display.tsx'

describe('SummaryList', () => {
  it('escapes plain text rows and keeps markup rows built with JSX as they are', async () => {
    const typed: string = '<b>ยังใช้ได้</b>'
    const html = await SummaryList({
      rows: [
        { key: 'ชื่อ', text: '<img src=x onerror=alert(1)> & co' },
        { key: 'ที่อยู่', text: '' },
        { key: 'สถานะ', value: <strong class="tag tag--green">เผยแพร่แล้ว</strong> },
        { key: 'เดิม', value: <span safe>{typed}</span> },
      ],
    })
    expect(html).toContain('&lt;img src=x onerror=alert(1)> &amp; co')
    expect(html).not.toContain('<img')
    expect(html).toContain('<span class="preserve-lines">–</span>')
    expect(html).toContain('<strong class="tag tag--green">เผยแพร่แล้ว</strong>')
    expect(html).toContain('<span>&lt;b>ยังใช้ได้&lt;/b></span>')
  })
})
