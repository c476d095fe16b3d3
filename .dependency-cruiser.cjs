/**
 * The architecture's dependency rules (ARCHITECTURE.md), checked on every CI run.
 * Arrows point one way: routes → use-cases → (domain, repository); platform and web
 * know nothing of features; domain code does no I/O.
 */
const IO_MODULES = '^(kysely|pg|fastify|@fastify|@electric-sql|nodemailer|node:(fs|net|http|https|child_process|dgram)|fs|net|http|https|child_process)($|/)'

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Cycles make modules impossible to understand or test alone.',
      from: { path: '^src' },
      to: { circular: true },
    },
    {
      name: 'nothing-imports-the-composition-root',
      severity: 'error',
      comment: 'app.ts wires everything; shared types live in web/http/feature-deps.ts.',
      from: { path: '^src', pathNot: '^src/main\\.ts$' },
      to: { path: '^src/app\\.ts$' },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'Domain rules take data and time as arguments and do no I/O.',
      from: { path: '(\\.domain\\.ts$|^src/platform/thai-calendar/)' },
      to: { path: IO_MODULES, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'domain-imports-no-layers',
      severity: 'error',
      from: { path: '\\.domain\\.ts$' },
      to: { path: '\\.(repository|use-cases|routes|api|input)\\.tsx?$' },
    },
    {
      name: 'platform-knows-no-features',
      severity: 'error',
      comment: 'Shared services must not depend on the features that use them.',
      from: { path: '^src/(platform|db|errors\\.ts|config\\.ts)' },
      to: { path: '^src/(features|web)/' },
    },
    {
      name: 'web-knows-no-features',
      severity: 'error',
      comment: 'Layout and components serve every feature and depend on none.',
      from: { path: '^src/web/' },
      to: { path: '^src/features/' },
    },
    {
      name: 'repositories-do-not-call-up',
      severity: 'error',
      from: { path: '\\.repository\\.ts$' },
      to: { path: '\\.(use-cases|routes|api)\\.tsx?$|/views/' },
    },
    {
      name: 'use-cases-do-not-know-http',
      severity: 'error',
      comment: 'Use cases serve both HTML routes and the JSON API, so they cannot depend on either.',
      from: { path: '\\.use-cases\\.ts$' },
      to: { path: '\\.(routes|api)\\.tsx?$|/views/|^src/web/|^(fastify|@fastify)' },
    },
    {
      name: 'views-do-no-io',
      severity: 'error',
      comment: 'A view turns a view-model into HTML; it fetches nothing.',
      from: { path: '/views/' },
      to: { path: '\\.(repository|use-cases)\\.ts$|' + IO_MODULES, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'features-meet-through-index',
      severity: 'error',
      comment: 'A feature reaches another only through its index.ts, so its insides can change freely.',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/([^/]+)/', pathNot: ['^src/features/$1/', '^src/features/[^/]+/index\\.ts$'] },
    },
    {
      name: 'migrations-are-frozen',
      severity: 'error',
      comment: 'A migration must behave the same forever, so it imports no application code.',
      from: { path: '^src/db/migrations/' },
      to: { path: '^src/', pathNot: '^src/db/migrations/' },
    },
  ],
  options: {
    // Tests may reach anywhere (fixtures, internals); the rules are about the shipped code.
    exclude: { path: '\\.test\\.tsx?$' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
}
