// What other features (and the worker) may use of the OIT engine.
export { oitMonitoring } from './oit-monitoring.use-cases.ts'
export { loadDemoOit } from './demo-oit.ts'
// The oversight home shows each agency's completeness.
export { completenessBelow } from './oit-rollup.use-cases.ts'
export { oitReadiness, type OitReadiness } from './oit-readiness.ts'
