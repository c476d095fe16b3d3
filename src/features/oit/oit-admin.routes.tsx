import { readFile } from 'node:fs/promises'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError, ValidationError, type FieldErrors } from '../../errors.ts'
import { acceptUploads, fileServiceFor, MIME } from '../../platform/files/index.ts'
import { formString } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { sendExport } from '../../web/http/send-export.ts'
import { SCHEME_PATTERN } from './oit-catalogue.domain.ts'
import { chooseScheme } from './oit-scheme.domain.ts'
import type { CatalogueSummary } from './oit.repository.ts'
import { parseCatalogueJson } from './oit-catalogue-json.input.ts'
import { catalogueToXlsx, parseCatalogueXlsx } from './oit-catalogue-xlsx.ts'
import { catalogueToRows, parseCatalogueCsv, type CatalogueImportResult, type ImportError } from './oit-catalogue.input.ts'
import { CatalogueImportFailed, listCatalogues, readYearParam, replaceCatalogue, startCatalogueYear, viewCatalogue, type CatalogueContext } from './oit-catalogue.use-cases.ts'
import { readCatalogueItemForm, catalogueItemFormOf, type CatalogueItemForm } from './oit-catalogue-item.input.ts'
import { catalogueItem, removeCatalogueItem, saveCatalogueItem, type CatalogueItemView } from './oit-catalogue-items.use-cases.ts'
import { CatalogueImportPage } from './views/catalogue-import.page.tsx'
import { CatalogueItemPage, catalogueHref } from './views/catalogue-item.page.tsx'
import { CataloguePage, CataloguesPage } from './views/catalogues.page.tsx'

const schemesOf = (catalogues: CatalogueSummary[]) => [...new Set(catalogues.map((c) => c.scheme))]

type CatalogueParams = { Params: { scheme: string; year: string } }
type ItemParams = { Params: { scheme: string; year: string; code: string } }
const IMPORT_MAX_BYTES = 5 * 1024 * 1024

function target(req: FastifyRequest<CatalogueParams>): { scheme: string; fiscalYear: number } {
  const fiscalYear = readYearParam(req.params.year)
  if (!SCHEME_PATTERN.test(req.params.scheme) || fiscalYear === undefined) throw new NotFoundError('catalogue')
  return { scheme: req.params.scheme, fiscalYear }
}

/** Platform administrators' pages for OIT catalogues: /admin/oit. */
export async function oitAdminRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const ctxOf = (req: FastifyRequest): CatalogueContext => ({ db: deps.db, actor: requireActor(req), now: req.now })

  app.get('/admin/oit', async (req, reply) => {
    const catalogues = await listCatalogues(ctxOf(req))
    return sendPage(reply, CataloguesPage({ ctx: pageContext(req, reply), catalogues, year: '', scheme: chooseScheme(undefined, schemesOf(catalogues)) }))
  })

  app.post('/admin/oit/new-year', async (req, reply) => {
    const year = formString(req.body, 'fiscal_year')
    const asked = formString(req.body, 'scheme').trim()
    const catalogues = await listCatalogues(ctxOf(req))
    const scheme = chooseScheme(asked, schemesOf(catalogues))
    try {
      if (asked && asked !== scheme) throw new ValidationError({ scheme: { th: 'เลือกชุดเกณฑ์ที่มีอยู่', en: 'Choose an existing scheme' } })
      const { from, to } = await startCatalogueYear(ctxOf(req), scheme, year)
      setFlash(reply, { th: `เริ่มชุดเกณฑ์ ${scheme} ปี ${to} โดยคัดลอกจากปี ${from} แล้ว`, en: `Started ${scheme} ${to} as a copy of ${from}` })
      return reply.redirect(`/admin/oit/${scheme}/${to}`, 303)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      return sendPage(reply, CataloguesPage({ ctx: pageContext(req, reply), catalogues, year, scheme, errors: e.fields }), 422)
    }
  })

  app.get<CatalogueParams>('/admin/oit/:scheme/:year', async (req, reply) => {
    const catalogue = await viewCatalogue(ctxOf(req), req.params.scheme, req.params.year)
    return sendPage(reply, CataloguePage({ ctx: pageContext(req, reply), catalogue }))
  })

  const renderItem = (req: FastifyRequest, reply: FastifyReply, view: CatalogueItemView, form: CatalogueItemForm, errors?: FieldErrors, status = 200) =>
    sendPage(reply, CatalogueItemPage({ ctx: pageContext(req, reply), view, form, errors }), status)
  const codeOf = (code: string) => (code === 'new' ? null : code)

  app.get<ItemParams>('/admin/oit/:scheme/:year/items/:code', async (req, reply) => {
    const view = await catalogueItem(ctxOf(req), req.params.scheme, req.params.year, codeOf(req.params.code))
    return renderItem(req, reply, view, catalogueItemFormOf(view.item))
  })

  app.post<ItemParams>('/admin/oit/:scheme/:year/items/:code', async (req, reply) => {
    const { scheme, year } = req.params
    const code = codeOf(req.params.code)
    const form = readCatalogueItemForm(req.body)
    try {
      const saved = await saveCatalogueItem(ctxOf(req), scheme, year, code, form)
      setFlash(reply, code === null ? { th: `เพิ่มรายการ ${saved} แล้ว`, en: `Item ${saved} added` } : { th: `บันทึกรายการ ${saved} แล้ว`, en: `Item ${saved} saved` })
      return reply.redirect(`${catalogueHref(scheme, Number(year))}#item-${encodeURIComponent(saved)}`, 303)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const view = await catalogueItem(ctxOf(req), scheme, year, code)
      return renderItem(req, reply, view, form, e.fields, 422)
    }
  })

  app.post<ItemParams>('/admin/oit/:scheme/:year/items/:code/remove', async (req, reply) => {
    const { scheme, year, code } = req.params
    try {
      await removeCatalogueItem(ctxOf(req), scheme, year, code)
      setFlash(reply, { th: `ลบรายการ ${code} แล้ว`, en: `Item ${code} removed` })
      return reply.redirect(catalogueHref(scheme, Number(year)), 303)
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e
      const view = await catalogueItem(ctxOf(req), scheme, year, code)
      return renderItem(req, reply, view, catalogueItemFormOf(view.item), e.fields, 422)
    }
  })

  app.get<CatalogueParams>('/admin/oit/:scheme/:year/catalogue.json', async (req, reply) => {
    const catalogue = await viewCatalogue(ctxOf(req), req.params.scheme, req.params.year)
    return reply.type('application/json; charset=utf-8').header('cache-control', 'no-store').header('content-disposition', `attachment; filename="oit-${catalogue.scheme}-${catalogue.fiscalYear}.json"`).send(JSON.stringify(catalogue, null, 2))
  })

  app.get<CatalogueParams>('/admin/oit/:scheme/:year/catalogue.xlsx', async (req, reply) => {
    const catalogue = await viewCatalogue(ctxOf(req), req.params.scheme, req.params.year)
    const file = { body: await catalogueToXlsx(catalogueToRows(catalogue)), contentType: MIME.xlsx, filename: `oit-${catalogue.scheme}-${catalogue.fiscalYear}.xlsx` }
    return sendExport(reply, file)
  })

  app.get<CatalogueParams>('/admin/oit/:scheme/:year/import', async (req, reply) => {
    const t = target(req)
    await listCatalogues(ctxOf(req))
    return sendPage(reply, CatalogueImportPage({ ctx: pageContext(req, reply), ...t, text: '' }))
  })

  await app.register(async (scope) => {
    const uploadsOf = await acceptUploads(scope, fileServiceFor(deps), {
      fields: { file: { maxBytes: IMPORT_MAX_BYTES, allowed: ['excel'] } },
      acceptFrom: (req) => !!req.actor?.isPlatformAdmin,
      maxFieldBytes: IMPORT_MAX_BYTES,
    })

    scope.post<CatalogueParams>('/admin/oit/:scheme/:year/import', async (req, reply) => {
      const t = target(req)
      const ctx = ctxOf(req)
      const text = formString(req.body, 'text')
      const typedSource = formString(req.body, 'source')
      const source = typedSource.trim() || `imported by ${ctx.actor.displayName}`
      const outcome = uploadsOf(req).get('file')
      const rerender = (errors: FieldErrors, report: readonly ImportError[] = []) =>
        sendPage(reply, CatalogueImportPage({ ctx: pageContext(req, reply), ...t, text, source: typedSource, errors, report }), 422)

      if (outcome && 'problem' in outcome) return rerender(outcome.problem)
      let parsed: CatalogueImportResult
      if (outcome) parsed = await parseCatalogueXlsx(await readFile(outcome.upload.tempPath), { ...t, source })
      else if (text.trim().startsWith('{')) parsed = parseCatalogueJson(text)
      else if (text.trim()) parsed = parseCatalogueCsv(text, { ...t, source })
      else return rerender({ file: { th: 'เลือกไฟล์ Excel หรือวางข้อความ CSV หรือ JSON', en: 'Choose an Excel file or paste CSV or JSON text' } })
      try {
        const done = await replaceCatalogue(ctx, parsed, t)
        setFlash(reply, { th: `นำเข้าชุดเกณฑ์แล้ว ${done.items} รายการ`, en: `Imported the catalogue: ${done.items} item(s)` })
        return reply.redirect(`/admin/oit/${t.scheme}/${t.fiscalYear}`, 303)
      } catch (e) {
        if (e instanceof CatalogueImportFailed) return rerender(e.fields, e.errors)
        throw e
      }
    })
  })
}
