// What other features may use of organisations: the read side of the tree.
export {
  descendantIds,
  findLogoFileId,
  findOrganisationById,
  findOrganisationBySlug,
  findOrganisationsByName,
  listAllOrganisations,
  organisationPath,
  type OrganisationDetails,
  type OrganisationSummary,
} from './organisations.repository.ts'
export { buildTree, sortByThaiName, type TreeNode } from './organisation-tree.ts'
// For the public page: how large the logo is shown.
export { LOGO_THUMBNAIL_WIDTH } from './organisations.domain.ts'
// For the users feature: which organisations an admin administers, and checks shared with its forms.
export { isUuid, isValidEmail } from './organisations.input.ts'
export { administeredOrganisationChoices, listAdministeredOrganisations, type ParentOption } from './organisations.use-cases.ts'
