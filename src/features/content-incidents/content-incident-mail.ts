import type { Bilingual } from '../../platform/i18n/locale.ts'

/**
 * The mails of this feature, Thai then English like every mail the system sends. They say that
 * something happened and where to look; the description stays in the application.
 */
type Part = { subject: string; lines: string[] }
export type IncidentMail = { subject: string; text: string }

const FOOTER = ['--', 'อีเมลนี้ส่งจากระบบโปร่งใสโดยอัตโนมัติ กรุณาอย่าตอบกลับ', 'This e-mail was sent automatically by Prongsai; please do not reply.']

function compose(th: Part, en: Part): IncidentMail {
  return { subject: `${th.subject} / ${en.subject}`, text: [...th.lines, '', '----', '', ...en.lines, '', ...FOOTER, ''].join('\n') }
}

type Vars = { organisation: Bilingual; kind: Bilingual; urgent: boolean; link: string }

export function incidentReportedMail(v: Vars & { reporter: string }): IncidentMail {
  const urgentTh = v.urgent ? '[ด่วน] ' : ''
  const urgentEn = v.urgent ? '[Urgent] ' : ''
  return compose(
    {
      subject: `${urgentTh}รายงานเหตุการณ์ข้อมูลบิดเบือน – ${v.organisation.th}`,
      lines: [`${v.reporter} รายงานเหตุการณ์ต่อหัวหน้าหน่วยงาน`, `ประเภท: ${v.kind.th}`, '', 'เข้าสู่ระบบเพื่ออ่านรายละเอียด บันทึกการดำเนินการ ปิดเรื่อง หรือรายงานผู้กำกับติดตาม', v.link],
    },
    {
      subject: `${urgentEn}Content incident reported – ${v.organisation.en}`,
      lines: [`${v.reporter} has reported an incident to the head of the agency.`, `Kind: ${v.kind.en}`, '', 'Sign in to read it, record what was done, close it or escalate it to oversight:', v.link],
    },
  )
}

export function incidentEscalatedMail(v: Vars & { head: string }): IncidentMail {
  const urgentTh = v.urgent ? '[ด่วน] ' : ''
  const urgentEn = v.urgent ? '[Urgent] ' : ''
  return compose(
    {
      subject: `${urgentTh}หน่วยงานรายงานเหตุการณ์ข้อมูลบิดเบือนเพื่อทราบ – ${v.organisation.th}`,
      lines: [`${v.head} หัวหน้าหน่วยงาน ${v.organisation.th} รายงานเหตุการณ์ที่อาจกระทบภาพลักษณ์ของจังหวัด`, `ประเภท: ${v.kind.th}`, '', 'เข้าสู่ระบบเพื่ออ่านรายละเอียดและตอบกลับ', v.link],
    },
    {
      subject: `${urgentEn}Content incident escalated by ${v.organisation.en}`,
      lines: [`${v.head}, head of ${v.organisation.en}, has escalated an incident that may harm the province's image.`, `Kind: ${v.kind.en}`, '', 'Sign in to read it and respond:', v.link],
    },
  )
}

export function incidentClosedMail(v: Omit<Vars, 'urgent'>): IncidentMail {
  return compose(
    { subject: `ปิดเรื่องเหตุการณ์ที่ท่านรายงานแล้ว – ${v.organisation.th}`, lines: [`เหตุการณ์ที่ท่านรายงาน (${v.kind.th}) ปิดเรื่องแล้ว`, '', 'อ่านสรุปผลการดำเนินการได้ที่', v.link] },
    { subject: `The incident you reported is closed – ${v.organisation.en}`, lines: [`The incident you reported (${v.kind.en}) has been closed.`, '', 'Read the summary of what was done:', v.link] },
  )
}
