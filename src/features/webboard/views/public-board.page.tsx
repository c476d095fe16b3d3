import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Tag } from '../../../web/components/display.tsx'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { TOPICS, topicName } from '../webboard.domain.ts'
import type { PublicBoard } from '../webboard.use-cases.ts'
import { BOARD_TITLE } from './webboard-text.ts'

export function PublicBoardPage({ ctx, board }: { ctx: PageContext; board: PublicBoard }) {
  const t = ctx.t
  const { org, figures } = board
  const base = `/o/${org.slug}/webboard`
  const title = t(BOARD_TITLE)
  return (
    <Layout ctx={ctx} title={`${title} – ${orgName(org, ctx.locale)}`}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={title} />
      <p class="lead" safe>
        {t({ th: 'ถามเรื่องการทำงานและบริการของหน่วยงานได้ที่นี่ เจ้าหน้าที่จะตอบอย่างเป็นทางการ คำถามจะแสดงหลังผ่านการตรวจสอบ', en: 'Ask about the agency’s work and services here; an officer answers officially. Questions appear after moderation.' })}
      </p>
      <p>
        <a href={`${base}/ask`} class="button" role="button" safe>
          {t({ th: 'ตั้งคำถาม', en: 'Ask a question' })}
        </a>
      </p>
      <p class="body">
        <a href={`/o/${org.slug}/comments`} safe>
          {t({ th: 'ต้องการบอกหน่วยงานเป็นการส่วนตัว? ใช้กล่องแสดงความคิดเห็น', en: 'Want to tell the agency something privately? Use the comment box' })}
        </a>
      </p>
      <h2 class="heading-m" safe>
        {t({ th: 'ระยะเวลาการตอบ', en: 'How quickly we answer' })}
      </h2>
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt class="summary-list__key" safe>{t({ th: 'คำถามที่ตอบแล้ว', en: 'Questions answered' })}</dt>
          <dd class="summary-list__value" safe>{String(figures.answered)}</dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key" safe>{t({ th: 'รอคำตอบ', en: 'Awaiting an answer' })}</dt>
          <dd class="summary-list__value" safe>{String(figures.unanswered)}</dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key" safe>{t({ th: 'เวลาตอบ (ค่ามัธยฐาน)', en: 'Time to answer (median)' })}</dt>
          <dd class="summary-list__value" safe>
            {figures.medianBusinessDays === null ? '–' : t({ th: `${figures.medianBusinessDays} วันทำการ`, en: `${figures.medianBusinessDays} business days` })}
          </dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key" safe>{t({ th: 'ตอบภายในกำหนด', en: 'Answered on time' })}</dt>
          <dd class="summary-list__value" safe>{figures.onTimePercent === null ? '–' : `${figures.onTimePercent}%`}</dd>
        </div>
      </dl>
      <nav class="sub-nav" aria-label={t({ th: 'หัวข้อ', en: 'Topics' })}>
        <ul class="sub-nav__list">
          <li class="sub-nav__item">
            <a href={base} aria-current={board.topic === null ? 'page' : undefined} safe>
              {t({ th: 'ทุกหัวข้อ', en: 'All topics' })}
            </a>
          </li>
          {TOPICS.map((tp) => (
            <li class="sub-nav__item">
              <a href={`${base}?topic=${tp.key}`} aria-current={board.topic === tp.key ? 'page' : undefined}>
                {tp.name[ctx.locale]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {board.services.length > 0 ? (
        <nav class="sub-nav" aria-label={t({ th: 'งานบริการ', en: 'Services' })}>
          <ul class="sub-nav__list">
            {board.services.map((s) => (
              <li class="sub-nav__item">
                <a href={`${base}?service=${encodeURIComponent(s.key)}`} aria-current={board.service?.key === s.key ? 'page' : undefined} safe>
                  {s.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        ''
      )}
      {board.service ? (
        <p class="body" safe>
          {t({ th: `คำถามเกี่ยวกับงานบริการ: ${board.service.name}`, en: `Questions about the service: ${board.service.name}` })}
        </p>
      ) : (
        ''
      )}
      {board.questions.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มีคำถามในหัวข้อนี้', en: 'No questions on this topic yet' })}
        </p>
      ) : (
        <ul class="list">
          {board.questions.map((q) => (
            <li class="portal-list__item">
              <h3 class="heading-s">
                <a href={`${base}/${q.id}`} safe>
                  {q.title ?? ''}
                </a>
              </h3>
              <p class="body">
                {q.answers > 0 ? <Tag text={t({ th: 'ตอบแล้ว', en: 'Answered' })} colour="green" /> : <Tag text={t({ th: 'รอคำตอบ', en: 'Awaiting an answer' })} colour="yellow" />}{' '}
                <span safe>{`${topicName(q.topic ?? '')[ctx.locale]} · ${q.author_name} · ${formatDay(q.published_on ?? '', ctx.locale)}`}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  )
}
