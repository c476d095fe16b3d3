/**
 * The bidder–staff screen at a large agency's scale: 2,000 bidders (each with two directors and
 * an address) against 5,000 staff interest entries. Target ≤ 1 s; the screen indexes the staff
 * side by normalised keys, so the time grows with bidders + entries, not their product.
 *   node --import tsx bench/conflict-screen.ts
 */
import { performance } from 'node:perf_hooks'
import { indexEntries, screenBidders, type Bidder, type InterestEntry } from '../src/features/conflict-screen/conflict-matcher.domain.ts'

const GIVEN = ['สมชาย', 'สมศรี', 'มาลี', 'ประสิทธิ์', 'วีระ', 'กานดา', 'สุนทร', 'อรุณี', 'ชัยวัฒน์', 'พรทิพย์']
const SUR = Array.from({ length: 1500 }, (_, i) => `นามสกุล${i}`)
const TITLES = ['นาย', 'นาง', 'นางสาว', 'น.ส. ', 'ด.ช.']
const pick = <T>(xs: readonly T[], i: number) => xs[i % xs.length]!

const entries: InterestEntry[] = Array.from({ length: 5000 }, (_, i) => {
  const kind = (['person', 'person', 'address', 'firm'] as const)[i % 4]!
  const text = kind === 'person' ? `${pick(TITLES, i)}${pick(GIVEN, i * 7)} ${pick(SUR, i * 13)}` : kind === 'address' ? `${i % 300}/${i % 7} หมู่ ${i % 12} ตำบลเวียงทอง${i % 5}` : `บริษัท กิจการที่${i} จำกัด`
  return { id: `e${i}`, userId: `u${i % 800}`, kind, text, taxId: null }
})
const bidders: Bidder[] = Array.from({ length: 2000 }, (_, i) => ({
  id: `b${i}`,
  name: i % 3 === 0 ? `หจก.กิจการที่${i * 2}` : `บริษัท ผู้รับเหมา${i} จำกัด`,
  taxId: null,
  people: [`นาย${pick(GIVEN, i)} ${pick(SUR, i * 31)}`, `นาง${pick(GIVEN, i + 3)} ${pick(SUR, i * 17 + 5)}`],
  addresses: [`${i % 300}/${i % 7} ม.${i % 12} ต.เวียงทอง${i % 5}`],
}))

const runs: number[] = []
let hits = 0
for (let r = 0; r < 5; r++) {
  const t0 = performance.now()
  hits = screenBidders(bidders, indexEntries(entries)).length
  runs.push(performance.now() - t0)
}
runs.sort((a, b) => a - b)
const median = runs[2]!
console.log(`screen 2,000 bidders × 5,000 entries: median ${median.toFixed(0)} ms over 5 runs (min ${runs[0]!.toFixed(0)}, max ${runs[4]!.toFixed(0)}), ${hits} hits`)
if (median > 1000) {
  console.error('slower than the 1 s target')
  process.exitCode = 1
}
