/**
 * A form is data, not code: numbered sections of typed items, so an oversight body can design
 * its own report forms and surveys can stand on the same engine. A definition is frozen once a
 * version is published (see form-versions.ts); answers refer to the version they were given on.
 */
export type Localised = { th: string; en: string }

export const ITEM_TYPES = ['text', 'yes_no_how', 'link', 'number', 'date', 'choice', 'files', 'table'] as const
export type ItemType = (typeof ITEM_TYPES)[number]

export type TableColumn = { id: string; title: Localised; kind: 'text' | 'number' }
export type ChoiceOption = { value: string; label: Localised }

type ItemBase = {
  /** Stable key, used in stored answers and field names: lower-case letters, digits and underscores. */
  id: string
  /** As printed on the form, e.g. "1.2"; empty for unnumbered items (photos, suggestions). */
  number: string
  title: Localised
  help?: Localised
  required: boolean
  /** Sub-questions shown under this item (seed 000's 1.2 has three); the parent itself asks nothing. */
  subItems?: FormItem[]
}

export type FormItem =
  | (ItemBase & { type: 'text'; multiline?: boolean })
  /** Yes or no, and "how" (อย่างไร): required when the answer is yes. */
  | (ItemBase & { type: 'yes_no_how' })
  /** A public address that is checked when saved; `how` adds a free-text explanation beside it. */
  | (ItemBase & { type: 'link'; how?: boolean; prefillFrom?: string })
  | (ItemBase & { type: 'number'; min?: number; max?: number })
  | (ItemBase & { type: 'date' })
  | (ItemBase & { type: 'choice'; options: ChoiceOption[]; multiple?: boolean })
  /** Files, or photos only, each with a caption. */
  | (ItemBase & { type: 'files'; photosOnly?: boolean; maxFiles: number })
  | (ItemBase & { type: 'table'; columns: TableColumn[]; maxRows: number })
  /** A heading with sub-questions and no answer of its own. */
  | (ItemBase & { type: 'group' })

export type FormSection = { id: string; number: string; title: Localised; items: FormItem[] }

export type FormDefinition = {
  /** Stable across versions, e.g. "cm-eb12-quarterly". */
  key: string
  title: Localised
  /** Printed above the table (agency, phone, responsible person in seed 000). */
  sections: FormSection[]
  /** Whether the agency head must sign before the answers go on. */
  headSignOff: boolean
}

/** Every answerable item, sub-items in order after their parent; groups themselves are skipped. */
export function answerableItems(def: FormDefinition): FormItem[] {
  const out: FormItem[] = []
  const walk = (items: FormItem[]) => {
    for (const item of items) {
      if (item.type !== 'group') out.push(item)
      if (item.subItems) walk(item.subItems)
    }
  }
  for (const s of def.sections) walk(s.items)
  return out
}

/** Every item including groups, in reading order, with its section. */
export function allItems(def: FormDefinition): { section: FormSection; item: FormItem; depth: number }[] {
  const out: { section: FormSection; item: FormItem; depth: number }[] = []
  const walk = (section: FormSection, items: FormItem[], depth: number) => {
    for (const item of items) {
      out.push({ section, item, depth })
      if (item.subItems) walk(section, item.subItems, depth + 1)
    }
  }
  for (const s of def.sections) walk(s, s.items, 0)
  return out
}

export function findItem(def: FormDefinition, id: string): FormItem | undefined {
  return allItems(def).find((e) => e.item.id === id)?.item
}

const ID = /^[a-z][a-z0-9_]{0,39}$/

/** Structural problems of a definition (unique ids, options, columns), before it may be published. */
export function definitionProblems(def: FormDefinition): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  const check = (id: string, what: string) => {
    if (!ID.test(id)) problems.push(`${what} id "${id}" must be lower-case letters, digits and underscores`)
    if (seen.has(id)) problems.push(`${what} id "${id}" is used twice`)
    seen.add(id)
  }
  if (!def.key || !/^[a-z0-9-]{2,60}$/.test(def.key)) problems.push('the form key must be lower-case letters, digits and hyphens')
  if (!def.title.th.trim()) problems.push('the form needs a Thai title')
  if (def.sections.length === 0) problems.push('the form has no sections')
  for (const s of def.sections) check(s.id, 'section')
  for (const { item } of allItems(def)) {
    check(item.id, 'item')
    if (!item.title.th.trim()) problems.push(`item ${item.id} needs a Thai title`)
    if (item.type === 'choice' && item.options.length < 2) problems.push(`choice item ${item.id} needs at least two options`)
    if (item.type === 'choice' && new Set(item.options.map((o) => o.value)).size !== item.options.length) problems.push(`choice item ${item.id} repeats an option`)
    if (item.type === 'table' && item.columns.length === 0) problems.push(`table item ${item.id} needs columns`)
    if (item.type === 'group' && !item.subItems?.length) problems.push(`group ${item.id} has no sub-questions`)
    if (item.type !== 'group' && item.subItems?.length) problems.push(`item ${item.id} asks a question and has sub-questions; make it a group`)
  }
  return problems
}
