import { isRole, ROLE_LABELS } from '../../../platform/auth/roles.ts'
import { formatDateTimeEn, formatDateTimeTh } from '../../../platform/thai-calendar/index.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { Option } from '../../../web/components/form-fields.tsx'
import { orgName } from '../../../web/org-names.ts'
import type { ParentOption } from '../../organisations/index.ts'

export function roleLabel(ctx: PageContext, role: string): string {
  return isRole(role) ? ctx.t(ROLE_LABELS[role]) : role
}

/** Buddhist Era in Thai, Bangkok time in both languages. */
export function when(ctx: PageContext, at: Date): string {
  return ctx.locale === 'th' ? formatDateTimeTh(at) : formatDateTimeEn(at)
}

/** Administered organisations as select options, indented to show the tree. */
export function organisationOptions(ctx: PageContext, choices: readonly ParentOption[]): Option[] {
  return choices.flatMap((c) => (c.org ? [{ value: c.org.id, text: `${'\u00a0\u00a0\u00a0'.repeat(c.depth)}${orgName(c.org, ctx.locale)}` }] : []))
}
