// What other features may use of this feature: its routes (app.ts), its daily reminders (worker.ts) and its demo records.
export { giftsRoutes } from './gifts.routes.tsx'
export { giftsDaily } from './gifts.use-cases.ts'
export { loadDemoGifts } from './demo-gifts.ts'
