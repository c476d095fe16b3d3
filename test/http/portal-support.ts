import type { Client, TestApp } from '../support/test-app.ts'

/** What the portal tests share: submitting the multipart item form the way a browser does. */
export type FilePart = { field: string; name: string; type: string; bytes: Buffer }

export const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')

export function multipartBody(fields: Record<string, string | string[]>, files: FilePart[]) {
  const boundary = `----prongsai-${Math.random().toString(16).slice(2)}`
  const parts: Buffer[] = []
  for (const [k, v] of Object.entries(fields)) {
    for (const item of Array.isArray(v) ? v : [v]) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${item}\r\n`))
  }
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`), f.bytes, Buffer.from('\r\n'))
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

export const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1]

/**
 * Opens the form page (for its CSRF token, as a browser would) and posts the multipart form to
 * `action`; `csrf` skips the page, for a second submission of a form that came back.
 */
export async function submitMultipart(t: TestApp, c: Client, pageUrl: string | null, action: string, fields: Record<string, string | string[]>, files: FilePart[] = [], csrf?: string) {
  const token = csrf ?? (pageUrl ? csrfOf((await c.get(pageUrl)).body) : undefined)
  const { payload, contentType } = multipartBody(token ? { _csrf: token, ...fields } : fields, files)
  const res = await t.app.inject({
    method: 'POST',
    url: action,
    headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': contentType },
    payload,
  })
  for (const ck of res.cookies as { name: string; value: string }[]) c.cookies.set(ck.name, ck.value)
  return res
}

export type NewItem = { section: string; title_th: string; body?: string; title_en?: string; fiscal_year?: string; responsible_user_id: string; links?: { label: string; url: string }[] }

export function itemFields(orgId: string, item: NewItem): Record<string, string> {
  const fields: Record<string, string> = {
    organisation_id: orgId,
    section: item.section,
    title_th: item.title_th,
    title_en: item.title_en ?? '',
    body: item.body ?? '',
    fiscal_year: item.fiscal_year ?? '',
    responsible_user_id: item.responsible_user_id,
  }
  ;(item.links ?? []).forEach((l, i) => {
    fields[`link_label_${i + 1}`] = l.label
    fields[`link_url_${i + 1}`] = l.url
  })
  return fields
}

/** Creates an item through the form as `c`; returns its id (from the redirect) and key. */
export async function createItem(t: TestApp, c: Client, orgSlug: string, item: NewItem, files: FilePart[] = []): Promise<{ id: string; key: string }> {
  const orgId = await t.orgId(orgSlug)
  const res = await submitMultipart(t, c, `/staff/portal/new?org=${orgSlug}&section=${item.section}`, '/staff/portal/new', itemFields(orgId, item), files)
  if (res.statusCode !== 303) throw new Error(`creating "${item.title_th}" answered ${res.statusCode}: ${res.body.slice(0, 2000)}`)
  const id = /\/staff\/portal\/items\/([0-9a-f-]{36})$/.exec(String(res.headers.location))![1]!
  const row = await t.db.selectFrom('portal_items').select('item_key').where('id', '=', id).executeTakeFirstOrThrow()
  return { id, key: row.item_key }
}

/** The edit form's fields for an item as it now stands, with `changes` applied. */
export async function editFields(t: TestApp, id: string, changes: Partial<Record<string, string | string[]>> = {}): Promise<Record<string, string | string[]>> {
  const item = await t.db.selectFrom('portal_items').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
  const v = await t.db.selectFrom('portal_item_versions').selectAll().where('item_id', '=', id).where('version', '=', item.current_version).executeTakeFirstOrThrow()
  const fields: Record<string, string | string[]> = {
    section: item.section,
    based_on_version: String(item.current_version),
    title_th: v.title_th,
    title_en: v.title_en,
    body: v.body_source,
    fiscal_year: v.fiscal_year === null ? '' : String(v.fiscal_year),
    responsible_user_id: v.responsible_user_id ?? '',
  }
  v.links.forEach((l, i) => {
    fields[`link_label_${i + 1}`] = l.label
    fields[`link_url_${i + 1}`] = l.url
  })
  for (const [k, val] of Object.entries(changes)) if (val !== undefined) fields[k] = val
  return fields
}

export async function editItem(t: TestApp, c: Client, id: string, changes: Partial<Record<string, string | string[]>>, files: FilePart[] = []) {
  return submitMultipart(t, c, `/staff/portal/items/${id}/edit`, `/staff/portal/items/${id}/edit`, await editFields(t, id, changes), files)
}

export async function publish(c: Client, id: string, yes = true) {
  return c.submit(`/staff/portal/items/${id}`, { publish: yes ? 'yes' : 'no' }, `/staff/portal/items/${id}/publication`)
}
