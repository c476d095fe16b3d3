import { createReadStream } from 'node:fs'
import { createGunzip } from 'node:zlib'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupFormatError,
  decodeCell,
  qualifiedName,
  type BackupHeader,
  type BackupTable,
  type BackupTrailer,
  type TextRow,
} from './backup-format.ts'

export type BackupEvent =
  | { kind: 'table'; table: BackupTable }
  | { kind: 'row'; row: TextRow }
  | { kind: 'blob'; sha256: unknown }
  | { kind: 'blob-data'; base64: string }
  | { kind: 'blob-end'; size: unknown }
  | { kind: 'trailer'; trailer: BackupTrailer }

export type OpenBackup = {
  header: BackupHeader
  /** The rest of the file, decoded back to text forms; throws on anything damaged or missing. */
  events: AsyncGenerator<BackupEvent>
  close(): void
}

/** Lines of a gzip'd file, one at a time; a truncated or corrupted file throws. */
async function* lines(path: string, stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  let pending = ''
  try {
    for await (const chunk of stream) {
      pending += chunk as string
      let start = 0
      let newline = pending.indexOf('\n')
      while (newline >= 0) {
        yield pending.slice(start, newline)
        start = newline + 1
        newline = pending.indexOf('\n', start)
      }
      pending = pending.slice(start)
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new BackupFormatError(`no such file: ${path}`)
    if (code?.startsWith('Z_') || code === 'ERR_ZLIB') throw new BackupFormatError(`gzip: ${(err as Error).message} (the file was cut short or corrupted)`)
    throw err
  }
  if (pending) yield pending
}

function parse(line: string, lineNo: number): unknown {
  try {
    return JSON.parse(line)
  } catch {
    throw new BackupFormatError(`line ${lineNo} is not valid JSON: the file is damaged`)
  }
}

export async function openBackup(path: string): Promise<OpenBackup> {
  const source = createReadStream(path)
  const gunzip = createGunzip()
  source.on('error', (err) => gunzip.destroy(err))
  source.pipe(gunzip)
  gunzip.setEncoding('utf8')
  const it = lines(path, gunzip)

  const first = await it.next()
  if (first.done) throw new BackupFormatError('the file is empty')
  const header = parse(first.value, 1) as Partial<BackupHeader>
  if (header.kind !== 'header' || header.format !== BACKUP_FORMAT) throw new BackupFormatError('this is not a Prongsai backup file')
  if (typeof header.formatVersion !== 'number' || header.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupFormatError(`backup format ${String(header.formatVersion)} is newer than this version of Prongsai reads (${BACKUP_FORMAT_VERSION}): upgrade first`)
  }
  const full = header as BackupHeader
  const tables = new Map(full.tables.map((t) => [qualifiedName(t), t]))

  async function* events(): AsyncGenerator<BackupEvent> {
    let lineNo = 1
    let current: BackupTable | undefined
    let trailer: BackupTrailer | undefined
    let inBlob = false
    for await (const line of it) {
      lineNo++
      if (trailer) throw new BackupFormatError(`line ${lineNo}: data after the trailer`)
      const value = parse(line, lineNo)
      if (typeof value === 'string') {
        if (!inBlob) throw new BackupFormatError(`line ${lineNo}: file data outside a file`)
        yield { kind: 'blob-data', base64: value }
        continue
      }
      if (Array.isArray(value)) {
        yield { kind: 'row', row: decodeRow(current, value, [], lineNo) }
        continue
      }
      const item = value as { kind?: unknown; schema?: unknown; name?: unknown; cells?: unknown; raw?: unknown; sha256?: unknown; size?: unknown }
      if (item.kind === 'row' && Array.isArray(item.cells) && Array.isArray(item.raw)) {
        yield { kind: 'row', row: decodeRow(current, item.cells, item.raw as number[], lineNo) }
      } else if (item.kind === 'table') {
        current = tables.get(`${String(item.schema)}.${String(item.name)}`)
        if (!current) throw new BackupFormatError(`line ${lineNo}: table ${String(item.schema)}.${String(item.name)} is not in the header`)
        yield { kind: 'table', table: current }
      } else if (item.kind === 'blob') {
        current = undefined
        inBlob = true
        yield { kind: 'blob', sha256: item.sha256 }
      } else if (item.kind === 'blob-end') {
        if (!inBlob) throw new BackupFormatError(`line ${lineNo}: the end of a file that did not start`)
        inBlob = false
        yield { kind: 'blob-end', size: item.size }
      } else if (item.kind === 'trailer') {
        if (inBlob) throw new BackupFormatError(`line ${lineNo}: the trailer inside a file`)
        trailer = value as BackupTrailer
        yield { kind: 'trailer', trailer }
      } else {
        throw new BackupFormatError(`line ${lineNo}: unexpected content`)
      }
    }
    if (!trailer) throw new BackupFormatError('the file ends before its trailer: it is incomplete (was the copy cut short?)')
  }

  return { header: full, events: events(), close: () => source.destroy() }
}

function decodeRow(table: BackupTable | undefined, cells: unknown[], raw: number[], lineNo: number): TextRow {
  if (!table) throw new BackupFormatError(`line ${lineNo}: a row before any table`)
  if (cells.length !== table.columns.length) throw new BackupFormatError(`line ${lineNo}: ${cells.length} values for ${table.columns.length} columns of ${table.name}`)
  try {
    return cells.map((cell, i) => decodeCell(table.columns[i]!, cell, raw.includes(i)))
  } catch (err) {
    if (err instanceof BackupFormatError) throw new BackupFormatError(`line ${lineNo}, table ${table.name}: ${err.message}`)
    throw err
  }
}
