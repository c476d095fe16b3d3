// What other features may use of this feature.
export { performanceEvaluationRoutes } from './performance-evaluation.routes.tsx'
export { loadDemoPerformanceEvaluation } from './demo-performance-evaluation.ts'
