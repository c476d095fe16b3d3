import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, NotificationBanner, Table, Tag } from '../../../web/components/display.tsx'
import { formatInstant } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import { isStale } from '../portal.domain.ts'
import type { StaffItemView } from '../portal-editing.use-cases.ts'
import type { VersionSummary } from '../portal.repository.ts'
import { ItemBody, ItemFacts } from './item-content.tsx'
import { itemTitle, publicItemUrl } from './portal-view-helpers.tsx'

/** One item as its editors see it: status, the version shown, publish/unpublish and the full history. */
export function StaffItemPage({ ctx, view }: { ctx: PageContext; view: StaffItemView }) {
  const t = ctx.t
  const { org, item, shown, versions } = view
  const isCurrent = shown.version === item.currentVersion
  const title = itemTitle(shown, ctx.locale)
  const base = `/staff/portal/items/${item.id}`
  const publicUrl = publicItemUrl(org.slug, item.itemKey)
  const stale = isStale(item.section, shown.fiscalYear, view.currentFiscalYear)
  return (
    <Layout ctx={ctx} title={title}>
      <a href={`/staff/portal?org=${encodeURIComponent(org.slug)}`} class="back-link" safe>
        {t({ th: 'กลับไปเว็บไซต์เปิดเผยข้อมูล', en: 'Back to the portal' })}
      </a>
      <span class="caption-l" safe>
        {orgName(org, ctx.locale)}
      </span>
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      {!isCurrent ? (
        <NotificationBanner title={t({ th: 'ฉบับก่อนหน้า', en: 'An earlier version' })} id="earlier-version">
          <p class="body">
            <span safe>{t({ th: 'นี่คือฉบับที่ {n} จากทั้งหมด {m} ฉบับ', en: 'This is version {n} of {m}.' }, { n: shown.version, m: item.currentVersion })}</span>{' '}
            <a href={base} safe>
              {t({ th: 'ดูฉบับปัจจุบัน', en: 'See the current version' })}
            </a>
          </p>
        </NotificationBanner>
      ) : (
        ''
      )}
      <p class="body">
        {item.published ? <Tag text={t({ th: 'เผยแพร่แล้ว', en: 'Published' })} colour="green" /> : <Tag text={t({ th: 'ยังไม่เผยแพร่', en: 'Not published' })} colour="grey" />}
        {stale ? (
          <>
            {' '}
            <Tag text={t({ th: 'ไม่เป็นปัจจุบัน', en: 'Out of date' })} colour="red" />
          </>
        ) : (
          ''
        )}
      </p>
      <p class="body">
        <span safe>{t({ th: 'ที่อยู่ถาวรสำหรับประชาชน:', en: 'Permanent public address:' })}</span>{' '}
        {item.published ? (
          <a href={publicUrl} safe>
            {publicUrl}
          </a>
        ) : (
          <span safe>{`${publicUrl} ${t({ th: '(ใช้ได้เมื่อเผยแพร่)', en: '(works once published)' })}`}</span>
        )}
      </p>
      <div class="button-group">
        <a href={`${base}/edit`} class="button" role="button" safe>
          {t({ th: 'แก้ไข (สร้างฉบับใหม่)', en: 'Edit (makes a new version)' })}
        </a>
        <form method="post" action={`${base}/publication`} class="inline-form">
          <CsrfField token={ctx.csrfToken} />
          {item.published ? (
            <Button text={t({ th: 'หยุดเผยแพร่', en: 'Unpublish' })} kind="warning" name="publish" value="no" />
          ) : (
            <Button text={t({ th: 'เผยแพร่', en: 'Publish' })} kind="secondary" name="publish" value="yes" />
          )}
        </form>
      </div>
      <ItemFacts
        ctx={ctx}
        section={item.section}
        version={shown}
        extra={[
          { key: t({ th: 'ฉบับที่', en: 'Version' }), value: <span safe>{`${shown.version} / ${item.currentVersion}`}</span> },
          { key: t({ th: 'บันทึกโดย', en: 'Saved by' }), value: <span safe>{shown.createdBy?.name ?? '–'}</span> },
        ]}
      />
      <ItemBody ctx={ctx} version={shown} fileUrl={(fileId) => `${base}/files/${fileId}`} />
      <h2 class="heading-m" id="history" safe>
        {t({ th: 'ประวัติการแก้ไข', en: 'History' })}
      </h2>
      <Table<VersionSummary>
        caption={t({ th: 'ทุกฉบับที่บันทึกไว้ ({n} ฉบับ)', en: 'Every saved version ({n})' }, { n: versions.length })}
        rows={versions}
        columns={[
          {
            header: t({ th: 'ฉบับที่', en: 'Version' }),
            numeric: true,
            cell: (v) =>
              v.version === shown.version ? (
                <strong safe>{String(v.version)}</strong>
              ) : (
                <a href={`${base}/versions/${v.version}`} aria-label={t({ th: 'ดูฉบับที่ {n}', en: 'View version {n}' }, { n: v.version })} safe>
                  {String(v.version)}
                </a>
              ),
          },
          { header: t({ th: 'ชื่อเรื่อง', en: 'Title' }), cell: (v) => <span safe>{itemTitle(v, ctx.locale)}</span> },
          { header: t({ th: 'บันทึกเมื่อ', en: 'Saved' }), cell: (v) => <span safe>{formatInstant(v.createdAt, ctx.locale)}</span> },
          { header: t({ th: 'โดย', en: 'By' }), cell: (v) => <span safe>{v.createdBy ?? '–'}</span> },
        ]}
      />
    </Layout>
  )
}
