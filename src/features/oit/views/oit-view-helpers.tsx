import type { TagColour } from '../../../web/components/display.tsx'
import type { OitItemStatus } from '../oit-workspace.domain.ts'

export const STATUS_COLOURS: Record<OitItemStatus, TagColour> = {
  missing: 'red',
  draft: 'yellow',
  ready: 'blue',
  submitted: 'purple',
  contested: 'yellow',
  confirmed: 'green',
}

export function workspaceHref(slug: string, year: number): string {
  return `/staff/oit?org=${encodeURIComponent(slug)}&year=${year}`
}

export function itemHref(slug: string, year: number, code: string): string {
  return `/staff/oit/items/${encodeURIComponent(code)}?org=${encodeURIComponent(slug)}&year=${year}`
}
