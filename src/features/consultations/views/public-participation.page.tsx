import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { AgencyPageHeading } from '../../../web/components/page-heading.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { formatFileSize } from '../../../platform/files/index.ts'
import { PHASE_LABELS, documentLinks } from '../consultations.domain.ts'
import type { Participation, PublicConsultation } from '../consultations.use-cases.ts'

export const PARTICIPATION_TITLE = { th: 'การมีส่วนร่วมของประชาชน', en: 'Public participation' }

export function ParticipationPage({ ctx, view }: { ctx: PageContext; view: Participation }) {
  const t = ctx.t
  const { org } = view
  const title = t(PARTICIPATION_TITLE)
  return (
    <Layout ctx={ctx} title={`${title} – ${orgName(org, ctx.locale)}`}>
      <AgencyPageHeading ctx={ctx} slug={org.slug} agencyName={orgName(org, ctx.locale)} heading={title} />
      <h2 class="heading-l" safe>
        {t({ th: 'การรับฟังความคิดเห็น', en: 'Consultations' })}
      </h2>
      {view.consultations.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มี', en: 'None yet' })}
        </p>
      ) : (
        <ul class="list">
          {view.consultations.map((c) => (
            <li class="portal-list__item">
              <h3 class="heading-s">
                <a href={`/o/${org.slug}/consultations/${c.id}`} safe>
                  {c.title}
                </a>
              </h3>
              <p class="body">
                <Tag text={t(PHASE_LABELS[c.phase])} colour={c.phase === 'open' ? 'green' : c.phase === 'summarised' ? 'blue' : 'grey'} /> <span safe>{`${formatDay(c.opens_on, ctx.locale)} – ${formatDay(c.closes_on, ctx.locale)}`}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <h2 class="heading-l" safe>
        {t({ th: 'การจัดเวทีประชาคม', en: 'Public hearings' })}
      </h2>
      {view.hearings.length === 0 ? (
        <p class="body" safe>
          {t({ th: 'ยังไม่มี', en: 'None yet' })}
        </p>
      ) : (
        <ul class="thread">
          {view.hearings.map((h) => (
            <li class="thread__item">
              <h3 class="heading-s break-anywhere" safe>
                {h.subject}
              </h3>
              <p class="thread__meta" safe>
                {`${formatDay(h.held_on, ctx.locale, 'long')} · ${h.place} · ${t({ th: `ผู้เข้าร่วม ${h.attendance} คน`, en: `${h.attendance} attended` })}`}
              </p>
              <p class="thread__body break-anywhere" safe>
                {h.minutes}
              </p>
              {h.photos.length > 0 ? (
                <ul class="list">
                  {h.photos.map((ph, i) => (
                    <li>
                      <img src={`/o/${org.slug}/hearings/${h.id}/photos/${ph.file_id}`} alt={t({ th: `ภาพการจัดเวที ${h.subject} ภาพที่ ${i + 1}`, en: `Photo ${i + 1} of the hearing: ${h.subject}` })} loading="lazy" width="320" />
                    </li>
                  ))}
                </ul>
              ) : (
                ''
              )}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  )
}

export function ConsultationPage(p: { ctx: PageContext; view: PublicConsultation; values?: Record<string, string>; errors?: FieldErrors | undefined }) {
  const { ctx, view, errors } = p
  const { org, consultation: c } = view
  const t = ctx.t
  const err = (f: string) => fieldError(ctx, errors, f)
  return (
    <Layout ctx={ctx} title={`${errors ? t({ th: 'ข้อผิดพลาด: ', en: 'Error: ' }) : ''}${c.title} – ${orgName(org, ctx.locale)}`}>
      <a href={`/o/${org.slug}/consultations`} class="back-link" safe>
        {t(PARTICIPATION_TITLE)}
      </a>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl break-anywhere" safe>
        {c.title}
      </h1>
      <p class="body">
        <Tag text={t(PHASE_LABELS[c.phase])} colour={c.phase === 'open' ? 'green' : 'grey'} /> <span safe>{`${formatDay(c.opens_on, ctx.locale)} – ${formatDay(c.closes_on, ctx.locale)}`}</span>
      </p>
      <p class="body preserve-lines break-anywhere" safe>
        {c.question}
      </p>
      {documentLinks(c.documents).length + view.documents.length > 0 ? (
        <>
          <h2 class="heading-m" safe>
            {t({ th: 'เอกสารประกอบ', en: 'Documents' })}
          </h2>
          <ul class="list list--bullet">
            {view.documents.map((d) => (
              <li>
                <a href={`/o/${org.slug}/consultations/${c.id}/documents/${d.file_id}`} class="break-anywhere" safe>
                  {d.name}
                </a>{' '}
                <span safe>{`(${formatFileSize(d.size)})`}</span>
              </li>
            ))}
            {documentLinks(c.documents).map((d) => (
              <li>
                <a href={d} class="break-anywhere" safe>
                  {d}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      {c.phase === 'summarised' ? (
        <div class="inset-text">
          <h2 class="heading-m" safe>
            {t({ th: 'สิ่งที่ได้รับฟัง', en: 'What we heard' })}
          </h2>
          <p class="body preserve-lines" safe>
            {c.heard ?? ''}
          </p>
          <h2 class="heading-m" safe>
            {t({ th: 'สิ่งที่หน่วยงานจะดำเนินการ', en: 'What we will do' })}
          </h2>
          <p class="body preserve-lines" safe>
            {c.will_do ?? ''}
          </p>
        </div>
      ) : (
        ''
      )}
      <h2 class="heading-m" safe>
        {t({ th: `ความคิดเห็น (${view.comments.length})`, en: `Comments (${view.comments.length})` })}
      </h2>
      <ol class="thread">
        {view.comments.map((m) => (
          <li class="thread__item">
            <p class="thread__meta" safe>
              {`${m.author_name} · ${formatDay(m.created_on, ctx.locale)}`}
            </p>
            <p class="thread__body break-anywhere" safe>
              {m.body}
            </p>
          </li>
        ))}
      </ol>
      <ErrorSummary ctx={ctx} errors={errors} />
      {c.phase === 'open' ? (
        <form method="post" action={`/o/${org.slug}/consultations/${c.id}/comment`} novalidate class="thread__note-form">
          <CsrfField token={ctx.csrfToken} />
          <TextInput id="name" label={t({ th: 'ชื่อหรือนามแฝงที่จะแสดง', en: 'Name or display name to show' })} value={p.values?.name} errorMessage={err('name')} />
          <Textarea id="body" rows={5} label={t({ th: 'ความคิดเห็นของท่าน', en: 'Your comment' })} hint={t({ th: 'ความคิดเห็นจะเผยแพร่ อย่าใส่หมายเลขโทรศัพท์หรือข้อมูลส่วนบุคคล', en: 'Comments are published; do not include phone numbers or personal data' })} value={p.values?.body} errorMessage={err('body')} />
          <Button text={t({ th: 'ส่งความคิดเห็น', en: 'Send the comment' })} />
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}
