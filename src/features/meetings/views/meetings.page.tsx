import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Table, Tag } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Checkboxes, Radios } from '../../../web/components/choices.tsx'
import { DateInput } from '../../../web/components/date-input.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { formatDay } from '../../../web/format-time.ts'
import type { FieldErrors } from '../../../errors.ts'
import { MEMBER_ROLES, VOTES } from '../meetings.domain.ts'
import type { Meeting, Member } from '../meetings.repository.ts'
import type { MeetingView } from '../meetings.use-cases.ts'

export type State = { form: string; values: Record<string, string>; errors: FieldErrors }

export function MeetingsPage({ ctx, meetings, organises, state }: { ctx: PageContext; meetings: Meeting[]; organises: boolean; state?: State | undefined }) {
  const t = ctx.t
  const v = state?.values ?? {}
  const title = t({ th: 'การประชุมและการแจ้งส่วนได้เสีย', en: 'Meetings and declared interests' })
  return (
    <Layout ctx={ctx} title={title} wide>
      <ErrorSummary ctx={ctx} errors={state?.errors} />
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({ th: 'ผู้บริหารและเจ้าหน้าที่ที่มีส่วนได้เสียในวาระใด ให้แจ้งต่อที่ประชุมและออกจากห้องประชุมระหว่างพิจารณาวาระนั้น และบันทึกไว้ในรายงานการประชุม', en: 'Anyone with an interest in an agenda item declares it and leaves the room while it is considered; the minutes record it.' })}
      </p>
      <Table<Meeting>
        caption={t({ th: 'การประชุม {n} ครั้ง', en: '{n} meeting(s)' }, { n: meetings.length })}
        empty={t({ th: 'ยังไม่มีการประชุม', en: 'No meetings.' })}
        rows={meetings}
        columns={[
          {
            header: t({ th: 'การประชุม', en: 'Meeting' }),
            cell: (m) => (
              <a href={`/staff/meetings/${m.id}`} safe>
                {m.numberLabel ? `${m.title} ${t({ th: 'ครั้งที่', en: 'no.' })} ${m.numberLabel}` : m.title}
              </a>
            ),
          },
          { header: t({ th: 'วันที่', en: 'Date' }), cell: (m) => <span safe>{formatDay(m.heldOn, ctx.locale)}</span> },
          { header: t({ th: 'รายงานการประชุม', en: 'Minutes' }), cell: (m) => (m.minutesApprovedAt ? <Tag text={t({ th: 'รับรองแล้ว', en: 'Approved' })} colour="green" /> : <Tag text={t({ th: 'ยังไม่รับรอง', en: 'Not yet approved' })} colour="grey" />) },
        ]}
      />
      {organises ? (
        <form method="post" action="/staff/meetings" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h2 class="heading-l" safe>
            {t({ th: 'เพิ่มการประชุม', en: 'Add a meeting' })}
          </h2>
          <TextInput id="title" label={t({ th: 'ชื่อการประชุม', en: 'Meeting' })} hint={t({ th: 'เช่น คณะกรรมการพิจารณาผลการประกวดราคา', en: 'e.g. the bid evaluation committee' })} value={v.title} errorMessage={fieldError(ctx, state?.errors, 'title')} />
          <TextInput id="number_label" label={t({ th: 'ครั้งที่ (ถ้ามี)', en: 'Number (optional)' })} width="10" value={v.number_label} />
          <DateInput id="held_on" locale={ctx.locale} label={t({ th: 'วันที่ประชุม', en: 'Date' })} value={{ day: v['held_on-day'], month: v['held_on-month'], year: v['held_on-year'] }} errorMessage={fieldError(ctx, state?.errors, 'held_on')} />
          <TextInput id="place" label={t({ th: 'สถานที่', en: 'Place' })} value={v.place} errorMessage={fieldError(ctx, state?.errors, 'place')} />
          <Button text={t({ th: 'เพิ่มการประชุม', en: 'Add' })} />
        </form>
      ) : (
        ''
      )}
    </Layout>
  )
}

export function MeetingPage({ ctx, view, state }: { ctx: PageContext; view: MeetingView; state?: State | undefined }) {
  const t = ctx.t
  const m = view.meeting
  const nameOf = new Map(view.members.map((x) => [x.userId, x.name]))
  const open = !m.minutesApprovedAt
  const st = (form: string) => (state?.form === form ? state : undefined)
  return (
    <Layout ctx={ctx} title={m.title} wide>
      <ErrorSummary ctx={ctx} errors={state?.errors} />
      <p class="body">
        <a href="/staff/meetings" safe>
          {t({ th: 'กลับ', en: 'Back' })}
        </a>
      </p>
      <h1 class="heading-xl" safe>
        {m.numberLabel ? `${m.title} ${t({ th: 'ครั้งที่', en: 'no.' })} ${m.numberLabel}` : m.title}
      </h1>
      <p class="body" safe>{`${formatDay(m.heldOn, ctx.locale, 'long')} · ${m.place}`}</p>
      <p class="body">
        <a class="button button--secondary" href={`/staff/meetings/${m.id}/minutes.docx`} safe>
          {t({ th: 'รายงานการประชุม (Word)', en: 'Minutes (Word)' })}
        </a>
      </p>
      <Table<Member>
        caption={t({ th: 'ผู้เข้าประชุม', en: 'Members' })}
        empty={t({ th: 'ยังไม่ได้เพิ่มกรรมการ', en: 'No members yet.' })}
        rows={view.members}
        columns={[
          { header: t({ th: 'ชื่อ', en: 'Name' }), cell: (x) => <span safe>{x.name}</span> },
          { header: t({ th: 'บทบาท', en: 'Role' }), cell: (x) => <span>{MEMBER_ROLES[x.role][ctx.locale]}</span> },
          { header: t({ th: 'มาประชุม', en: 'Present' }), cell: (x) => <span safe>{x.attended ? t({ th: 'มา', en: 'Present' }) : t({ th: 'ไม่มา', en: 'Absent' })}</span> },
        ]}
      />
      {view.items.map(({ item, recused, votes, standing, myVote, iMayVote, iAmRecused }) => (
        <section class="inset-text" id={`item-${item.id}`} aria-labelledby={`item-h-${item.id}`}>
          <h2 class="heading-m" id={`item-h-${item.id}`} safe>
            {`${t({ th: 'ระเบียบวาระที่', en: 'Item' })} ${item.position}: ${item.title}`}
          </h2>
          <p class="body">
            {standing.quorate ? <Tag text={t({ th: 'ครบองค์ประชุม ({p}/{e})', en: 'Quorate ({p}/{e})' }, { p: standing.present, e: standing.eligible })} colour="green" /> : <Tag text={t({ th: 'ไม่ครบองค์ประชุม ({p}/{e})', en: 'No quorum ({p}/{e})' }, { p: standing.present, e: standing.eligible })} colour="red" />}
          </p>
          {recused.length ? (
            <ul class="list list--bullet">
              {recused.map((r) => (
                <li safe>{`${nameOf.get(r.userId) ?? ''} ${t({ th: 'แจ้งส่วนได้เสียและออกจากห้องประชุมในวาระนี้', en: 'declared an interest and left for this item' })}: ${r.nature}`}</li>
              ))}
            </ul>
          ) : (
            ''
          )}
          <p class="body" safe>
            {`${t({ th: 'ผลการลงมติ', en: 'Votes' })}: ${(Object.keys(VOTES) as (keyof typeof VOTES)[]).map((k) => `${VOTES[k][ctx.locale]} ${votes.filter((x) => x.vote === k).length}`).join(' · ')}`}
          </p>
          {item.resolution ? <p class="body" safe>{`${t({ th: 'มติ', en: 'Resolution' })}: ${item.resolution}`}</p> : ''}
          {open && view.me && !iAmRecused ? (
            <form method="post" action={`/staff/meetings/items/${item.id}/interest`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <TextInput id={`nature-${item.id}`} name="nature" label={t({ th: 'แจ้งส่วนได้เสียในวาระนี้ (ถ้ามี)', en: 'Declare an interest in this item (if any)' })} value={st(`interest-${item.id}`)?.values.nature} errorMessage={fieldError(ctx, st(`interest-${item.id}`)?.errors, `nature-${item.id}`)} />
              <Button text={t({ th: 'แจ้งส่วนได้เสียและออกจากวาระนี้', en: 'Declare and leave for this item' })} kind="secondary" />
            </form>
          ) : (
            ''
          )}
          {open && iMayVote ? (
            <form method="post" action={`/staff/meetings/items/${item.id}/vote`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <Radios id={`vote-${item.id}`} name="vote" inline label={t({ th: 'การลงมติของท่าน', en: 'Your vote' })} options={Object.entries(VOTES).map(([value, l]) => ({ value, text: l[ctx.locale] }))} value={myVote ?? undefined} errorMessage={fieldError(ctx, st(`vote-${item.id}`)?.errors, `vote-${item.id}`)} />
              <Button text={t({ th: 'ลงมติ', en: 'Vote' })} />
            </form>
          ) : iAmRecused ? (
            <p class="hint" safe>
              {t({ th: 'ท่านแจ้งส่วนได้เสียในวาระนี้ จึงไม่ร่วมลงมติและไม่นับเป็นองค์ประชุม', en: 'You declared an interest in this item: you do not vote and do not count toward its quorum.' })}
            </p>
          ) : (
            ''
          )}
          {open && view.organises ? (
            <form method="post" action={`/staff/meetings/items/${item.id}/resolution`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <Textarea id={`resolution-${item.id}`} name="resolution" rows={2} label={t({ th: 'มติที่ประชุม', en: 'Resolution' })} value={st(`resolution-${item.id}`)?.values.resolution ?? item.resolution ?? ''} errorMessage={fieldError(ctx, st(`resolution-${item.id}`)?.errors, `resolution-${item.id}`)} />
              <Button text={t({ th: 'บันทึกมติ', en: 'Save the resolution' })} kind="secondary" />
            </form>
          ) : (
            ''
          )}
        </section>
      ))}
      {open && view.organises ? (
        <>
          <form method="post" action={`/staff/meetings/${m.id}/items`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <TextInput id="item_title" label={t({ th: 'เพิ่มระเบียบวาระ', en: 'Add an agenda item' })} value={st('item')?.values.item_title} errorMessage={fieldError(ctx, st('item')?.errors, 'item_title')} />
            <Button text={t({ th: 'เพิ่มวาระ', en: 'Add item' })} kind="secondary" />
          </form>
          <form method="post" action={`/staff/meetings/${m.id}/members`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <Select id="user_id" label={t({ th: 'เพิ่มผู้เข้าประชุม', en: 'Add a member' })} options={view.staff.map((s) => ({ value: s.id, text: s.name }))} value={st('member')?.values.user_id} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, st('member')?.errors, 'user_id')} />
            <Select id="role" label={t({ th: 'บทบาท', en: 'Role' })} options={Object.entries(MEMBER_ROLES).map(([value, l]) => ({ value, text: l[ctx.locale] }))} value={st('member')?.values.role ?? 'member'} errorMessage={fieldError(ctx, st('member')?.errors, 'role')} />
            <Checkboxes id="absent" label={t({ th: 'การมาประชุม', en: 'Attendance' })} options={[{ value: 'yes', text: t({ th: 'ไม่มาประชุม', en: 'Absent' }) }]} />
            <Button text={t({ th: 'เพิ่ม', en: 'Add' })} kind="secondary" />
          </form>
          <form method="post" action={`/staff/meetings/${m.id}/approve`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <TextInput id="approval_note" label={t({ th: 'รับรองรายงานการประชุม (ในการประชุมครั้งถัดไป)', en: 'Approve the minutes (at the next meeting)' })} hint={t({ th: 'เช่น รับรองในการประชุมครั้งที่ 2/2569', en: 'e.g. approved at meeting 2/2569' })} />
            <Button text={t({ th: 'รับรองรายงานการประชุม', en: 'Approve the minutes' })} kind="secondary" />
          </form>
        </>
      ) : (
        ''
      )}
    </Layout>
  )
}
