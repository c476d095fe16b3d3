import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Opens a produced file the way a person would, in LibreOffice (headless), and reads the
 * printed text back with pdftotext. Each call gets a fresh LibreOffice profile so test
 * files running side by side never share (and lock) one.
 */
export async function officeToPdf(body: Buffer | Uint8Array, extension: string): Promise<{ dir: string; pdf: string; seconds: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'prongsai-office-'))
  const input = join(dir, `file.${extension}`)
  await writeFile(input, body)
  const started = performance.now()
  await run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { timeout: 60_000 })
  return { dir, pdf: join(dir, 'file.pdf'), seconds: (performance.now() - started) / 1000 }
}

/**
 * `raw` keeps the content stream's order, which is the only order in which Thai words with
 * stacked marks come back exactly ('ติดตั้งไฟฟ้า'); `layout` keeps the page's columns and
 * lines but splits some of those words ('ติดตัง้ ไฟฟ้ า'), so exact Thai is compared in raw.
 */
export async function pdfText(pdf: string, mode: 'raw' | 'layout' = 'raw'): Promise<string> {
  const { stdout } = await run('pdftotext', [`-${mode}`, pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })
  return stdout
}

export type PdfWord = { page: number; pageWidth: number; xMin: number; xMax: number; text: string }

/** Every word with its position (in points), for checks on where things sit on the page. */
export async function pdfWords(pdf: string): Promise<PdfWord[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })
  const words: PdfWord[] = []
  let page = 0
  let pageWidth = 0
  for (const line of stdout.split('\n')) {
    const p = /<page width="([\d.]+)"/.exec(line)
    if (p) {
      page += 1
      pageWidth = Number(p[1])
      continue
    }
    const w = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(line)
    if (w) words.push({ page, pageWidth, xMin: Number(w[1]), xMax: Number(w[2]), text: w[3]! })
  }
  return words
}

export async function pdfPageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf])
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0)
}

/** The PDF's pages as PNG files (for a person to look at): returns their paths. */
export async function pdfToPngs(pdf: string, outPrefix: string, dpi = 60): Promise<void> {
  await run('pdftoppm', ['-png', '-r', String(dpi), pdf, outPrefix])
}

/** Converts and reads back in one step; removes its temporary folder. */
export async function officeText(
  body: Buffer | Uint8Array,
  extension: string,
): Promise<{ text: string; layout: string; words: PdfWord[]; pages: number; seconds: number }> {
  const { dir, pdf, seconds } = await officeToPdf(body, extension)
  try {
    return { text: await pdfText(pdf, 'raw'), layout: await pdfText(pdf, 'layout'), words: await pdfWords(pdf), pages: await pdfPageCount(pdf), seconds }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export type PrintedFile = { name: string; text: string; layout: string; words: PdfWord[]; pages: number; pdf: string }

/**
 * Several files through ONE LibreOffice start (starting it costs most of a conversion's
 * time): each file printed to PDF and read back. The PDFs stay in `dir` (for pdftoppm)
 * until the caller removes it.
 */
export async function officePrintAll(files: readonly { name: string; body: Buffer | Uint8Array; extension: string }[]): Promise<{ dir: string; printed: Map<string, PrintedFile>; seconds: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'prongsai-office-'))
  const inputs: string[] = []
  for (const f of files) {
    const input = join(dir, `${f.name}.${f.extension}`)
    await writeFile(input, f.body)
    inputs.push(input)
  }
  const started = performance.now()
  await run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...inputs], { timeout: 180_000 })
  const seconds = (performance.now() - started) / 1000
  const printed = new Map<string, PrintedFile>()
  for (const f of files) {
    const pdf = join(dir, `${f.name}.pdf`)
    printed.set(f.name, { name: f.name, pdf, text: await pdfText(pdf, 'raw'), layout: await pdfText(pdf, 'layout'), words: await pdfWords(pdf), pages: await pdfPageCount(pdf) })
  }
  return { dir, printed, seconds }
}
