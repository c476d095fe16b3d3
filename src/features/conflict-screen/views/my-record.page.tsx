import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Table } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { Select, Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { ENTRY_KINDS, RELATIONS, relationLabel } from '../conflict-screen.domain.ts'
import type { Entry } from '../conflict-screen.repository.ts'
import { stateFor, type FormState } from './form-state.ts'

/** /staff/conflict/my-record: what the staff member declares about themselves; nobody else opens it. */
export function MyRecordPage({ ctx, entries, state }: { ctx: PageContext; entries: Entry[]; state?: FormState | undefined }) {
  const t = ctx.t
  const title = t({ th: 'ข้อมูลส่วนได้เสียของฉัน', en: 'My interest record' })
  const { values, errors } = stateFor(state, 'entry')
  const options = (Object.keys(RELATIONS) as (keyof typeof RELATIONS)[]).flatMap((kind) =>
    Object.entries(RELATIONS[kind]).map(([relation, label]) => ({ value: `${kind}:${relation}`, text: `${ENTRY_KINDS[kind][ctx.locale]} – ${label[ctx.locale]}` })),
  )
  return (
    <Layout ctx={ctx} title={title} wide>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-xl" safe>
        {title}
      </h1>
      <p class="body" safe>
        {t({
          th: 'แจ้งชื่อสกุลของท่านและครอบครัว คู่สมรส ญาติ ที่อยู่ และกิจการที่ท่านถือหุ้นหรือเคยทำงาน เพื่อให้เจ้าหน้าที่พัสดุตรวจสอบกับผู้เสนอราคาได้ ข้อมูลนี้เห็นได้เฉพาะท่าน เมื่อพบความเชื่อมโยง ผู้พิจารณาจะเห็นเฉพาะรายการที่ตรงกันและเหตุผล และระบบบันทึกการเข้าถึงทุกครั้ง',
          en: 'Declare your own and your family’s names, your spouse, relatives, addresses and the businesses you hold shares in or worked for, so the procurement officer can screen bidders against them. Only you see this record; when something matches, reviewers see only the matching item and why, and every such reading is logged.',
        })}
      </p>
      <Table<Entry>
        caption={t({ th: 'ข้อมูลที่แจ้งไว้ {n} รายการ', en: '{n} item(s) declared' }, { n: entries.length })}
        empty={t({ th: 'ยังไม่ได้แจ้งข้อมูล', en: 'Nothing declared yet.' })}
        rows={entries}
        columns={[
          { header: t({ th: 'ประเภท', en: 'Kind' }), cell: (e) => <span safe>{`${ENTRY_KINDS[e.kind][ctx.locale]} – ${relationLabel(e.kind, e.relation)[ctx.locale]}`}</span> },
          { header: t({ th: 'ชื่อ / ที่อยู่ / กิจการ', en: 'Name, address or business' }), cell: (e) => <span safe>{e.text}</span> },
          { header: t({ th: 'เลขประจำตัวผู้เสียภาษี', en: 'Tax id' }), cell: (e) => <span safe>{e.taxId ?? '–'}</span> },
          {
            header: t({ th: 'ลบ', en: 'Remove' }),
            cell: (e) => (
              <form method="post" action={`/staff/conflict/my-record/${e.id}/delete`}>
                <CsrfField token={ctx.csrfToken} />
                <Button text={t({ th: 'ลบรายการนี้', en: 'Remove this' })} kind="secondary" />
              </form>
            ),
          },
        ]}
      />
      <h2 class="heading-l" safe>
        {t({ th: 'เพิ่มข้อมูล', en: 'Add an item' })}
      </h2>
      <form method="post" action="/staff/conflict/my-record" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <Select id="entry_type" label={t({ th: 'ประเภทและความสัมพันธ์', en: 'Kind and relationship' })} options={options} value={values.entry_type} emptyText={t({ th: 'เลือก', en: 'Choose' })} errorMessage={fieldError(ctx, errors, 'entry_type')} />
        <Textarea
          id="text"
          rows={2}
          label={t({ th: 'ชื่อ-สกุล ที่อยู่ หรือชื่อกิจการ', en: 'Full name, address or business name' })}
          hint={t({ th: 'ที่อยู่: บ้านเลขที่ หมู่ หมู่บ้าน ตำบล เช่น 45 หมู่ 2 ตำบลเวียงทอง', en: 'Address: house number, หมู่ or village, and subdistrict, e.g. 45 หมู่ 2 ตำบลเวียงทอง' })}
          value={values.text}
          errorMessage={fieldError(ctx, errors, 'text')}
        />
        <TextInput id="tax_id" label={t({ th: 'เลขประจำตัวผู้เสียภาษี / เลขประจำตัวประชาชน (ถ้ามี)', en: 'Tax or citizen id (optional)' })} inputmode="numeric" width="20" value={values.tax_id} errorMessage={fieldError(ctx, errors, 'tax_id')} />
        <Button text={t({ th: 'เพิ่ม', en: 'Add' })} />
      </form>
    </Layout>
  )
}
