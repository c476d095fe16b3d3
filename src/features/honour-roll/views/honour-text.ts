import type { PageContext } from '../../../web/page-context.ts'
import type { TagColour } from '../../../web/components/display.tsx'
import { STATUS_LABELS, type HonourStatus } from '../honour-roll.domain.ts'

export const STATUS_COLOURS: Record<HonourStatus, TagColour> = { draft: 'yellow', approved: 'green', withdrawn: 'grey' }

export function statusText(ctx: PageContext, s: HonourStatus): string {
  return ctx.t(STATUS_LABELS[s])
}

export const photoUrlOf = (orgId: string, fileId: string) => `/staff/honour-roll/photos/${orgId}/${fileId}`
