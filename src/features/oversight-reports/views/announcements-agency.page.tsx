import type { FieldErrors } from '../../../errors.ts'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import type { AddressedRow } from '../oversight-announcements.repository.ts'
import type { AgencyAnnouncementView } from '../oversight-announcements.use-cases.ts'
import { AnnouncementText } from './announcement-parts.tsx'

/** /staff/announcements: announcements addressed to the actor's agencies. */
export function AgencyAnnouncementsPage({ ctx, list }: { ctx: PageContext; list: AddressedRow[] }) {
  const t = ctx.t
  const title = t({ th: 'ประกาศจากจังหวัด', en: 'Announcements from the province' })
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <Table<AddressedRow>
        caption={t({ th: 'ประกาศ {n} ฉบับ', en: '{n} announcement(s)' }, { n: list.length })}
        empty={t({ th: 'ยังไม่มีประกาศถึงหน่วยงานของท่าน', en: 'No announcements addressed to your agency yet.' })}
        rows={list}
        columns={[
          { header: t({ th: 'ลงวันที่', en: 'Dated' }), cell: (r) => <span safe>{formatDay(r.announcement.issuedOn, ctx.locale)}</span> },
          {
            header: t({ th: 'เรื่อง', en: 'Title' }),
            cell: (r) => (
              <a href={`/staff/announcements/${r.announcement.id}`} safe>
                {`${r.announcement.number} ${ctx.locale === 'th' ? r.announcement.titleTh : r.announcement.titleEn || r.announcement.titleTh}`}
              </a>
            ),
          },
          { header: t({ th: 'การรับทราบ', en: 'Acknowledged' }), cell: (r) => (r.acknowledgedAt ? <Tag colour="green" text={t({ th: 'รับทราบแล้ว', en: 'Acknowledged' })} /> : <Tag colour="red" text={t({ th: 'ยังไม่รับทราบ', en: 'Not yet' })} />) },
          { header: t({ th: 'บนเว็บไซต์', en: 'On the portal' }), cell: (r) => <span safe>{r.onPortalSince ? t({ th: 'เผยแพร่แล้ว', en: 'Published' }) : t({ th: 'ยังไม่เผยแพร่', en: 'Not published' })}</span> },
        ]}
      />
    </Layout>
  )
}

/** /staff/announcements/:id: read, acknowledge (the head), show on the portal (head or ITA coordinator). */
export function AgencyAnnouncementPage({ ctx, view, errors, values = {} }: { ctx: PageContext; view: AgencyAnnouncementView; errors?: FieldErrors; values?: Record<string, string> }) {
  const t = ctx.t
  const a = view.announcement
  const title = ctx.locale === 'th' ? a.titleTh : a.titleEn || a.titleTh
  return (
    <Layout ctx={ctx} title={title}>
      <a href="/staff/announcements" class="back-link" safe>
        {t({ th: 'ประกาศจากจังหวัด', en: 'Announcements' })}
      </a>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      {view.current ? (
        <p class="body">
          <Tag colour="grey" text={t({ th: 'ฉบับนี้ถูกแก้ไขแล้ว', en: 'Superseded' })} />{' '}
          <a href={`/staff/announcements/${view.current.id}`} safe>
            {t({ th: 'อ่านฉบับปัจจุบัน (ฉบับที่ {v})', en: 'Read the current version ({v})' }, { v: view.current.version })}
          </a>
        </p>
      ) : (
        ''
      )}
      <AnnouncementText ctx={ctx} a={a} files={view.files} fileHref={(f) => `/staff/announcements/${a.id}/files/${f}`} />
      {view.mine.map((m) => (
        <section aria-labelledby={`ack-${m.organisationId}`}>
          <h2 class="heading-l" id={`ack-${m.organisationId}`} safe>
            {view.mine.length > 1 ? m.nameTh : t({ th: 'การรับทราบ', en: 'Acknowledgement' })}
          </h2>
          {m.acknowledgedAt ? (
            <p class="body" safe>
              {t({ th: 'รับทราบฉบับที่ {v} แล้ว โดย {n} ({p}) เมื่อ {d}', en: 'Version {v} acknowledged by {n} ({p}) on {d}' }, { v: a.version, n: m.acknowledgedName ?? '', p: m.acknowledgedPosition ?? '', d: formatInstant(m.acknowledgedAt, ctx.locale) })}
            </p>
          ) : m.canAcknowledge ? (
            <form method="post" action={`/staff/announcements/${a.id}/acknowledge`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <input type="hidden" name="organisation_id" value={m.organisationId} />
              <TextInput id="position" label={t({ th: 'ตำแหน่งของผู้รับทราบ', en: 'Your position' })} errorMessage={fieldError(ctx, errors, 'position')} value={values['position'] ?? view.position} />
              <Button text={t({ th: 'รับทราบประกาศฉบับที่ {v}', en: 'Acknowledge version {v}' }, { v: a.version })} />
            </form>
          ) : (
            <p class="body" safe>
              {t({ th: 'ยังไม่รับทราบ: หัวหน้าหน่วยงานเป็นผู้กดรับทราบ', en: 'Not yet acknowledged: the agency head acknowledges.' })}
            </p>
          )}
          {m.canPublish ? (
            <form method="post" action={`/staff/announcements/${a.id}/${m.onPortalSince ? 'unpublish' : 'publish'}`}>
              <CsrfField token={ctx.csrfToken} />
              <input type="hidden" name="organisation_id" value={m.organisationId} />
              <Button kind="secondary" text={m.onPortalSince ? t({ th: 'นำออกจากเว็บไซต์ของหน่วยงาน', en: 'Take it off the agency portal' }) : t({ th: 'เผยแพร่บนเว็บไซต์ของหน่วยงาน', en: 'Publish on the agency portal' })} />
            </form>
          ) : (
            ''
          )}
        </section>
      ))}
    </Layout>
  )
}
