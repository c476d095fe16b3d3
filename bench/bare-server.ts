import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

/**
 * The baseline: a bare node:http server answering with bytes captured from the app (status,
 * headers and body of each page, per Accept-Encoding), so the difference to the app is the
 * app's own work. Usage: node bench/bare-server.ts <captured.json> <port>
 */
type Captured = { key: string; status: number; headers: Record<string, string>; bodyBase64: string }

const [file, port] = process.argv.slice(2)
const pages = new Map(
  (JSON.parse(readFileSync(file!, 'utf8')) as Captured[]).map((p) => [p.key, { status: p.status, headers: p.headers, body: Buffer.from(p.bodyBase64, 'base64') }]),
)

createServer((req, res) => {
  if (req.url === '/__ready') return void res.writeHead(200).end('ok')
  const page = pages.get(`${req.url ?? ''}\n${req.headers['accept-encoding'] ?? ''}`)
  if (!page) return void res.writeHead(404).end()
  res.writeHead(page.status, page.headers)
  res.end(page.body)
}).listen(Number(port), '127.0.0.1', () => console.log(`bare server listening on ${port}`))
