import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

/**
 * The baseline: a bare node:http server answering with bytes captured from the app (status,
 * headers and body of each page), so the difference to the app is the app's own work.
 * Usage: node bench/bare-server.ts <captured.json> <port>
 */
type Captured = { path: string; status: number; headers: Record<string, string>; bodyBase64: string }

const [file, port] = process.argv.slice(2)
const pages = new Map(
  (JSON.parse(readFileSync(file!, 'utf8')) as Captured[]).map((p) => [p.path, { status: p.status, headers: p.headers, body: Buffer.from(p.bodyBase64, 'base64') }]),
)

createServer((req, res) => {
  const page = pages.get(req.url ?? '')
  if (!page) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(page.status, page.headers)
  res.end(page.body)
}).listen(Number(port), '127.0.0.1', () => console.log(`bare server listening on ${port}`))
