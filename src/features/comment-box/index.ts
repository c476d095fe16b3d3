// What other features may use of the comment box: its routes (app.ts) and the demo.
export { commentBoxRoutes } from './comment-box.routes.tsx'
export { loadDemoComments } from './demo-comments.ts'
// The daily job seals names written before comments were sealed.
export { sealPlainIdentities } from './comment-box.use-cases.ts'
