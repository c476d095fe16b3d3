// What other features may use of consultations: routes (app.ts) and the demo.
export { consultationRoutes } from './consultations.routes.tsx'
export { loadDemoConsultations } from './demo-consultations.ts'
