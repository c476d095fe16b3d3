import type { PageContext } from '../../../web/page-context.ts'
import { Select } from '../../../web/components/form-fields.tsx'
import type { TagColour } from '../../../web/components/display.tsx'
import { OIT_ITEM_STATE_LABELS, oitProgressSentence, type OitItemState, type OitItemStatus, type OitProgress } from '../oit-workspace.domain.ts'
import { Tag } from '../../../web/components/display.tsx'

export const STATUS_COLOURS: Record<OitItemStatus, TagColour> = {
  missing: 'red',
  draft: 'yellow',
  ready: 'blue',
  submitted: 'purple',
  contested: 'yellow',
  confirmed: 'green',
}

export function workspaceQuery(slug: string, year: number, scheme: string): string {
  return `org=${encodeURIComponent(slug)}&scheme=${encodeURIComponent(scheme)}&year=${year}`
}

export function workspaceHref(slug: string, year: number, scheme: string): string {
  return `/staff/oit?${workspaceQuery(slug, year, scheme)}`
}

export function itemHref(slug: string, year: number, code: string, scheme: string): string {
  return `/staff/oit/items/${encodeURIComponent(code)}?${workspaceQuery(slug, year, scheme)}`
}

/** The scheme choice of a filter form: a list when there is a choice, else the one scheme kept. */
export function SchemeSelect({ ctx, schemes, value, id = 'scheme' }: { ctx: PageContext; schemes: readonly string[]; value: string; id?: string }) {
  if (schemes.length <= 1) return <input type="hidden" name={id} value={value} />
  return <Select id={id} label={ctx.t({ th: 'ชุดเกณฑ์', en: 'Scheme' })} options={schemes.map((s) => ({ value: s, text: s }))} value={value} />
}

export const STATE_COLOURS: Record<OitItemState, TagColour> = {
  not_started: 'grey',
  in_progress: 'yellow',
  needs_fixing: 'red',
  ready: 'blue',
  submitted: 'purple',
  contested: 'yellow',
  confirmed: 'green',
}

/** The item's one state, the same tag on every page. */
export function StateTag({ ctx, state }: { ctx: PageContext; state: OitItemState }) {
  return <Tag text={ctx.t(OIT_ITEM_STATE_LABELS[state])} colour={STATE_COLOURS[state]} />
}

/** The one completeness figure with what it counts (workspace, oversight report, other features' pages). */
export function OitProgressLine({ ctx, progress, id }: { ctx: PageContext; progress: OitProgress; id?: string }) {
  return (
    <p class="body oit-progress" id={id} data-percent={String(progress.percent)} safe>
      {ctx.t(oitProgressSentence(progress))}
    </p>
  )
}

export const EVIDENCE_LABEL = { th: 'หลักฐานที่ต้องมี', en: 'Evidence asked for' }
