import { Readable } from 'node:stream'
import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { contentDisposition, downloadName, sendStoredFile } from './file-responses.ts'
import type { StoredFile } from './file-records.ts'
import { MIME } from './file-kinds.ts'

const file = (over: Partial<StoredFile>): StoredFile => ({
  id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  sha256: 'ab'.repeat(32),
  size: 5,
  mime: MIME.pdf,
  originalName: 'x.pdf',
  organisationId: null,
  uploadedBy: null,
  purpose: 'test',
  createdAt: new Date(),
  ...over,
})

async function download(f: StoredFile, query = '', headers: Record<string, string> = {}) {
  const app = Fastify()
  app.get('/f', (req, reply) => sendStoredFile(req, reply, { file: f, stream: Readable.from([Buffer.from('12345')]) }, { inline: (req.query as { inline?: string }).inline === '1' }))
  const res = await app.inject({ method: 'GET', url: `/f${query}`, headers })
  await app.close()
  return res
}

describe('downloading a stored file', () => {
  it('offers a Thai name with RFC 5987 filename* and a plain ASCII stand-in', async () => {
    const res = await download(file({ originalName: 'รายงานผล ปี 2569.pdf' }))
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="_ _ 2569.pdf"; filename*=UTF-8''${encodeURIComponent('รายงานผล ปี 2569.pdf')}`,
    )
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(String(res.headers['content-disposition']))![1]!)).toBe('รายงานผล ปี 2569.pdf')
  })

  it('sets the type found in the content, nosniff, and a policy that lets the file run nothing', async () => {
    const res = await download(file({ mime: MIME.docx, originalName: 'a.docx', size: 5 }))
    expect(res.headers['content-type']).toBe(MIME.docx)
    expect(res.headers['content-length']).toBe('5')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox")
    expect(res.body).toBe('12345')
  })

  it('is a download unless inline is asked for, and inline only for images and PDFs', async () => {
    expect((await download(file({ mime: MIME.png, originalName: 'a.png' }))).headers['content-disposition']).toMatch(/^attachment;/)
    expect((await download(file({ mime: MIME.png, originalName: 'a.png' }), '?inline=1')).headers['content-disposition']).toMatch(/^inline;/)
    expect((await download(file({ mime: MIME.xlsx, originalName: 'a.xlsx' }), '?inline=1')).headers['content-disposition']).toMatch(/^attachment;/)
    const pdf = await download(file({}), '?inline=1')
    expect(pdf.headers['content-disposition']).toMatch(/^inline;/)
    // Chromium's PDF viewer will not start in a sandboxed document.
    expect(pdf.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'self'")
  })

  it('answers 304 to a browser that already has these bytes', async () => {
    const res = await download(file({}), '', { 'if-none-match': `"${'ab'.repeat(32)}"` })
    expect(res.statusCode).toBe(304)
    expect(res.body).toBe('')
  })
})

describe('download names', () => {
  it('carry the extension of what the file really is', () => {
    expect(downloadName('scan.pdf', MIME.png)).toBe('scan.pdf.png')
    expect(downloadName('photo.JPEG', MIME.jpeg)).toBe('photo.JPEG')
    expect(downloadName('ตราสัญลักษณ์', MIME.png)).toBe('ตราสัญลักษณ์.png')
    expect(downloadName('', MIME.xls)).toBe('file.xls')
  })

  it('never let quotes, backslashes or line breaks into the header', () => {
    const h = contentDisposition('attachment', 'a"b\\c\r\nSet-Cookie: x=1.pdf')
    expect(h).not.toMatch(/[\r\n]/)
    expect(h).toBe("attachment; filename=\"a_b_c_Set-Cookie: x=1.pdf\"; filename*=UTF-8''a_b_c__Set-Cookie%3A%20x%3D1.pdf")
  })
})
