import type { OrganisationKind, Role } from '../../src/platform/auth/roles.ts'
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, PLACE_HEADS, PLACE_TAILS, PROVINCES, SURNAMES } from './thai-names.ts'

/** A small seeded generator (mulberry32): the same seed gives the same country every run. */
export function seededRandom(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    uuid: () => {
      const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16))
      hex[12] = '4'
      hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
      const h = hex.join('')
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
    },
  }
}
export type Random = ReturnType<typeof seededRandom>

export type PlannedOrganisation = {
  id: string
  parentId: string | null
  slug: string
  kind: OrganisationKind
  nameTh: string
  nameEn: string
  address: string
  phone: string
  email: string
  provinceIndex: number
}

export type PlannedUser = {
  id: string
  email: string
  displayName: string
  position: string
  isPlatformAdmin: boolean
  roles: { organisationId: string; role: Role }[]
}

// Roughly the real mix of Thai local and provincial government (DLA and OPDC figures, rounded):
// most agencies are SAOs and subdistrict municipalities.
const PER_PROVINCE_FIXED: [OrganisationKind, number, string, string][] = [
  ['pao', 1, 'องค์การบริหารส่วนจังหวัด', 'Provincial Administrative Organisation'],
  ['provincial_office', 10, 'สำนักงาน', 'Provincial Office'],
  ['central_branch', 5, 'สำนักงานสาขา', 'Branch Office'],
]
const LOCAL_MIX: [OrganisationKind, number, string, string][] = [
  ['city_municipality', 30, 'เทศบาลนคร', 'City Municipality'],
  ['town_municipality', 195, 'เทศบาลเมือง', 'Town Municipality'],
  ['subdistrict_municipality', 2247, 'เทศบาลตำบล', 'Subdistrict Municipality'],
  ['sao', 5300, 'องค์การบริหารส่วนตำบล', 'Subdistrict Administrative Organisation'],
]
const PROVINCIAL_OFFICES = ['พัฒนาชุมชนจังหวัด', 'สาธารณสุขจังหวัด', 'เกษตรจังหวัด', 'แรงงานจังหวัด', 'ท่องเที่ยวและกีฬาจังหวัด', 'พาณิชย์จังหวัด', 'ท้องถิ่นจังหวัด', 'ป้องกันและบรรเทาสาธารณภัยจังหวัด', 'สถิติจังหวัด', 'คลังจังหวัด']
const BRANCHES = ['สรรพากรพื้นที่', 'ที่ดินจังหวัด', 'ประกันสังคมจังหวัด', 'ขนส่งจังหวัด', 'ทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด']

export const STAFF_ROLES: { role: Role; position: string }[] = [
  { role: 'admin', position: 'นักวิชาการคอมพิวเตอร์' },
  { role: 'officer', position: 'เจ้าพนักงานธุรการ' },
  { role: 'ita_coordinator', position: 'นักวิเคราะห์นโยบายและแผน' },
  { role: 'complaint_officer', position: 'นิติกร' },
  { role: 'procurement_officer', position: 'เจ้าพนักงานพัสดุ' },
]

const slugOf = (en: string) => en.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

/** The whole country: 77 provincial offices at the top and `agencies` agencies below them. */
export function planOrganisations(rng: Random, agencies: number): PlannedOrganisation[] {
  const orgs: PlannedOrganisation[] = []
  const weights = PROVINCES.map(() => 0.5 + rng.next())
  const weightSum = weights.reduce((a, b) => a + b, 0)
  const fixedPerProvince = PER_PROVINCE_FIXED.reduce((n, [, count]) => n + count, 0)
  const localTotal = Math.max(0, agencies - fixedPerProvince * PROVINCES.length)
  const mixTotal = LOCAL_MIX.reduce((n, [, c]) => n + c, 0)
  let localLeft = localTotal

  PROVINCES.forEach(([provinceTh, provinceEn], p) => {
    const provinceSlug = slugOf(provinceEn)
    const postcode = String(10000 + p * 1000)
    const province: PlannedOrganisation = {
      id: rng.uuid(),
      parentId: null,
      slug: provinceSlug,
      kind: 'province',
      nameTh: p === 0 ? 'กรุงเทพมหานคร (ศาลาว่าการ)' : `จังหวัด${provinceTh} (สำนักงานจังหวัด)`,
      nameEn: p === 0 ? 'Bangkok (City Hall)' : `${provinceEn} Province (Provincial Office)`,
      address: `ศาลากลางจังหวัด${provinceTh} ถนนราชดำเนิน ตำบลในเมือง อำเภอเมือง จังหวัด${provinceTh} ${postcode}`,
      phone: `0 ${String(2000 + p * 37).padStart(4, '0')} ${String(1000 + p).padStart(4, '0')}`,
      email: `saraban@${provinceSlug}.bench.prongsai.test`,
      provinceIndex: p,
    }
    orgs.push(province)
    let n = 0
    const add = (kind: OrganisationKind, nameTh: string, nameEn: string) => {
      n++
      const place = `${rng.pick(PLACE_HEADS)[0]}${rng.pick(PLACE_TAILS)[0]}`
      const slug = `${provinceSlug}-${kind.replaceAll('_', '-')}-${String(n).padStart(3, '0')}`
      orgs.push({
        id: rng.uuid(),
        parentId: province.id,
        slug,
        kind,
        nameTh,
        nameEn,
        address: `${1 + rng.int(199)} หมู่ ${1 + rng.int(15)} ตำบล${place} อำเภอ${rng.pick(PLACE_HEADS)[0]}${rng.pick(PLACE_TAILS)[0]} จังหวัด${provinceTh} ${String(Number(postcode) + 10 + rng.int(180))}`,
        phone: `0 ${String(4000 + rng.int(5000))} ${String(rng.int(10000)).padStart(4, '0')}`,
        email: `saraban@${slug}.bench.prongsai.test`,
        provinceIndex: p,
      })
    }
    for (const [kind, count, th, en] of PER_PROVINCE_FIXED) {
      for (let i = 0; i < count; i++) {
        if (kind === 'pao') add(p === 0 ? 'other' : kind, p === 0 ? 'สำนักงานเขตพระนคร' : `${th}${provinceTh}`, p === 0 ? 'Phra Nakhon District Office' : `${provinceEn} ${en}`)
        else if (kind === 'provincial_office') add(kind, `สำนักงาน${PROVINCIAL_OFFICES[i % PROVINCIAL_OFFICES.length]}${provinceTh}`, `${provinceEn} ${en} ${i + 1}`)
        else add(kind, `สำนักงาน${BRANCHES[i % BRANCHES.length]}${provinceTh}`, `${provinceEn} ${en} ${i + 1}`)
      }
    }
    const share = p === PROVINCES.length - 1 ? localLeft : Math.min(localLeft, Math.round((localTotal * weights[p]!) / weightSum))
    localLeft -= share
    for (let i = 0; i < share; i++) {
      // Pick the kind by the national mix, so every province has mostly SAOs and a few towns.
      let r = rng.int(mixTotal)
      const [kind, , th, en] = LOCAL_MIX.find(([, c]) => (r -= c) < 0) ?? LOCAL_MIX.at(-1)!
      const head = rng.pick(PLACE_HEADS)
      const tail = rng.pick(PLACE_TAILS)
      add(kind, `${th}${head[0]}${tail[0]}`, `${head[1]} ${tail[1]} ${en}`)
    }
  })
  return orgs
}

function personName(rng: Random): string {
  const female = rng.next() < 0.55
  const first = rng.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES)
  const title = female ? rng.pick(['นางสาว', 'นาง']) : 'นาย'
  return `${title}${first} ${rng.pick(SURNAMES)}`
}

/** Demo-style people: `staffPerAgency` staff in each agency, an administrator and an oversight officer per province, one platform administrator. */
export function planUsers(rng: Random, orgs: readonly PlannedOrganisation[], staffPerAgency: number): PlannedUser[] {
  const users: PlannedUser[] = [
    { id: rng.uuid(), email: 'admin@bench.prongsai.test', displayName: 'ผู้ดูแลระบบ โปร่งใส', position: 'ผู้ดูแลระบบ', isPlatformAdmin: true, roles: [] },
  ]
  for (const org of orgs) {
    const staff: { role: Role; position: string }[] =
      org.kind === 'province'
        ? [
            { role: 'admin', position: 'นักวิชาการคอมพิวเตอร์' },
            { role: 'oversight', position: 'เจ้าหน้าที่คณะทำงาน ITA จังหวัด' },
          ]
        : Array.from({ length: staffPerAgency }, (_, i) => STAFF_ROLES[i % STAFF_ROLES.length]!)
    staff.forEach((s, i) => {
      users.push({
        id: rng.uuid(),
        email: `${s.role.replaceAll('_', '-')}${i >= STAFF_ROLES.length ? i : ''}@${org.slug}.bench.prongsai.test`,
        displayName: personName(rng),
        position: s.position,
        isPlatformAdmin: false,
        roles: [{ organisationId: org.id, role: s.role }],
      })
    })
  }
  return users
}
