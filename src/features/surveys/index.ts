// What other features may use of surveys: the routes (app.ts) and the demo (demo-data).
export { surveysRoutes } from './surveys.routes.ts'
export { loadDemoSurveys } from './demo-surveys.ts'
