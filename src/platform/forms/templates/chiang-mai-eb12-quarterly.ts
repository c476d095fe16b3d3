import type { FormDefinition, FormItem } from '../form-definition.ts'

/**
 * Seed 000's attachment, as Chiang Mai sent it on 30 May 2561: แบบรายงานการปฏิบัติงานของเจ้าหน้าที่
 * ตามมาตรฐานและความเป็นธรรมในการปฏิบัติงานและการให้บริการของหน่วยงานภาครัฐ. Titles are the
 * form's own words; the reporter's name, position, phone and date come last, as on paper, and
 * the head signs off on the report (headSignOff).
 */
const how = (id: string, number: string, th: string, en: string): FormItem => ({ id, number, type: 'yes_no_how', required: true, title: { th, en } })

export const CHIANG_MAI_EB12_QUARTERLY: FormDefinition = {
  key: 'cm-eb12-quarterly',
  title: {
    th: 'แบบรายงานการปฏิบัติงานของเจ้าหน้าที่ตามมาตรฐานและความเป็นธรรมในการปฏิบัติงานและการให้บริการของหน่วยงานภาครัฐ จังหวัดเชียงใหม่',
    en: "Report on officers' work to the standards and fairness of public agencies' work and services, Chiang Mai province",
  },
  headSignOff: true,
  sections: [
    {
      id: 'agency',
      number: '',
      title: { th: 'หน่วยงานผู้รายงาน', en: 'Reporting agency' },
      items: [
        { id: 'agency_name', number: '', type: 'text', required: true, title: { th: 'ชื่อหน่วยงาน', en: 'Agency' } },
        { id: 'agency_phone', number: '', type: 'text', required: true, title: { th: 'โทรศัพท์', en: 'Telephone' } },
        { id: 'responsible', number: '', type: 'text', required: true, title: { th: 'ผู้รับผิดชอบ', en: 'Person responsible' } },
      ],
    },
    {
      id: 's1',
      number: '1',
      title: { th: 'การดำเนินงานเกี่ยวกับคู่มือมาตรฐานการปฏิบัติงานสำหรับเจ้าหน้าที่', en: 'Work-standard manual for officers' },
      items: [
        how('i1_1', '1.1', 'หน่วยงานมีการจัดทำคู่มือมาตรฐานการปฏิบัติงานหรือไม่ อย่างไร', 'Does the agency have a work-standard manual? How?'),
        {
          id: 'i1_2',
          number: '1.2',
          type: 'group',
          required: false,
          title: { th: 'หน่วยงานมีการจัดทำคู่มือมาตรฐานการปฏิบัติงาน ตามประเด็นดังต่อไปนี้หรือไม่ อย่างไร', en: 'Does the work-standard manual cover the following? How?' },
          subItems: [
            how(
              'i1_2_a',
              '',
              'มีการกำหนดขั้นตอนการให้บริการ ระยะเวลา อัตรา ค่าบริการ (ถ้ามี) หน่วยงาน/ผู้รับผิดชอบ โดยมีการประชาสัมพันธ์ให้เจ้าหน้าที่ในสังกัด และประชาชนทราบ หรือไม่ อย่างไร',
              'Service steps, times, fees (if any) and the unit or person responsible, made known to staff and the public? How?',
            ),
            how('i1_2_b', '', 'มีการใช้เทคโนโลยีสารสนเทศเพื่อให้บริการ หรือไม่ อย่างไร', 'Is information technology used to provide the service? How?'),
            how('i1_2_c', '', 'มีการประเมินความพึงพอใจของประชาชนที่ใช้บริการ หรือไม่ อย่างไร', 'Is the satisfaction of people served assessed? How?'),
          ],
        },
        how('i1_3', '1.3', 'หน่วยงานมีการเผยแพร่ผลการปฏิบัติงานหรือไม่ อย่างไร', 'Does the agency publish its work results? How?'),
      ],
    },
    {
      id: 's2',
      number: '2',
      title: { th: 'การดำเนินงานเกี่ยวกับคู่มือบริการประชาชน', en: 'Citizen service manual' },
      items: [
        {
          id: 'i2_1',
          number: '2.1',
          type: 'text',
          multiline: true,
          required: true,
          title: {
            th: 'หน่วยงานมีการดำเนินงานตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘ อย่างไร',
            en: 'How does the agency carry out the Licensing Facilitation Act B.E. 2558?',
          },
        },
        how('i2_2', '2.2', 'หน่วยงานมีการจัดทำคู่มือบริการประชาชน (คู่มือ/ e - Book หรืออื่น ๆ) หรือไม่ อย่างไร', 'Does the agency have a citizen service manual (manual, e-book or other)? How?'),
        {
          id: 'i2_3',
          number: '2.3',
          type: 'link',
          how: true,
          prefillFrom: 'portal:service_manual',
          required: true,
          title: { th: 'หน่วยงานมีการเผยแพร่คู่มือบริการประชาชนบนเว็บไซต์ของหน่วยงานหรือไม่ อย่างไร (ระบุ Link)', en: "Is the citizen service manual published on the agency's website? How? (give the link)" },
          help: { th: 'ลิงก์ต้องเปิดได้และอยู่บนเว็บไซต์ของหน่วยงานเอง เพื่อให้สอบทานย้อนกลับได้', en: "The link must open and be on the agency's own website, so it can be traced back" },
        },
      ],
    },
    {
      id: 'photo_section',
      number: '',
      title: { th: 'ภาพประกอบการรายงาน', en: 'Photographs' },
      items: [
        {
          id: 'photos',
          number: '',
          type: 'files',
          photosOnly: true,
          maxFiles: 6,
          required: false,
          title: { th: 'ภาพประกอบการรายงาน (เช่น การประชุมจัดทำคู่มือ , การรับฟังความคิดเห็นของเจ้าหน้าที่/หรือประชาชน ฯลฯ)', en: 'Photographs (e.g. the meeting that drew up the manual, hearing staff or the public)' },
          help: { th: 'ใส่คำบรรยายใต้ภาพทุกภาพ', en: 'Give every photo a caption' },
        },
      ],
    },
    {
      id: 'suggestion_section',
      number: '',
      title: { th: 'ข้อเสนอแนะ', en: 'Suggestions' },
      items: [{ id: 'suggestions', number: '', type: 'text', multiline: true, required: false, title: { th: 'ข้อเสนอแนะ', en: 'Suggestions' } }],
    },
    {
      id: 'reporter',
      number: '',
      title: { th: 'ผู้รายงาน', en: 'Reporter' },
      items: [
        { id: 'reporter_name', number: '', type: 'text', required: true, title: { th: 'ลงชื่อผู้รายงาน', en: "Reporter's name" } },
        { id: 'reporter_position', number: '', type: 'text', required: true, title: { th: 'ตำแหน่ง', en: 'Position' } },
        { id: 'reporter_phone', number: '', type: 'text', required: false, title: { th: 'โทรศัพท์', en: 'Telephone' } },
        { id: 'report_date', number: '', type: 'date', required: true, title: { th: 'วันที่รายงาน', en: 'Date of the report' } },
      ],
    },
  ],
}
