// `npm start`: compiled JavaScript, not TypeScript compiled at run time (tsx costs seconds and
// tens of MiB on every start). Builds dist/ first when the sources changed since the last build.
import { build, isBuildCurrent } from './build.mjs'

if (!isBuildCurrent()) {
  const t = performance.now()
  await build()
  console.error(`compiled src/ into dist/ (${Math.round(performance.now() - t)} ms)`)
}
await import('../dist/main.js')
