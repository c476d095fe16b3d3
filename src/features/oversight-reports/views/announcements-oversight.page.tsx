import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { formatDay, formatInstant } from '../../../web/format-time.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import type { OversightAnnouncementView, OversightListRow, RecipientStanding } from '../oversight-announcements.use-cases.ts'
import { AnnouncementText } from './announcement-parts.tsx'

/** /staff/oversight/announcements: what the province issued and how many agencies acknowledged. */
export function OversightAnnouncementsPage({ ctx, list }: { ctx: PageContext; list: OversightListRow[] }) {
  const t = ctx.t
  const title = t({ th: 'ประกาศมาตรการ', en: 'Announcements of measures' })
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body">
        <a class="button" href="/staff/oversight/announcements/new" safe>
          {t({ th: 'ออกประกาศใหม่', en: 'Issue an announcement' })}
        </a>
      </p>
      <Table<OversightListRow>
        caption={t({ th: 'ประกาศ {n} ฉบับ', en: '{n} announcement(s)' }, { n: list.length })}
        empty={t({ th: 'ยังไม่มีประกาศ', en: 'No announcements yet.' })}
        rows={list}
        columns={[
          { header: t({ th: 'เลขที่', en: 'No.' }), cell: (a) => <span safe>{a.number}</span> },
          { header: t({ th: 'ลงวันที่', en: 'Dated' }), cell: (a) => <span safe>{formatDay(a.issuedOn, ctx.locale)}</span> },
          {
            header: t({ th: 'เรื่อง', en: 'Title' }),
            cell: (a) => (
              <>
                <a href={`/staff/oversight/announcements/${a.id}`} safe>
                  {ctx.locale === 'th' ? a.titleTh : a.titleEn || a.titleTh}
                </a>
                {a.version > 1 ? <span class="hint" safe>{` ${t({ th: '(ฉบับแก้ไขที่ {v})', en: '(version {v})' }, { v: a.version })}`}</span> : ''}
              </>
            ),
          },
          { header: t({ th: 'รับทราบแล้ว', en: 'Acknowledged' }), numeric: true, cell: (a) => <span safe>{`${a.acknowledged}/${a.expected}`}</span> },
        ]}
      />
    </Layout>
  )
}

const STATE_TAG = {
  acknowledged: { colour: 'green', label: { th: 'รับทราบแล้ว', en: 'Acknowledged' } },
  acknowledged_earlier_version: { colour: 'yellow', label: { th: 'รับทราบฉบับก่อนแก้ไข', en: 'Acknowledged an earlier version' } },
  waiting: { colour: 'red', label: { th: 'ยังไม่รับทราบ', en: 'Not yet acknowledged' } },
} as const

/** /staff/oversight/announcements/:id: the text, who has and has not acknowledged, reminders, versions. */
export function OversightAnnouncementPage({ ctx, view }: { ctx: PageContext; view: OversightAnnouncementView }) {
  const t = ctx.t
  const a = view.announcement
  const waiting = view.recipients.filter((r) => r.state !== 'acknowledged').length
  const title = ctx.locale === 'th' ? a.titleTh : a.titleEn || a.titleTh
  return (
    <Layout ctx={ctx} title={title}>
      <a href="/staff/oversight/announcements" class="back-link" safe>
        {t({ th: 'ประกาศมาตรการ', en: 'Announcements' })}
      </a>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {a.status === 'superseded' ? (
        <p class="body">
          <Tag colour="grey" text={t({ th: 'ฉบับนี้ถูกแก้ไขแล้ว', en: 'Superseded' })} />{' '}
          <a href={`/staff/oversight/announcements/${view.versions.find((v) => v.status === 'published')?.id ?? a.id}`} safe>
            {t({ th: 'ดูฉบับปัจจุบัน', en: 'See the current version' })}
          </a>
        </p>
      ) : (
        <p class="body">
          <a href={`/staff/oversight/announcements/${a.id}/correct`} safe>
            {t({ th: 'แก้ไขประกาศ (ออกฉบับใหม่)', en: 'Correct it (issue a new version)' })}
          </a>
        </p>
      )}
      <AnnouncementText ctx={ctx} a={a} files={view.files} fileHref={(f) => `/staff/announcements/${a.id}/files/${f}`} />
      <h2 class="heading-l" safe>
        {t({ th: 'การรับทราบของหน่วยงาน', en: 'Acknowledgements' })}
      </h2>
      <Table<RecipientStanding>
        caption={t({ th: 'รับทราบแล้ว {a} จาก {n} หน่วยงาน', en: '{a} of {n} agencies acknowledged' }, { a: view.recipients.length - waiting, n: view.recipients.length })}
        rows={view.recipients}
        columns={[
          { header: t({ th: 'หน่วยงาน', en: 'Agency' }), cell: (r) => <span safe>{ctx.locale === 'th' ? r.nameTh : r.nameEn || r.nameTh}</span> },
          {
            header: t({ th: 'สถานะ', en: 'Status' }),
            cell: (r) => (
              <>
                <Tag colour={STATE_TAG[r.state].colour} text={t(STATE_TAG[r.state].label)} />
                {r.earlier ? <span class="hint" safe>{` ${t({ th: '(ฉบับที่ {v})', en: '(version {v})' }, { v: r.earlier })}`}</span> : ''}
              </>
            ),
          },
          {
            header: t({ th: 'ผู้รับทราบ', en: 'By' }),
            cell: (r) => (r.acknowledgedAt ? <span safe>{`${r.acknowledgedName ?? ''} (${r.acknowledgedPosition ?? ''}) ${formatInstant(r.acknowledgedAt, ctx.locale)}`}</span> : r.lastRemindedOn ? <span class="hint" safe>{t({ th: 'เตือนล่าสุด {d}', en: 'Last reminded {d}' }, { d: formatDay(r.lastRemindedOn, ctx.locale) })}</span> : ''),
          },
        ]}
      />
      {a.status === 'published' && waiting > 0 ? (
        <form method="post" action={`/staff/oversight/announcements/${a.id}/remind`}>
          <CsrfField token={ctx.csrfToken} />
          <Button kind="secondary" text={t({ th: 'ส่งอีเมลเตือนหน่วยงานที่ยังไม่รับทราบ ({n})', en: 'E-mail a reminder to those who have not acknowledged ({n})' }, { n: waiting })} />
        </form>
      ) : (
        ''
      )}
      {view.versions.length > 1 ? (
        <>
          <h2 class="heading-l" safe>
            {t({ th: 'ฉบับต่าง ๆ', en: 'Versions' })}
          </h2>
          <ul class="list">
            {view.versions.map((v) => (
              <li>
                <a href={`/staff/oversight/announcements/${v.id}`} aria-current={v.id === a.id ? 'page' : undefined} safe>
                  {t({ th: 'ฉบับที่ {v} ออกเมื่อ {d}', en: 'Version {v}, issued {d}' }, { v: v.version, d: formatInstant(v.createdAt, ctx.locale) })}
                </a>
                {v.correctionNote ? <span class="hint" safe>{` – ${v.correctionNote}`}</span> : ''}
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
    </Layout>
  )
}
