/**
 * Built-in survey forms, written in the project's own words after the official ITA topics
 * (ita.md: indicators 1–5 asked of staff, 6–8 of the people served). They are rehearsals, not the
 * NACC instruments: the wording is ours, the topics and answer scales follow the official ones.
 * Item ids start with the indicator they feed (`ind3_…` → indicator 3); scoring relies on that.
 */
import type { FormDefinition, FormItem, FormSection, Localised } from '../../platform/forms/form-definition.ts'
import { scaleItem } from '../../platform/forms/form-scales.ts'

type Q = { th: string; en: string; yesNo?: boolean }

function indicatorSection(n: number, title: Localised, questions: Q[]): FormSection {
  const items: FormItem[] = questions.map((q, i) =>
    scaleItem({ id: `ind${n}_q${i + 1}`, number: `${n}.${i + 1}`, title: { th: q.th, en: q.en }, scale: q.yesNo ? 'yes_no' : 'four_level', notApplicable: true }),
  )
  return { id: `ind${n}`, number: String(n), title, items }
}

export const IIT_TEMPLATE: FormDefinition = {
  key: 'survey-iit-rehearsal',
  title: { th: 'แบบสำรวจความคิดเห็นบุคลากรภายในหน่วยงาน (ซ้อมก่อนการประเมิน ITA)', en: 'Staff survey (rehearsal before the ITA assessment)' },
  headSignOff: false,
  sections: [
    indicatorSection(1, { th: 'การปฏิบัติหน้าที่', en: 'Performance of duty' }, [
      { th: 'บุคลากรในหน่วยงานของท่านให้บริการแก่ผู้มาติดต่อทุกคนอย่างเท่าเทียมกัน มากน้อยเพียงใด', en: 'How far do staff serve everyone equally?' },
      { th: 'บุคลากรในหน่วยงานของท่านทำงานตามขั้นตอนและระยะเวลาที่กำหนด มากน้อยเพียงใด', en: 'How far do staff follow the set steps and time limits?' },
      { th: 'ท่านเห็นว่าบุคลากรในหน่วยงานไม่รับสิ่งของหรือประโยชน์อื่นใดจากผู้มาติดต่อ มากน้อยเพียงใด', en: 'How far do staff refuse gifts or benefits from people they serve?' },
    ]),
    indicatorSection(2, { th: 'การใช้งบประมาณ', en: 'Use of budget' }, [
      { th: 'ท่านรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณประจำปีของหน่วยงาน มากน้อยเพียงใด', en: "How much do you know of the agency's yearly spending plan?" },
      { th: 'หน่วยงานใช้งบประมาณอย่างคุ้มค่าและตรงตามวัตถุประสงค์ มากน้อยเพียงใด', en: 'How far is the budget spent for its purpose and with value?' },
      { th: 'หน่วยงานเปิดโอกาสให้บุคลากรสอบถามหรือทักท้วงการใช้งบประมาณได้ มากน้อยเพียงใด', en: 'How far may staff question how the budget is spent?' },
    ]),
    indicatorSection(3, { th: 'การใช้อำนาจ', en: 'Use of authority' }, [
      { th: 'ผู้บังคับบัญชามอบหมายงานอย่างเป็นธรรม มากน้อยเพียงใด', en: 'How fairly does your superior assign work?' },
      { th: 'การประเมินผลการปฏิบัติงานเป็นไปตามผลงานจริง มากน้อยเพียงใด', en: 'How far are appraisals based on actual work?' },
      { th: 'ท่านไม่เคยถูกสั่งให้ทำสิ่งที่ไม่ถูกต้องหรือขัดต่อระเบียบ', en: 'You have never been told to do something improper', yesNo: true },
    ]),
    indicatorSection(4, { th: 'การใช้ทรัพย์สินของราชการ', en: 'Use of government property' }, [
      { th: 'หน่วยงานมีขั้นตอนการขอยืมทรัพย์สินของราชการที่ชัดเจน มากน้อยเพียงใด', en: 'How clear is the procedure for borrowing government property?' },
      { th: 'บุคลากรไม่นำทรัพย์สินของราชการไปใช้เพื่อประโยชน์ส่วนตัว มากน้อยเพียงใด', en: 'How far do staff keep government property from private use?' },
      { th: 'หน่วยงานกำกับดูแลการใช้ทรัพย์สินของราชการ มากน้อยเพียงใด', en: 'How far does the agency oversee the use of its property?' },
    ]),
    indicatorSection(5, { th: 'การแก้ไขปัญหาการทุจริต', en: 'Solving corruption problems' }, [
      { th: 'ผู้บริหารให้ความสำคัญกับการป้องกันการทุจริต มากน้อยเพียงใด', en: 'How much weight do the executives give to preventing corruption?' },
      { th: 'ท่านเชื่อมั่นว่าจะได้รับการคุ้มครองหากร้องเรียนการทุจริต มากน้อยเพียงใด', en: 'How confident are you of protection if you report corruption?' },
      { th: 'หน่วยงานนำผลการตรวจสอบมาปรับปรุงการทำงาน', en: 'The agency acts on audit findings', yesNo: true },
    ]),
  ],
}

export const EIT_TEMPLATE: FormDefinition = {
  key: 'survey-eit-rehearsal',
  title: { th: 'แบบสำรวจความคิดเห็นผู้รับบริการหรือผู้มาติดต่อ (ซ้อมก่อนการประเมิน ITA)', en: 'Survey of the people served (rehearsal before the ITA assessment)' },
  headSignOff: false,
  sections: [
    indicatorSection(6, { th: 'คุณภาพการดำเนินงาน', en: 'Quality of operations' }, [
      { th: 'เจ้าหน้าที่ให้บริการตามขั้นตอนและระยะเวลาที่ประกาศไว้ มากน้อยเพียงใด', en: 'How far did staff follow the published steps and times?' },
      { th: 'เจ้าหน้าที่ให้บริการท่านเช่นเดียวกับผู้มาติดต่อรายอื่น มากน้อยเพียงใด', en: 'How far were you served like everyone else?' },
      { th: 'ท่านไม่เคยถูกเรียกรับเงินหรือสิ่งของเพื่อแลกกับการให้บริการ', en: 'You were never asked for money or gifts in exchange for service', yesNo: true },
    ]),
    indicatorSection(7, { th: 'ประสิทธิภาพการสื่อสาร', en: 'Communication efficiency' }, [
      { th: 'ข้อมูลที่หน่วยงานเผยแพร่เข้าถึงได้ง่ายและไม่ซับซ้อน มากน้อยเพียงใด', en: 'How easy to find and understand is what the agency publishes?' },
      { th: 'หน่วยงานมีช่องทางให้ติชมหรือแสดงความคิดเห็น มากน้อยเพียงใด', en: 'How far does the agency offer ways to give feedback?' },
      { th: 'หน่วยงานชี้แจงและตอบคำถามเมื่อมีข้อกังวลสงสัย', en: 'The agency explains and answers when people have doubts', yesNo: true },
    ]),
    indicatorSection(8, { th: 'การปรับปรุงระบบการทำงาน', en: 'Improving work systems' }, [
      { th: 'หน่วยงานปรับปรุงการให้บริการให้ดีขึ้น มากน้อยเพียงใด', en: 'How far has the agency improved its service?' },
      { th: 'หน่วยงานนำเทคโนโลยีมาช่วยให้การติดต่อสะดวกขึ้น มากน้อยเพียงใด', en: 'How far does technology make contacting the agency easier?' },
      { th: 'หน่วยงานเปิดโอกาสให้ประชาชนมีส่วนร่วมปรับปรุงการทำงาน มากน้อยเพียงใด', en: 'How far may people take part in improving its work?' },
    ]),
  ],
}

/** Satisfaction with one service (seed 003 m6.5; seed 000 form 1.2): five levels and a comment. */
export function satisfactionTemplate(): FormDefinition {
  const q = (id: string, number: string, th: string, en: string) => scaleItem({ id, number, title: { th, en }, scale: 'five_level' })
  return {
    key: 'survey-service-satisfaction',
    title: { th: 'แบบสำรวจความพึงพอใจต่อการให้บริการ', en: 'Service satisfaction survey' },
    headSignOff: false,
    sections: [
      {
        id: 'sat',
        number: '1',
        title: { th: 'ความพึงพอใจ', en: 'Satisfaction' },
        items: [
          q('sat_process', '1.1', 'ขั้นตอนการให้บริการชัดเจนและไม่ยุ่งยาก', 'The steps were clear and simple'),
          q('sat_time', '1.2', 'ได้รับบริการภายในระยะเวลาที่กำหนด', 'Served within the stated time'),
          q('sat_staff', '1.3', 'เจ้าหน้าที่สุภาพ เต็มใจ และให้คำแนะนำได้ดี', 'Staff were polite, willing and helpful'),
          q('sat_place', '1.4', 'สถานที่และสิ่งอำนวยความสะดวกเหมาะสม', 'The place and facilities were suitable'),
          q('sat_overall', '1.5', 'ความพึงพอใจต่อการให้บริการโดยรวม', 'Overall satisfaction with the service'),
        ],
      },
      {
        id: 'suggestions',
        number: '2',
        title: { th: 'ข้อเสนอแนะ', en: 'Suggestions' },
        items: [{ id: 'comment', number: '2.1', title: { th: 'ข้อเสนอแนะเพื่อปรับปรุงการให้บริการ', en: 'What should we improve?' }, help: { th: 'ไม่ต้องใส่ชื่อหรือข้อมูลส่วนตัว ข้อความจะเผยแพร่หลังเจ้าหน้าที่ตรวจแล้วเท่านั้น', en: 'Do not give your name or personal details; comments are published only after review' }, required: false, type: 'text', multiline: true }],
      },
    ],
  }
}

export const SATISFACTION_TEMPLATE = satisfactionTemplate()

export const SURVEY_KINDS = ['iit', 'eit', 'satisfaction'] as const
export type SurveyKind = (typeof SURVEY_KINDS)[number]

export const TEMPLATE_OF: Record<SurveyKind, FormDefinition> = { iit: IIT_TEMPLATE, eit: EIT_TEMPLATE, satisfaction: SATISFACTION_TEMPLATE }

export const SURVEY_KIND_LABELS: Record<SurveyKind, Localised> = {
  iit: { th: 'แบบสำรวจบุคลากรภายใน (แบบ IIT)', en: 'Staff survey (IIT style)' },
  eit: { th: 'แบบสำรวจผู้รับบริการ (แบบ EIT)', en: 'Survey of people served (EIT style)' },
  satisfaction: { th: 'ความพึงพอใจต่อการให้บริการ', en: 'Service satisfaction' },
}
