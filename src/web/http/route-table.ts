import type { FastifyInstance } from 'fastify'

/** One method and path the application answers (HEAD and OPTIONS left out: Fastify adds them). */
export type RouteEntry = { method: string; url: string }

const tables = new WeakMap<FastifyInstance, RouteEntry[]>()

/**
 * Records every route registered after this call, in every feature's scope, so tests can walk
 * the whole table (routes added later by any feature are walked without changing the test).
 */
export function recordRouteTable(app: FastifyInstance): void {
  const list: RouteEntry[] = []
  tables.set(app, list)
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD' && method !== 'OPTIONS') list.push({ method, url: route.url })
  })
}

export function routeTableOf(app: FastifyInstance): readonly RouteEntry[] {
  return tables.get(app) ?? []
}
