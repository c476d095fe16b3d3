import { minutesToDocx } from '../../platform/exports/index.ts'
import { formatDateTh, toThaiDigits } from '../../platform/thai-calendar/index.ts'
import { MEMBER_ROLES, VOTES } from './meetings.domain.ts'
import type { minutesData } from './meetings.use-cases.ts'

/** The minutes in the official layout: attendance, then each item with declarations, who left and returned, votes and the resolution. */
export async function minutesDocx(d: Awaited<ReturnType<typeof minutesData>>): Promise<Buffer> {
  const { view, organisation } = d
  const m = view.meeting
  const n = (x: number) => toThaiDigits(String(x))
  const nameOf = new Map(view.members.map((x) => [x.userId, x.name]))
  const present = view.members.filter((x) => x.attended)
  const absent = view.members.filter((x) => !x.attended)
  const sections = [
    { heading: 'ผู้มาประชุม', paragraphs: present.map((x, i) => `${n(i + 1)}. ${x.name}${x.position ? ` ${x.position}` : ''} (${MEMBER_ROLES[x.role].th})`) },
    { heading: 'ผู้ไม่มาประชุม', paragraphs: absent.length ? absent.map((x, i) => `${n(i + 1)}. ${x.name} (${MEMBER_ROLES[x.role].th})`) : ['– ไม่มี –'] },
    ...view.items.map(({ item, recused, votes, standing }) => {
      const count = (k: keyof typeof VOTES) => votes.filter((v) => v.vote === k).length
      const lines = [item.title]
      if (recused.length) {
        for (const r of recused) lines.push(`${nameOf.get(r.userId) ?? ''} แจ้งการมีส่วนได้เสียในวาระนี้ (${r.nature}) และออกจากห้องประชุมระหว่างการพิจารณา ไม่ร่วมลงมติ และไม่นับเป็นองค์ประชุมในวาระนี้ กลับเข้าห้องประชุมเมื่อพิจารณาวาระนี้เสร็จสิ้น`)
      } else lines.push('ไม่มีผู้แจ้งการมีส่วนได้เสียในวาระนี้')
      lines.push(`องค์ประชุมในวาระนี้: อยู่ในที่ประชุม ${n(standing.present)} คน จากผู้มีสิทธิ ${n(standing.eligible)} คน (ต้องการ ${n(standing.needed)} คน)${standing.quorate ? ' ครบองค์ประชุม' : ' ไม่ครบองค์ประชุม'}`)
      if (votes.length) lines.push(`ผลการลงมติ: เห็นชอบ ${n(count('for'))} ไม่เห็นชอบ ${n(count('against'))} งดออกเสียง ${n(count('abstain'))}`)
      lines.push(`มติที่ประชุม: ${item.resolution ?? '–'}`)
      return { heading: `ระเบียบวาระที่ ${n(item.position)}`, paragraphs: lines }
    }),
  ]
  if (m.minutesApprovedAt) sections.push({ heading: 'การรับรองรายงานการประชุม', paragraphs: [`ที่ประชุมรับรองรายงานการประชุมนี้แล้ว${m.minutesApprovedNote ? ` (${m.minutesApprovedNote})` : ''}`] })
  const secretary = view.members.find((x) => x.role === 'secretary')
  const chair = view.members.find((x) => x.role === 'chair')
  return minutesToDocx({
    headingLines: [`รายงานการประชุม${m.title}`, ...(m.numberLabel ? [`ครั้งที่ ${toThaiDigits(m.numberLabel)}`] : []), `วันที่ ${formatDateTh(m.heldOn, { style: 'long', thaiDigits: true })}`, `ณ ${m.place}`, organisation.name_th],
    sections,
    signatures: [
      ...(secretary ? [{ name: secretary.name, position: 'ผู้จดรายงานการประชุม', date: m.heldOn }] : []),
      ...(chair ? [{ name: chair.name, position: 'ผู้ตรวจรายงานการประชุม', date: m.heldOn }] : []),
    ],
    options: { locale: 'th', thaiDigits: true },
  })
}
