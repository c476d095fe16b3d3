import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { buffer as readAll } from 'node:stream/consumers'
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import sharp from 'sharp'
import JSZip from 'jszip'
import { Document, Packer, Paragraph } from 'docx'
import ExcelJS from 'exceljs'
import { ValidationError } from '../../errors.ts'
import { createTestDb } from '../../../test/support/test-db.ts'
import type { DatabaseHandle } from '../../db/connect.ts'
import { createFileService, type FileService } from './file-service.ts'
import { folderStorage } from './folder-storage.ts'
import { MIME, type FileKind } from './file-kinds.ts'

let handle: DatabaseHandle
let root: string
let files: FileService
const now = new Date('2026-11-22T03:00:00Z')
const meta = { organisationId: null, uploadedBy: null, purpose: 'test', now }

beforeAll(async () => {
  handle = await createTestDb()
  root = mkdtempSync(join(tmpdir(), 'prongsai-files-'))
  files = createFileService({ db: handle.db, storage: folderStorage(root) })
})
afterAll(async () => {
  await handle.close()
  rmSync(root, { recursive: true, force: true })
})

/** Every stored object under the root, as paths relative to it (temporary uploads excluded). */
function storedObjects(dir = root, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === '.incoming') return []
    const rel = prefix ? `${prefix}/${e.name}` : e.name
    return e.isDirectory() ? storedObjects(join(dir, e.name), rel) : [rel]
  })
}
const incoming = () => {
  try {
    return readdirSync(join(root, '.incoming'))
  } catch {
    return []
  }
}

const png = (w = 40, h = 30) => sharp({ create: { width: w, height: h, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 1 } } }).png().toBuffer()
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

async function refusal(p: Promise<unknown>, field = 'upload'): Promise<{ th: string; en: string }> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  )
  expect(e).toBeInstanceOf(ValidationError)
  const msg = (e as ValidationError).fields[field]
  expect(msg).toBeDefined()
  return msg!
}

const store = (bytes: Buffer | Readable, name: string, allowed: FileKind[], maxBytes = 5 * 1024 * 1024) =>
  files.storeUpload(bytes, { field: 'upload', maxBytes, allowed, originalName: name, ...meta })

describe('content-addressed storage', () => {
  it('keeps the same bytes once, however many times and under whatever names they are uploaded', async () => {
    const bytes = await png(41, 31)
    const sha = createHash('sha256').update(bytes).digest('hex')
    const before = storedObjects().length
    const a = await store(bytes, 'logo.png', ['image'])
    const b = await store(bytes, 'ตราสัญลักษณ์ สำเนา.png', ['image'])
    expect(a.id).not.toBe(b.id)
    expect([a.sha256, b.sha256]).toEqual([sha, sha])
    expect(b.originalName).toBe('ตราสัญลักษณ์ สำเนา.png')
    expect(storedObjects().length).toBe(before + 1)
    // The path comes from the digest alone.
    expect(readFileSync(join(root, sha.slice(0, 2), sha.slice(2, 4), sha)).equals(bytes)).toBe(true)
    expect(incoming()).toEqual([])
    const opened = await files.openFile(b.id)
    expect((await readAll(opened!.stream)).equals(bytes)).toBe(true)
  })

  it('never lets the uploaded name near a path', async () => {
    const f = await store(await png(12, 12), '../../../etc/passwd', ['image'])
    expect(f.originalName).toBe('passwd')
    const g = await store(await png(13, 12), 'C:\\fakepath\\โลโก้.png', ['image'])
    expect(g.originalName).toBe('โลโก้.png')
    expect(storedObjects().every((p) => /^(thumbnails\/)?[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}(-w\d+\.webp)?$/.test(p))).toBe(true)
  })
})

describe('size limits', () => {
  it('stops reading a stream as soon as it passes the limit: a 1 GB upload is neither read nor kept', async () => {
    let pulled = 0
    const chunk = Buffer.alloc(64 * 1024, 7)
    const oneGigabyte = new Readable({
      read() {
        if (pulled >= 1024 * 1024 * 1024) return this.push(null)
        pulled += chunk.length
        this.push(chunk)
      },
    })
    const msg = await refusal(store(oneGigabyte, 'huge.png', ['image'], 1024 * 1024))
    expect(msg).toEqual({ th: 'ไฟล์ต้องมีขนาดไม่เกิน 1 MB', en: 'The file must be 1 MB or smaller' })
    // The limit plus what the stream had buffered ahead: nowhere near the gigabyte on offer. Bytes
    // pulled, not wall-clock time, is what proves it stopped (a loaded machine makes timing say nothing).
    expect(pulled).toBeLessThan(2 * 1024 * 1024)
    expect(oneGigabyte.destroyed).toBe(false) // the caller's stream is left to its owner to drain
    oneGigabyte.destroy()
    expect(incoming()).toEqual([])
  })

  it('accepts a file of exactly the limit and refuses one byte more', async () => {
    const bytes = await png(20, 20)
    await expect(store(bytes, 'a.png', ['image'], bytes.length)).resolves.toMatchObject({ size: bytes.length })
    const msg = await refusal(store(bytes, 'a.png', ['image'], bytes.length - 1))
    expect(msg.en).toMatch(/or smaller$/)
  })

  it('refuses an empty file', async () => {
    expect((await refusal(store(Buffer.alloc(0), 'empty.pdf', ['pdf']))).en).toContain('empty')
  })
})

describe('type from content, never from the name', () => {
  it('refuses a PDF named .png, saying what it really is', async () => {
    const msg = await refusal(store(PDF, 'logo.png', ['image']))
    expect(msg.th).toBe('ไฟล์ “logo.png” เป็นไฟล์ PDF ไม่ใช่ไฟล์ภาพ PNG, JPEG หรือ WebP (ระบบตรวจชนิดไฟล์จากเนื้อไฟล์ ไม่ใช่จากชื่อหรือนามสกุล)')
    expect(msg.en).toBe('“logo.png” is a PDF, not a PNG, JPEG or WebP image (the type is checked from the file’s content, not its name or extension)')
  })

  it('refuses a web page named .pdf', async () => {
    const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>')
    const msg = await refusal(store(html, 'report.pdf', ['pdf']))
    expect(msg.en).toContain('is a web page (HTML), not a PDF')
    expect(msg.th).toContain('หน้าเว็บ (HTML)')
  })

  it('refuses SVG as an image, with or without an XML prolog, because it can carry scripts', async () => {
    for (const svg of [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
    ]) {
      const msg = await refusal(store(Buffer.from(svg), 'logo.png', ['image']))
      expect(msg.en).toContain('SVG files are not accepted because they can contain scripts')
      expect(msg.th).toContain('ไม่รับไฟล์ SVG')
    }
  })

  it('stores a real image with the type it really has, whatever it is called', async () => {
    const jpeg = await sharp(await png()).jpeg().toBuffer()
    expect((await store(jpeg, 'scan.pdf', ['image', 'pdf'])).mime).toBe(MIME.jpeg)
    expect((await store(await sharp(await png()).webp().toBuffer(), 'x', ['image'])).mime).toBe(MIME.webp)
    expect((await store(PDF, 'ประกาศ.pdf', ['pdf'])).mime).toBe(MIME.pdf)
  })

  it('refuses an image whose header is right but whose pixels are not there', async () => {
    const truncated = (await png(200, 200)).subarray(0, 60)
    expect((await refusal(store(truncated, 'broken.png', ['image']))).en).toContain('cannot be read')
  })
})

describe('Word and Excel', () => {
  const docx = () => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('รายงานผลการดำเนินงาน')] }] }))
  const xlsx = async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('ข้อมูล').addRow(['ปีงบประมาณ', 2570])
    return Buffer.from(await wb.xlsx.writeBuffer())
  }

  it('recognises .docx and .xlsx from the OOXML package, not just "a zip"', async () => {
    expect((await store(await docx(), 'report.docx', ['word'])).mime).toBe(MIME.docx)
    expect((await store(await xlsx(), 'data.xlsx', ['excel'])).mime).toBe(MIME.xlsx)
  })

  it('refuses a workbook offered as a Word document, and a plain zip dressed as .docx', async () => {
    expect((await refusal(store(await xlsx(), 'report.docx', ['word']))).en).toContain('is an Excel workbook, not a Word document')
    const zip = new JSZip()
    zip.file('word/document.xml', '<w:document/>')
    const plain = await zip.generateAsync({ type: 'nodebuffer' })
    expect((await refusal(store(plain, 'report.docx', ['word']))).en).toContain('is a ZIP archive, not a Word document')
  })

  it('refuses a macro-enabled document renamed .docx', async () => {
    const zip = await JSZip.loadAsync(await docx())
    const types = await zip.file('[Content_Types].xml')!.async('string')
    zip.file('[Content_Types].xml', types.replace('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'application/vnd.ms-word.document.macroEnabled.main+xml'))
    const docm = await zip.generateAsync({ type: 'nodebuffer' })
    expect((await refusal(store(docm, 'report.docx', ['word']))).en).toContain('with macros')
  })

  it('tells old .doc from old .xls, though both start with the same bytes', async () => {
    const doc = readFileSync(new URL('./fixtures/legacy-word.doc', import.meta.url))
    const xls = readFileSync(new URL('./fixtures/legacy-excel.xls', import.meta.url))
    expect(doc.subarray(0, 8).equals(xls.subarray(0, 8))).toBe(true)
    expect((await store(doc, 'old.doc', ['word'])).mime).toBe(MIME.doc)
    expect((await store(xls, 'old.xls', ['excel'])).mime).toBe(MIME.xls)
    expect((await refusal(store(xls, 'old.doc', ['word']))).en).toContain('old-style Excel workbook (.xls), not a Word document')
  })
})

describe('thumbnails', () => {
  it('makes a small WebP without the photo’s metadata (GPS position included), once', async () => {
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 10, g: 120, b: 60 } } })
      .jpeg()
      .withExif({ IFD0: { Make: 'PhoneCo', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '13/1 45/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '100/1 30/1 0/1' } })
      .toBuffer()
    expect((await sharp(photo).metadata()).exif).toBeDefined()
    const f = await store(photo, 'photo.jpg', ['image'])
    const thumb = await files.thumbnail(f.id, 192)
    expect(thumb).toMatchObject({ mime: 'image/webp', width: 192, etag: `"${f.sha256}-w192"` })
    const info = await sharp(thumb!.bytes).metadata()
    expect([info.format, info.width, info.height]).toEqual(['webp', 192, 128])
    expect(info.exif).toBeUndefined()
    expect(info.xmp).toBeUndefined()
    expect(info.icc).toBeUndefined()
    expect(thumb!.bytes.includes(Buffer.from('PhoneCo'))).toBe(false)

    const key = join(root, 'thumbnails', f.sha256.slice(0, 2), f.sha256.slice(2, 4), `${f.sha256}-w192.webp`)
    const made = statSync(key).mtimeMs
    const again = await files.thumbnail(f.id, 192)
    expect(again!.bytes.equals(thumb!.bytes)).toBe(true)
    expect(statSync(key).mtimeMs).toBe(made)
  })

  it('never enlarges a small image, and has no thumbnail for a PDF or an absurd width', async () => {
    const small = await store(await png(40, 30), 'small.png', ['image'])
    const thumb = await files.thumbnail(small.id, 400)
    expect(await sharp(thumb!.bytes).metadata()).toMatchObject({ width: 40, height: 30 })
    const pdf = await store(PDF, 'a.pdf', ['pdf'])
    expect(await files.thumbnail(pdf.id, 192)).toBeUndefined()
    expect(await files.thumbnail(small.id, 100_000)).toBeUndefined()
    expect(await files.thumbnail(small.id, 1.5)).toBeUndefined()
  })
})

describe('ids that are not ids', () => {
  const attempts = ['../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e%2f', '', 'not-a-uuid', '00000000-0000-0000-0000-000000000000/../../x', `${'a'.repeat(64)}`]

  it('are refused before the database or the disk is touched', async () => {
    const untouchable = new Proxy({} as never, {
      get() {
        throw new Error('touched')
      },
    })
    const guarded = createFileService({ db: untouchable, storage: untouchable })
    for (const id of attempts) {
      expect(await guarded.findFile(id)).toBeUndefined()
      expect(await guarded.openFile(id)).toBeUndefined()
      expect(await guarded.thumbnail(id, 192)).toBeUndefined()
    }
  })

  it('cannot become a storage path even if one reached the storage', async () => {
    const storage = folderStorage(root)
    for (const key of ['../../etc/passwd', 'ab/cd/../../../x', `ab/cd/${'a'.repeat(64)}/../x`, '/etc/passwd']) {
      await expect(storage.get(key)).rejects.toThrow('refusing a storage key')
      await expect(storage.has(key)).rejects.toThrow('refusing a storage key')
    }
  })

  it('an unknown uuid is simply not found', async () => {
    expect(await files.openFile('3f2504e0-4f89-41d3-9a0c-0305e82c3301')).toBeUndefined()
  })
})

describe('references to uploads kept across a rejected form', () => {
  it('stand for the file only for the person they were given to, until they expire', async () => {
    const f = await store(await png(9, 9), 'logo.png', ['image'])
    const ref = await files.signReference(f.id, 'user-a', now)
    expect(await files.readReference(ref, 'user-a', now)).toBe(f.id)
    expect(await files.readReference(ref, 'user-b', now)).toBeNull()
    expect(await files.readReference(ref, 'user-a', new Date(now.getTime() + 25 * 3600_000))).toBeNull()
    const [id, exp, mac] = ref.split('.')
    expect(await files.readReference(`${id}.${Number(exp) + 3600}.${mac}`, 'user-a', now)).toBeNull()
    expect(await files.readReference(`3f2504e0-4f89-41d3-9a0c-0305e82c3301.${exp}.${mac}`, 'user-a', now)).toBeNull()
    expect(await files.readReference('garbage', 'user-a', now)).toBeNull()
  })

  it('are signed with one secret kept in the database, so every app instance accepts them', async () => {
    const other = createFileService({ db: handle.db, storage: folderStorage(root) })
    const f = await store(await png(8, 9), 'logo.png', ['image'])
    expect(await other.readReference(await files.signReference(f.id, 'u', now), 'u', now)).toBe(f.id)
    const rows = await handle.db.selectFrom('app_secrets').select(['name', 'value']).execute()
    expect(rows).toHaveLength(1)
    expect(Buffer.from(rows[0]!.value, 'base64url')).toHaveLength(32)
  })
})
