import type { FieldErrors } from '../../errors.ts'
import { isDataYear, type OitGroup, type OitItem, type PublicationWindow } from './oit-catalogue.domain.ts'

/** The one-item form as typed, kept for re-rendering on a 422. */
export type CatalogueItemForm = {
  code: string
  name_th: string
  name_en: string
  indicator: string
  indicator_th: string
  indicator_en: string
  sub_indicator: string
  sub_indicator_th: string
  sub_indicator_en: string
  elements: string
  data_year: string
}

const FIELDS = ['code', 'name_th', 'name_en', 'indicator', 'indicator_th', 'indicator_en', 'sub_indicator', 'sub_indicator_th', 'sub_indicator_en', 'elements', 'data_year'] as const
const MAX = { name: 500, element: 1000, group: 300 }

export function readCatalogueItemForm(body: unknown): CatalogueItemForm {
  const b = (body ?? {}) as Record<string, unknown>
  const form = {} as CatalogueItemForm
  for (const f of FIELDS) form[f] = typeof b[f] === 'string' ? (f === 'elements' ? (b[f] as string) : (b[f] as string).trim()) : ''
  return form
}

export function catalogueItemFormOf(item: OitItem | null): CatalogueItemForm {
  return {
    code: item?.code ?? '',
    name_th: item?.nameTh ?? '',
    name_en: item?.nameEn ?? '',
    indicator: item?.indicator?.code ?? '',
    indicator_th: item?.indicator?.th ?? '',
    indicator_en: item?.indicator?.en ?? '',
    sub_indicator: item?.subIndicator?.code ?? '',
    sub_indicator_th: item?.subIndicator?.th ?? '',
    sub_indicator_en: item?.subIndicator?.en ?? '',
    elements: item?.elements.join('\n') ?? '',
    data_year: item?.dataYear ?? 'current',
  }
}

/**
 * Field-level checks only; the rules across the list (unique codes, one name per indicator)
 * run in the domain over the edited catalogue. The publication window is not on the form and
 * is carried over from the item being edited.
 */
export function parseCatalogueItemForm(form: CatalogueItemForm, window: PublicationWindow | null): { item: OitItem; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const elements = form.elements
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  if (!isDataYear(form.data_year)) errors.data_year = { th: 'เลือกปีของข้อมูลที่ต้องเผยแพร่', en: 'Choose which fiscal year the content must be about' }
  if (form.name_th.length > MAX.name) errors.name_th = { th: `ชื่อยาวได้ไม่เกิน ${MAX.name} ตัวอักษร`, en: `At most ${MAX.name} characters` }
  if (form.name_en.length > MAX.name) errors.name_en = { th: `ชื่อยาวได้ไม่เกิน ${MAX.name} ตัวอักษร`, en: `At most ${MAX.name} characters` }
  if (elements.some((e) => e.length > MAX.element)) errors.elements = { th: `แต่ละบรรทัดยาวได้ไม่เกิน ${MAX.element} ตัวอักษร`, en: `Each line may be at most ${MAX.element} characters` }
  const group = (field: 'indicator' | 'sub_indicator'): OitGroup | null => {
    const code = form[field]
    const th = form[`${field}_th`]
    const en = form[`${field}_en`]
    if (!code && (th || en)) errors[field] = { th: 'ระบุรหัสตัวชี้วัดด้วย เช่น 9 หรือ 9.1', en: 'Give the indicator’s code too, e.g. 9 or 9.1' }
    if ([code, th, en].some((v) => v.length > MAX.group)) errors[field] = { th: `ยาวได้ไม่เกิน ${MAX.group} ตัวอักษร`, en: `At most ${MAX.group} characters` }
    return code ? { code, th, en } : null
  }
  const indicator = group('indicator')
  const subIndicator = group('sub_indicator')
  const item: OitItem = {
    code: form.code,
    nameTh: form.name_th,
    nameEn: form.name_en,
    indicator,
    subIndicator,
    elements,
    dataYear: form.data_year as OitItem['dataYear'],
    publicationWindow: window,
  }
  return { item, errors }
}
