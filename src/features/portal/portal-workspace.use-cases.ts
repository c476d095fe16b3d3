import { ForbiddenError, NotFoundError } from '../../errors.ts'
import { canEditPortal, isStale, PORTAL_EDITOR_ROLES } from './portal.domain.ts'
import { currentFiscalYear } from '../../platform/thai-calendar/index.ts'
import { descendantIds, findOrganisationBySlug, organisationPath, sortByThaiName, type OrganisationDetails, type OrganisationSummary } from '../organisations/index.ts'
import { listItems, type PortalListEntry } from './portal.repository.ts'
import { PORTAL_SECTIONS, type PortalSection } from './portal-sections.domain.ts'
import type { UseCaseContext } from './portal-editing.use-cases.ts'

export type WorkspaceEntry = PortalListEntry & { stale: boolean }
export type WorkspaceSection = { section: PortalSection; entries: WorkspaceEntry[] }

export type PortalWorkspace = {
  org: OrganisationDetails
  /** Other agencies whose portal the actor keeps, to switch between. */
  choices: OrganisationSummary[]
  sections: WorkspaceSection[]
  currentFiscalYear: number
  staleCount: number
}

/** Agencies whose portal the actor keeps: where they hold an editor role, and below what they administer. */
async function editableOrganisations(ctx: UseCaseContext): Promise<OrganisationSummary[]> {
  const { db, actor } = ctx
  const direct = actor.memberships.filter((m) => PORTAL_EDITOR_ROLES.includes(m.role)).map((m) => m.organisationId)
  const administered = actor.memberships.filter((m) => m.role === 'admin').map((m) => m.organisationId)
  const ids = new Set([...direct, ...(await descendantIds(db, administered))])
  let q = db.selectFrom('organisations').select(['id', 'parent_id', 'slug', 'kind', 'name_th', 'name_en'])
  if (!actor.isPlatformAdmin) {
    if (ids.size === 0) return []
    q = q.where('id', 'in', [...ids])
  }
  return sortByThaiName(await q.execute())
}

/** The agency's items by section, with what needs attention: unpublished, or of a fiscal year that is over. */
export async function portalWorkspace(ctx: UseCaseContext, orgSlug: string | undefined): Promise<PortalWorkspace> {
  const choices = await editableOrganisations(ctx)
  let org: OrganisationDetails | undefined
  if (orgSlug) {
    org = await findOrganisationBySlug(ctx.db, orgSlug)
    if (!org) throw new NotFoundError('organisation')
    const path = await organisationPath(ctx.db, org.id)
    if (!path || !canEditPortal(ctx.actor, path)) throw new ForbiddenError('may not edit this portal')
  } else {
    const first = choices[0]
    if (!first) throw new ForbiddenError('keeps no portal')
    org = await findOrganisationBySlug(ctx.db, first.slug)
    if (!org) throw new NotFoundError('organisation')
  }
  const fy = currentFiscalYear(ctx.now)
  const entries = await listItems(ctx.db, { organisationIds: [org.id], publishedOnly: false })
  let staleCount = 0
  const sections = PORTAL_SECTIONS.map((section) => ({
    section,
    entries: entries
      .filter((e) => e.section === section.key)
      .map((e) => {
        const stale = isStale(e.section, e.fiscalYear, fy)
        if (stale) staleCount++
        return { ...e, stale }
      }),
  }))
  return { org, choices, sections, currentFiscalYear: fy, staleCount }
}
