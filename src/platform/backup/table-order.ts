/** A foreign key seen from the catalog: `from` references `to` (qualified table names). */
export type ForeignKeyEdge = { constraint: string; from: string; to: string }

export type RestorePlan = {
  /** Every table, each after the tables it references (ties broken by name, so the order is stable). */
  order: string[]
  /**
   * Foreign keys no table order can satisfy: a table referencing itself (organisations.parent_id)
   * or tables referencing each other (organisations.logo_file_id ↔ files.organisation_id).
   * The restore checks these at the end of its transaction instead.
   */
  deferred: ForeignKeyEdge[]
}

/**
 * Tables that reference each other in a cycle form one group (a strongly connected component,
 * Tarjan); groups are placed parents first (Kahn), a group's tables by name.
 */
export function planRestoreOrder(tables: readonly string[], edges: readonly ForeignKeyEdge[]): RestorePlan {
  const known = new Set(tables)
  const relevant = edges.filter((e) => known.has(e.from) && known.has(e.to))
  const groupOf = stronglyConnected([...tables].sort(), relevant)

  const groups = new Map<number, string[]>()
  for (const t of [...tables].sort()) groups.set(groupOf.get(t)!, [...(groups.get(groupOf.get(t)!) ?? []), t])
  const waitingOn = new Map<number, Set<number>>([...groups.keys()].map((g) => [g, new Set<number>()]))
  for (const e of relevant) {
    const from = groupOf.get(e.from)!
    const to = groupOf.get(e.to)!
    if (from !== to) waitingOn.get(from)!.add(to)
  }

  const order: string[] = []
  const placed = new Set<number>()
  while (placed.size < groups.size) {
    const ready = [...groups.entries()]
      .filter(([g]) => !placed.has(g) && [...waitingOn.get(g)!].every((p) => placed.has(p)))
      .sort(([, a], [, b]) => (a[0]! < b[0]! ? -1 : 1))
    // The condensation of a graph has no cycles, so something is always ready.
    const [g, members] = ready[0]!
    order.push(...members)
    placed.add(g)
  }
  const deferred = relevant.filter((e) => groupOf.get(e.from) === groupOf.get(e.to))
  return { order, deferred }
}

function stronglyConnected(nodes: string[], edges: readonly ForeignKeyEdge[]): Map<string, number> {
  const next = new Map<string, string[]>(nodes.map((n) => [n, []]))
  for (const e of edges) next.get(e.from)!.push(e.to)
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const group = new Map<string, number>()
  let counter = 0
  let groups = 0

  const visit = (v: string) => {
    index.set(v, counter)
    low.set(v, counter)
    counter++
    stack.push(v)
    onStack.add(v)
    for (const w of next.get(v)!) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!))
      }
    }
    if (low.get(v) === index.get(v)) {
      for (;;) {
        const w = stack.pop()!
        onStack.delete(w)
        group.set(w, groups)
        if (w === v) break
      }
      groups++
    }
  }
  for (const n of nodes) if (!index.has(n)) visit(n)
  return group
}
