import type { FieldErrors } from '../../../errors.ts'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { Button, CsrfField, Table } from '../../../web/components/display.tsx'
import { ErrorSummary, fieldError } from '../../../web/components/error-summary.tsx'
import { FileInput } from '../../../web/components/file-input.tsx'
import { Textarea, TextInput } from '../../../web/components/form-fields.tsx'
import { CATALOGUE_COLUMNS, type ImportError } from '../oit-catalogue.input.ts'

/** Replaces a catalogue from Excel, CSV or JSON; a bad file is reported row by row and nothing changes. */
export function CatalogueImportPage(props: { ctx: PageContext; scheme: string; fiscalYear: number; text: string; source?: string; errors?: FieldErrors; report?: readonly ImportError[] }) {
  const { ctx } = props
  const t = ctx.t
  const report = props.report ?? []
  return (
    <Layout ctx={ctx} title={t({ th: 'นำเข้าชุดเกณฑ์ OIT', en: 'Import an OIT catalogue' })} wide>
      <ErrorSummary ctx={ctx} errors={props.errors} />
      <span class="caption-l" safe>
        {`${props.scheme} ${props.fiscalYear}`}
      </span>
      <h1 class="heading-xl" safe>
        {t({ th: 'นำเข้าชุดเกณฑ์ OIT ปีงบประมาณ {y}', en: 'Import the OIT catalogue for fiscal year {y}' }, { y: props.fiscalYear })}
      </h1>
      {report.length > 0 ? (
        <Table<ImportError>
          caption={t({ th: 'ข้อผิดพลาดในไฟล์ ({n} รายการ) ยังไม่ได้นำเข้าข้อมูลใด ๆ', en: 'Problems in the file ({n}); nothing was imported' }, { n: report.length })}
          rows={[...report]}
          columns={[
            { header: t({ th: 'แถว', en: 'Row' }), cell: (e) => <span safe>{e.row === null ? '–' : String(e.row)}</span> },
            { header: t({ th: 'คอลัมน์', en: 'Column' }), cell: (e) => <span safe>{e.column ?? '–'}</span> },
            { header: t({ th: 'ปัญหา', en: 'Problem' }), cell: (e) => <span safe>{ctx.locale === 'en' ? e.en : e.th}</span> },
          ]}
        />
      ) : (
        ''
      )}
      <p class="body" safe>
        {t(
          { th: 'ไฟล์จะแทนที่ชุดเกณฑ์ทั้งชุด แถวแรกเป็นหัวตาราง: {cols} องค์ประกอบหนึ่งข้อต่อหนึ่งบรรทัดในช่อง elements', en: 'The file replaces the whole catalogue. First row is the header: {cols}; one element per line of the elements cell.' },
          { cols: CATALOGUE_COLUMNS.join(', ') },
        )}
      </p>
      <form method="post" action={`/admin/oit/${props.scheme}/${props.fiscalYear}/import`} enctype="multipart/form-data" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <FileInput id="file" label={t({ th: 'ไฟล์ Excel (.xlsx)', en: 'Excel file (.xlsx)' })} accept=".xlsx" errorMessage={fieldError(ctx, props.errors, 'file')} />
        <Textarea
          id="text"
          label={t({ th: 'หรือวางข้อความ CSV หรือ JSON', en: 'Or paste CSV or JSON text' })}
          hint={t({ th: 'JSON ต้องมี scheme, fiscalYear และ items', en: 'JSON needs scheme, fiscalYear and items' })}
          value={props.text}
          rows={10}
        />
        <TextInput id="source" label={t({ th: 'แหล่งที่มา (ไม่บังคับ)', en: 'Source (optional)' })} value={props.source ?? ''} />
        <Button text={t({ th: 'นำเข้า', en: 'Import' })} />
      </form>
    </Layout>
  )
}
