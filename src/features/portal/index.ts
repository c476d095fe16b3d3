// What other features may use of the portal: its sections, and the published items of an agency
// (for the OIT workspace to suggest a link for each checklist item).
export { PORTAL_SECTIONS, findPortalSection, isPortalSectionKey, type PortalSection, type PortalSectionKey } from './portal-sections.domain.ts'
export { isStale } from './portal.domain.ts'
export { listItems as listPortalItems, type PortalListEntry } from './portal.repository.ts'
export { loadDemoPortal } from './demo-portal.ts'
// For the sitemap: every published item's permanent address.
export { listPublishedItemKeys } from './portal.repository.ts'
