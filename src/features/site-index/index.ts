// What other features may use of this feature: its routes (robots.txt, sitemap.xml).
export { siteIndexRoutes } from './site-index.routes.ts'
