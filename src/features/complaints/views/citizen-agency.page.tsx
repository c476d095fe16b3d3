import { Table } from '../../../web/components/display.tsx'
import { aboutAgency } from '../../../web/meta-description.ts'
import { Layout } from '../../../web/layout.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import { GUIDELINE_STEPS, STEP_LABELS, type GuidelineStep } from '../complaint-deadlines.domain.ts'
import type { ComplaintAgency } from '../complaint-guideline.use-cases.ts'
import { CHANNEL_LABELS } from '../complaint-workflow.domain.ts'
import { AnonymityExplained } from './citizen-anonymity.tsx'

/** An agency's complaint page (D5): how to complain, the steps and their time frames, the channels, what anonymous means. */
export function CitizenAgencyPage({ ctx, agency }: { ctx: PageContext; agency: ComplaintAgency }) {
  const t = ctx.t
  const name = orgName(agency, ctx.locale)
  const g = agency.guideline
  const howTo = ctx.locale === 'en' && g.howToEn.trim() ? g.howToEn : g.howToTh
  const base = `/o/${agency.slug}/complaints`
  const atOffice = agency.address || t({ th: 'สำนักงานของหน่วยงาน', en: 'the agency’s office' })
  return (
    <Layout
      ctx={ctx}
      title={t({ th: 'ร้องเรียน / แจ้งเบาะแส', en: 'Complaints and whistleblowing' }) + ` – ${name}`}
      description={aboutAgency(agency, {
        th: 'ร้องเรียนหรือแจ้งเบาะแสการทุจริตต่อ{org}: ขั้นตอน ระยะเวลา ช่องทาง และการร้องเรียนโดยไม่เปิดเผยตัวตน',
        en: 'Complain to {org} or report corruption: the steps, time frames, channels, and complaining anonymously.',
      })}
    >
      <span class="caption-l" safe>
        {name}
      </span>
      <h1 class="heading-xl" safe>
        {t({ th: 'ร้องเรียน / แจ้งเบาะแสการทุจริตและประพฤติมิชอบ', en: 'Report corruption or misconduct' })}
      </h1>
      {howTo.split(/\n+/).map((para) => (
        <p class="lead" safe>
          {para}
        </p>
      ))}
      <p class="body">
        <a class="button" href={`${base}/new`} safe>
          {t({ th: 'ยื่นเรื่องร้องเรียนทางเว็บไซต์', en: 'Make a complaint online' })}
        </a>
      </p>
      <ul class="list">
        <li>
          <a href="/complaints/follow-up" safe>
            {t({ th: 'ติดตามเรื่องที่ยื่นไว้แล้ว (ใช้รหัสติดตามเรื่อง)', en: 'Follow a complaint you made (with its receipt)' })}
          </a>
        </li>
        <li>
          <a href={`${base}/statistics`} safe>
            {t({ th: 'สถิติเรื่องร้องเรียนของหน่วยงาน', en: 'The agency’s complaint statistics' })}
          </a>
        </li>
      </ul>

      <h2 class="heading-l" safe>
        {t({ th: 'ขั้นตอนและระยะเวลาดำเนินการ', en: 'Steps and time frames' })}
      </h2>
      <Table<GuidelineStep>
        caption={t({ th: 'ขั้นตอนการจัดการเรื่องร้องเรียน (นับเป็นวันทำการ)', en: 'How a complaint is handled (in business days)' })}
        columns={[
          { header: t({ th: 'ขั้นตอน', en: 'Step' }), cell: (s) => <span safe>{t(STEP_LABELS[s])}</span> },
          { header: t({ th: 'ผู้รับผิดชอบ', en: 'Responsible unit' }), cell: (s) => <span safe>{ctx.locale === 'en' && g.steps[s].responsibleUnit.en ? g.steps[s].responsibleUnit.en : g.steps[s].responsibleUnit.th}</span> },
          {
            header: t({ th: 'วันทำการ', en: 'Business days' }),
            numeric: true,
            cell: (s) => <span safe>{String(g.steps[s].businessDays)}</span>,
          },
        ]}
        rows={[...GUIDELINE_STEPS]}
      />
      <p class="body hint" safe>
        {t({
          th: 'วันทำการไม่นับวันเสาร์ วันอาทิตย์ และวันหยุดราชการ แต่ละขั้นตอนเริ่มนับจากวันถัดจากวันที่ขั้นตอนก่อนหน้าเสร็จ',
          en: 'Business days leave out weekends and public holidays; each step is counted from the day after the previous one ended.',
        })}
      </p>

      <h2 class="heading-l" safe>
        {t({ th: 'ช่องทางการร้องเรียน', en: 'Ways to complain' })}
      </h2>
      <ul class="list list--bullet">
        <li>
          <strong safe>{t(CHANNEL_LABELS.web)}</strong>{' '}
          <a href={`${base}/new`} safe>
            {t({ th: 'แบบฟอร์มร้องเรียนออนไลน์', en: 'the online complaint form' })}
          </a>
        </li>
        <li>
          <strong safe>{t(CHANNEL_LABELS.walk_in)}</strong> <span safe>{t({ th: `ที่ ${atOffice}`, en: `at ${atOffice}` })}</span>
        </li>
        <li>
          <strong safe>{t(CHANNEL_LABELS.post)}</strong> <span safe>{t({ th: `ส่งถึง ${name} ${agency.address}`, en: `to ${name}, ${agency.address}` })}</span>
        </li>
        {agency.phone ? (
          <li>
            <strong safe>{t(CHANNEL_LABELS.phone)}</strong> <span safe>{agency.phone}</span>
          </li>
        ) : (
          ''
        )}
        <li>
          <strong safe>{t(CHANNEL_LABELS.hotline_1567)}</strong>{' '}
          <span safe>{t({ th: 'ของศูนย์ดำรงธรรม กระทรวงมหาดไทย', en: 'of the Ministry of Interior’s Damrongdhama Centre' })}</span>
        </li>
        <li>
          <strong safe>{t(CHANNEL_LABELS.damrongdhama)}</strong>{' '}
          <span safe>{t({ th: 'ศูนย์ดำรงธรรมจังหวัดหรืออำเภอ ซึ่งจะส่งเรื่องมายังหน่วยงาน', en: 'at the provincial or district centre, which passes the complaint to the agency' })}</span>
        </li>
      </ul>
      <p class="body" safe>
        {t({
          th: 'เรื่องร้องเรียนควรระบุผู้ถูกร้องเรียน ข้อเท็จจริงหรือพฤติการณ์ที่เกิดขึ้น และพยานหลักฐานเท่าที่มี เรื่องที่ยื่นทางช่องทางอื่นจะได้รับการบันทึกในระบบเช่นเดียวกับเรื่องที่ยื่นทางเว็บไซต์',
          en: 'Say who the complaint is about, what happened, and give what evidence you have. Complaints made through other channels are recorded here just like those made online.',
        })}
      </p>

      <h2 class="heading-l" safe>
        {t({ th: 'การร้องเรียนโดยไม่เปิดเผยชื่อ', en: 'Complaining anonymously' })}
      </h2>
      <p class="body" safe>
        {t({ th: 'ท่านเลือกได้ว่าจะแจ้งชื่อหรือไม่ประสงค์ออกนาม หากไม่ประสงค์ออกนาม:', en: 'You may give your name or stay anonymous. If you stay anonymous:' })}
      </p>
      <AnonymityExplained ctx={ctx} />
      <p class="body" safe>
        {t({
          th: 'หากแจ้งชื่อ ชื่อและช่องทางติดต่อของท่านจะถูกเข้ารหัส เฉพาะเจ้าหน้าที่รับเรื่องร้องเรียนของหน่วยงานเท่านั้นที่เปิดดูได้ ทุกครั้งที่เปิดดูจะถูกบันทึกไว้ และเจ้าหน้าที่ที่ถูกบันทึกว่าเป็นผู้ถูกร้องเรียนจะไม่เห็นเรื่องนั้น',
          en: 'If you give your name, it and your contacts are encrypted: only the agency’s complaint officers can open them, every opening is recorded, and a staff member recorded as the subject of a complaint cannot see it.',
        })}
      </p>
      <p class="body">
        <a class="button" href={`${base}/new`} safe>
          {t({ th: 'ยื่นเรื่องร้องเรียนทางเว็บไซต์', en: 'Make a complaint online' })}
        </a>
      </p>
    </Layout>
  )
}
