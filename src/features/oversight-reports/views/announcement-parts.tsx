import { formatFileSize } from '../../../platform/files/index.ts'
import { formatDay } from '../../../web/format-time.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { AttachedFile, Announcement } from '../oversight-announcements.repository.ts'
import { indicatorName } from '../oversight-announcement-measures.ts'

/** The announcement as issued: number, date, title, body, numbered measures, attachments, required report. */
export function AnnouncementText({ ctx, a, files, fileHref }: { ctx: PageContext; a: Announcement; files: AttachedFile[]; fileHref: (fileId: string) => string }) {
  const t = ctx.t
  const issuer = ctx.locale === 'th' ? a.organisationNameTh : a.organisationNameEn || a.organisationNameTh
  return (
    <article class="announcement">
      <p class="body">
        <strong safe>{issuer}</strong>
        <br />
        <span safe>{t({ th: '{n} · ลงวันที่ {d} · ปีงบประมาณ {y} · ฉบับที่ {v}', en: '{n} · dated {d} · FY {y} · version {v}' }, { n: a.number, d: formatDay(a.issuedOn, ctx.locale, 'long'), y: a.fiscalYear, v: a.version })}</span>
      </p>
      {a.correctionNote ? (
        <p class="body">
          <strong safe>{t({ th: 'การแก้ไข:', en: 'Correction:' })}</strong> <span safe>{a.correctionNote}</span>
        </p>
      ) : (
        ''
      )}
      {a.bodyTh
        .split(/\n{2,}/)
        .filter(Boolean)
        .map((p) => (
          <p class="body" safe>
            {p}
          </p>
        ))}
      <h2 class="heading-m" safe>
        {t({ th: 'มาตรการ', en: 'Measures' })}
      </h2>
      <ol class="list list--number">
        {a.measures.map((m) => {
          const ind = indicatorName(m.indicator)
          return (
            <li>
              <span safe>{m.th}</span>
              {ind ? (
                <>
                  <br />
                  <span class="hint" safe>
                    {t(ind)}
                  </span>
                </>
              ) : (
                ''
              )}
            </li>
          )
        })}
      </ol>
      {a.scheduleTitleTh ? (
        <p class="body">
          <strong safe>{t({ th: 'รายงานที่ต้องส่ง:', en: 'Report required:' })}</strong> <span safe>{a.scheduleTitleTh}</span>
        </p>
      ) : (
        ''
      )}
      {files.length ? (
        <>
          <h2 class="heading-m" safe>
            {t({ th: 'เอกสารแนบ', en: 'Attachments' })}
          </h2>
          <ul class="list">
            {files.map((f) => (
              <li>
                <a href={fileHref(f.fileId)} safe>
                  {f.name}
                </a>{' '}
                <span class="hint" safe>
                  ({formatFileSize(f.size)})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
    </article>
  )
}
