// What other features may use of the comment box: its routes (app.ts) and the demo.
export { commentBoxRoutes } from './comment-box.routes.tsx'
export { loadDemoComments } from './demo-comments.ts'
