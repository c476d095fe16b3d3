/**
 * Tells an old Word document from an old Excel workbook. Both are OLE compound files
 * ("CFB": a small FAT file system inside one file), so their first bytes are identical; what
 * differs is the stream at the root: "WordDocument" for Word, "Workbook" (or "Book" before
 * Excel 97) for Excel. Only the root's own entries count: a Word file with an embedded
 * chart holds a "Workbook" deeper down.
 *
 * Reads a handful of sectors through `read`, never the whole file; every loop is bounded so a
 * crafted file cannot spin or run off the end.
 */
export type ReadAt = (offset: number, length: number) => Promise<Buffer>

const SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
const END_OF_CHAIN = 0xfffffffe
const MAX_SECTORS_FOLLOWED = 4096
const MAX_ENTRIES = 4096

export type LegacyOfficeType = 'doc' | 'xls'

export function isCompoundFile(head: Uint8Array): boolean {
  return head.length >= 8 && Buffer.from(head.buffer, head.byteOffset, 8).equals(SIGNATURE)
}

export async function legacyOfficeType(read: ReadAt, fileSize: number): Promise<LegacyOfficeType | null> {
  try {
    const names = await rootEntryNames(read, fileSize)
    if (names.has('WordDocument')) return 'doc'
    if (names.has('Workbook') || names.has('Book')) return 'xls'
    return null
  } catch {
    return null
  }
}

async function rootEntryNames(read: ReadAt, fileSize: number): Promise<Set<string>> {
  const header = await read(0, 512)
  if (header.length < 512 || !header.subarray(0, 8).equals(SIGNATURE)) return new Set()
  const shift = header.readUInt16LE(0x1e)
  if (shift !== 9 && shift !== 12) return new Set()
  const sectorSize = 1 << shift
  const perSector = sectorSize / 4
  const sectorCount = Math.floor(fileSize / sectorSize) // sector n starts at (n + 1) * sectorSize
  const fatSectorCount = header.readUInt32LE(0x2c)
  const firstDirSector = header.readUInt32LE(0x30)
  let difatSector = header.readUInt32LE(0x44)

  const fatSectors: number[] = []
  for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++) fatSectors.push(header.readUInt32LE(0x4c + i * 4))
  for (let hops = 0; fatSectors.length < fatSectorCount && difatSector < sectorCount && hops < MAX_SECTORS_FOLLOWED; hops++) {
    const s = await readSector(difatSector)
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatSectorCount; i++) fatSectors.push(s.readUInt32LE(i * 4))
    difatSector = s.readUInt32LE((perSector - 1) * 4)
  }

  async function readSector(n: number): Promise<Buffer> {
    if (n >= sectorCount) throw new Error('sector out of range')
    const b = await read((n + 1) * sectorSize, sectorSize)
    if (b.length < sectorSize) throw new Error('short sector')
    return b
  }

  async function nextSector(n: number): Promise<number> {
    const fatSector = fatSectors[Math.floor(n / perSector)]
    if (fatSector === undefined) throw new Error('sector outside the FAT')
    return (await readSector(fatSector)).readUInt32LE((n % perSector) * 4)
  }

  const entries: Buffer[] = []
  const seen = new Set<number>()
  for (let s = firstDirSector; s !== END_OF_CHAIN && entries.length < MAX_ENTRIES; s = await nextSector(s)) {
    if (seen.has(s) || seen.size >= MAX_SECTORS_FOLLOWED) throw new Error('directory chain loops')
    seen.add(s)
    const sector = await readSector(s)
    for (let off = 0; off + 128 <= sectorSize; off += 128) entries.push(sector.subarray(off, off + 128))
  }

  const root = entries[0]
  if (!root || root[0x42] !== 5) return new Set()
  const names = new Set<string>()
  // The root's children form a tree linked by left/right sibling ids.
  const stack = [root.readUInt32LE(0x4c)]
  const visited = new Set<number>()
  while (stack.length) {
    const id = stack.pop()!
    if (id >= entries.length || visited.has(id)) continue
    visited.add(id)
    const e = entries[id]!
    const nameBytes = Math.min(e.readUInt16LE(0x40), 64)
    if (nameBytes >= 2) names.add(e.subarray(0, nameBytes - 2).toString('utf16le'))
    stack.push(e.readUInt32LE(0x44), e.readUInt32LE(0x48))
  }
  return names
}
