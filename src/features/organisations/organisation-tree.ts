import type { OrganisationSummary } from './organisations.repository.ts'

export type TreeNode<T> = { org: T; children: TreeNode<T>[] }

const thaiCollator = new Intl.Collator('th')

/**
 * Builds the organisation tree sorted by Thai name. Sorting happens here because
 * the embedded database has no Thai collation.
 */
export function buildTree<T extends Pick<OrganisationSummary, 'id' | 'parent_id' | 'name_th'>>(orgs: readonly T[]): TreeNode<T>[] {
  const nodes = new Map(orgs.map((o) => [o.id, { org: o, children: [] as TreeNode<T>[] }]))
  const roots: TreeNode<T>[] = []
  for (const node of nodes.values()) {
    const parent = node.org.parent_id ? nodes.get(node.org.parent_id) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  const sort = (list: TreeNode<T>[]) => {
    list.sort((a, b) => thaiCollator.compare(a.org.name_th, b.org.name_th))
    for (const n of list) sort(n.children)
  }
  sort(roots)
  return roots
}

export function sortByThaiName<T extends { name_th: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => thaiCollator.compare(a.name_th, b.name_th))
}
