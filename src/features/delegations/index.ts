// What other features may use of delegations: its routes (app.ts) and its demo orders (demo-data).
export { delegationsRoutes } from './delegations.routes.tsx'
export { loadDemoDelegations } from './demo-delegations.ts'
