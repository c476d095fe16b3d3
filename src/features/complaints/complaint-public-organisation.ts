import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { NotFoundError } from '../../errors.ts'
import { DIRECTORY_SCOPE } from '../../platform/public-content/generations.ts'
import { findOrganisationBySlug } from '../organisations/index.ts'

/** The agency a public complaint page is about, kept in memory until the directory changes. */
export async function publicOrganisation(deps: FeatureDeps, slug: string): Promise<{ id: string }> {
  const org = await deps.publicPages.memo([DIRECTORY_SCOPE], `complaints-org:${slug}`, async () => {
    const o = await findOrganisationBySlug(deps.db, slug)
    return o ? { id: o.id } : null
  })
  if (!org) throw new NotFoundError('organisation')
  return org
}
