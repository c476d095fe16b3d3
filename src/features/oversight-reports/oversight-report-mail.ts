/**
 * The mails of the reporting cycle, Thai then English. They say what happened and where to look;
 * the answers themselves stay in the application.
 */
type Part = { subject: string; lines: string[] }
export type ReportMail = { subject: string; text: string }

const FOOTER = ['--', 'อีเมลนี้ส่งจากระบบโปร่งใสโดยอัตโนมัติ กรุณาอย่าตอบกลับ', 'This e-mail was sent automatically by Prongsai; please do not reply.']

function compose(th: Part, en: Part): ReportMail {
  return { subject: `${th.subject} / ${en.subject}`, text: [...th.lines, '', '----', '', ...en.lines, '', ...FOOTER, ''].join('\n') }
}

type Vars = { agency: { th: string; en: string }; report: { th: string; en: string }; period: { th: string; en: string }; link: string }

export const periodOpenedMail = (v: Vars & { deadline: { th: string; en: string } }) =>
  compose(
    { subject: `เปิดรับรายงาน ${v.report.th} ${v.period.th}`, lines: [`${v.agency.th} มีรายงานที่ต้องส่ง: ${v.report.th} ${v.period.th}`, `กำหนดส่ง: ${v.deadline.th}`, v.link] },
    { subject: `Report due: ${v.report.en} ${v.period.en}`, lines: [`${v.agency.en} has a report to send: ${v.report.en} ${v.period.en}`, `Due: ${v.deadline.en}`, v.link] },
  )

export const awaitingHeadMail = (v: Vars & { by: string }) =>
  compose(
    { subject: `รายงานรอท่านลงนาม – ${v.report.th} ${v.period.th}`, lines: [`${v.by} รวบรวมรายงานแล้ว และขอให้หัวหน้าหน่วยงานตรวจและลงนามก่อนส่งจังหวัด`, v.link] },
    { subject: `Report awaiting your sign-off – ${v.report.en} ${v.period.en}`, lines: [`${v.by} has assembled the report and asks the head to check and sign it before it goes to the province.`, v.link] },
  )

export const sentBackByHeadMail = (v: Vars & { by: string; reason: string }) =>
  compose(
    { subject: `หัวหน้าหน่วยงานส่งรายงานกลับให้แก้ไข – ${v.report.th} ${v.period.th}`, lines: [`${v.by}: ${v.reason}`, v.link] },
    { subject: `The head sent the report back – ${v.report.en} ${v.period.en}`, lines: [`${v.by}: ${v.reason}`, v.link] },
  )

export const submittedMail = (v: Vars & { resubmission: boolean; late: boolean }) =>
  compose(
    {
      subject: `${v.resubmission ? 'ส่งรายงานฉบับแก้ไข' : 'ส่งรายงาน'} – ${v.agency.th} – ${v.report.th} ${v.period.th}${v.late ? ' (ล่าช้า)' : ''}`,
      lines: [`${v.agency.th} ${v.resubmission ? 'ส่งรายงานฉบับแก้ไขแล้ว ท่านจะเห็นสิ่งที่เปลี่ยนแปลงรายข้อ' : 'ส่งรายงานแล้ว'}`, v.link],
    },
    {
      subject: `${v.resubmission ? 'Report resubmitted' : 'Report submitted'} – ${v.agency.en} – ${v.report.en} ${v.period.en}${v.late ? ' (late)' : ''}`,
      lines: [`${v.agency.en} has ${v.resubmission ? 'resubmitted its report; you will see what changed item by item' : 'submitted its report'}.`, v.link],
    },
  )

export const returnedMail = (v: Vars & { reasons: string[]; replyBy: { th: string; en: string } | null }) =>
  compose(
    { subject: `จังหวัดส่งรายงานกลับให้แก้ไข – ${v.report.th} ${v.period.th}`, lines: ['เหตุผลรายข้อ:', ...v.reasons.map((r) => `- ${r}`), ...(v.replyBy ? [`ขอให้ส่งฉบับแก้ไขภายใน ${v.replyBy.th}`] : []), v.link] },
    { subject: `Report returned for changes – ${v.report.en} ${v.period.en}`, lines: ['Reasons, item by item:', ...v.reasons.map((r) => `- ${r}`), ...(v.replyBy ? [`Please resubmit by ${v.replyBy.en}`] : []), v.link] },
  )

export const acceptedMail = (v: Vars) =>
  compose(
    { subject: `จังหวัดรับรายงานแล้ว – ${v.report.th} ${v.period.th}`, lines: [`รายงานของ ${v.agency.th} ได้รับการตรวจรับแล้ว`, v.link] },
    { subject: `Report accepted – ${v.report.en} ${v.period.en}`, lines: [`The report of ${v.agency.en} has been accepted.`, v.link] },
  )

export const announcementMail = (v: { number: string; title: string; correction: boolean; link: string }) =>
  compose(
    { subject: `${v.correction ? 'แก้ไขประกาศ' : 'ประกาศจากจังหวัด'} ${v.number}: ${v.title}`, lines: [`${v.correction ? 'ประกาศฉบับแก้ไข' : 'ประกาศใหม่'} ขอให้หัวหน้าหน่วยงานอ่านและกดรับทราบ`, v.link] },
    { subject: `${v.correction ? 'Corrected announcement' : 'Announcement'} ${v.number}: ${v.title}`, lines: [`${v.correction ? 'A corrected version was issued.' : 'A new announcement was issued.'} The agency head is asked to read and acknowledge it.`, v.link] },
  )

export const announcementReminderMail = (v: { number: string; title: string; issued: string; agency: string; link: string }) =>
  compose(
    { subject: `เตือน: ยังไม่รับทราบประกาศ ${v.number}`, lines: [`${v.agency} ยังไม่ได้รับทราบประกาศ ${v.number} เรื่อง ${v.title} (ลงวันที่ ${v.issued})`, v.link] },
    { subject: `Reminder: announcement ${v.number} not yet acknowledged`, lines: [`${v.agency} has not yet acknowledged announcement ${v.number}: ${v.title} (dated ${v.issued}).`, v.link] },
  )
