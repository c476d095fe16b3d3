// Compiles src/ to dist/ (one .js file per source file, same layout, so paths made from
// import.meta.url still land on public/, node_modules/ and the data files beside the code).
// esbuild only strips types and turns JSX into calls (seconds, not tsc's minute); `npm run check` is what
// checks the types. Run by `npm start` whenever the sources changed since the last build.
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SRC = join(ROOT, 'src')
export const DIST = join(ROOT, 'dist')
const STAMP = join(DIST, '.sources')

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path, out)
    else out.push(path)
  }
  return out
}

const isCode = (p) => /\.tsx?$/.test(p) && !/\.test\.tsx?$/.test(p)

/** What the build depends on: every source file's path, size and modification time, and the build settings. */
export function sourcesFingerprint() {
  const h = createHash('sha256')
  h.update(readFileSync(fileURLToPath(import.meta.url)))
  for (const p of walk(SRC).sort()) {
    const s = statSync(p)
    h.update(`${relative(SRC, p)}\0${s.size}\0${s.mtimeMs}\n`)
  }
  return h.digest('hex')
}

export function isBuildCurrent() {
  try {
    return readFileSync(STAMP, 'utf8') === sourcesFingerprint()
  } catch {
    return false
  }
}

// esbuild leaves import paths as written; Node needs the emitted names.
const RELATIVE_TS = /((?:\bfrom|\bimport)\s*\(?\s*)(["'])(\.{1,2}\/[^"']+?)\.tsx?\2/g

export async function build() {
  const { build: esbuild } = await import('esbuild')
  const fingerprint = sourcesFingerprint()
  const files = walk(SRC)
  // Built aside and swapped in, so a process starting meanwhile never sees half a dist/.
  const out = `${DIST}.building-${process.pid}`
  rmSync(out, { recursive: true, force: true })
  const result = await esbuild({
    entryPoints: files.filter(isCode),
    outdir: out,
    outbase: SRC,
    bundle: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    jsxImportSource: '@kitajs/html',
    sourcemap: 'linked',
    write: false,
    logLevel: 'warning',
  })
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true })
    writeFileSync(file.path, file.path.endsWith('.js') ? file.text.replace(RELATIVE_TS, '$1$2$3.js$2') : file.contents)
  }
  // Data files read beside the code (the holiday calendar).
  for (const p of files.filter((f) => !/\.tsx?$/.test(f) && !f.includes(`${join('files', 'fixtures')}`))) {
    const to = join(out, relative(SRC, p))
    mkdirSync(dirname(to), { recursive: true })
    cpSync(p, to)
  }
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n')
  writeFileSync(join(out, '.sources'), fingerprint)
  rmSync(DIST, { recursive: true, force: true })
  renameSync(out, DIST)
  return result.outputFiles.length
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t = performance.now()
  const n = await build()
  console.log(`built ${n} files into dist/ in ${Math.round(performance.now() - t)} ms`)
}
