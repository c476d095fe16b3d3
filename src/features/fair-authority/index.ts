// What other features may use of fair use of authority: its routes (app.ts) and its demo records (demo-data).
export { fairAuthorityRoutes } from './fair-authority.routes.tsx'
export { loadDemoFairAuthority } from './demo-fair-authority.ts'
