import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, ConflictError, RateLimitedError, ValidationError } from '../../errors.ts'
import type { Bilingual } from '../../platform/i18n/locale.ts'
import { ErrorPage } from '../views/error.page.tsx'
import { pageContext, sendPage } from './request-context.ts'

type Mapped = { status: number; code: string; message: Bilingual; fields?: ValidationError['fields'] }

const CSRF_MESSAGE: Bilingual = {
  th: 'แบบฟอร์มหมดอายุหรือไม่ถูกต้อง กรุณากลับไปโหลดหน้าใหม่แล้วส่งอีกครั้ง',
  en: 'The form has expired or is not valid. Go back, reload the page and submit again.',
}

/** Maps every error to one status, a stable code and a bilingual message; 5xx details never leave the server. */
export function mapError(err: unknown): Mapped {
  if (err instanceof ValidationError) {
    return { status: 422, code: err.code, message: { th: 'ข้อมูลไม่ถูกต้อง', en: 'Invalid input' }, fields: err.fields }
  }
  if (err instanceof AppError) {
    switch (err.code) {
      case 'not_found':
        return { status: 404, code: err.code, message: { th: 'ไม่พบข้อมูล', en: 'Not found' } }
      case 'forbidden':
        return { status: 403, code: err.code, message: { th: 'ไม่มีสิทธิ์', en: 'Forbidden' } }
      case 'unauthenticated':
        return { status: 401, code: err.code, message: { th: 'กรุณาเข้าสู่ระบบ', en: 'Please sign in' } }
      case 'conflict': {
        const c = err as ConflictError
        return { status: 409, code: err.code, message: { th: c.messageTh, en: c.messageEn } }
      }
      case 'rate_limited':
        return {
          status: 429,
          code: err.code,
          message: {
            th: `มีการพยายามมากเกินไป กรุณารอ ${Math.ceil((err as RateLimitedError).retryAfterSeconds / 60)} นาทีแล้วลองใหม่`,
            en: `Too many attempts. Wait ${Math.ceil((err as RateLimitedError).retryAfterSeconds / 60)} minutes and try again.`,
          },
        }
    }
  }
  const fe = err as Partial<FastifyError>
  if (fe.code === 'FST_CSRF_INVALID_TOKEN' || fe.code === 'FST_CSRF_MISSING_SECRET') {
    return { status: 403, code: 'csrf_invalid', message: CSRF_MESSAGE }
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const status = fe.statusCode
    if (status === 429) return { status, code: 'rate_limited', message: { th: 'มีการเรียกใช้บ่อยเกินไป กรุณารอสักครู่', en: 'Too many requests, please wait' } }
    if (status === 413) return { status, code: 'payload_too_large', message: { th: 'ข้อมูลหรือไฟล์มีขนาดใหญ่เกินกำหนด', en: 'The request or file is too large' } }
    if (status === 404) return { status, code: 'not_found', message: { th: 'ไม่พบข้อมูล', en: 'Not found' } }
    return { status, code: 'bad_request', message: { th: 'คำขอไม่ถูกต้อง', en: 'Bad request' } }
  }
  return { status: 500, code: 'internal_error', message: { th: 'ระบบขัดข้อง', en: 'Internal error' } }
}

function wantsJson(req: FastifyRequest): boolean {
  return req.url.startsWith('/api/')
}

/** Answers any error: JSON under /api/, a sign-in redirect for 401, else the error page; also used for the router's own 400s. */
export async function replyWithError(err: unknown, req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const mapped = mapError(err)
  if (mapped.status >= 500) req.log.error({ err }, 'request failed')
  else req.log.info({ code: mapped.code, status: mapped.status }, 'request refused')

  if (err instanceof RateLimitedError) reply.header('retry-after', String(err.retryAfterSeconds))
  // Tells a CSRF refusal from a permission refusal (both 403) to clients and tests alike.
  reply.header('x-error-code', mapped.code)
  if (wantsJson(req)) {
    return reply.status(mapped.status).send({
      error: { code: mapped.code, message: mapped.message[req.locale], ...(mapped.fields ? { fields: mapped.fields } : {}) },
    })
  }
  if (mapped.status === 401) {
    return reply.redirect(`/sign-in?next=${encodeURIComponent(req.url)}`, 303)
  }
  const ctx = pageContext(req, reply)
  const showMessage = mapped.status !== 500 && mapped.code !== 'not_found' && mapped.code !== 'forbidden'
  return sendPage(reply, ErrorPage({ ctx, status: mapped.status, message: showMessage ? mapped.message : undefined, requestId: req.id, code: mapped.code }), mapped.status)
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (err, req, reply: FastifyReply) => replyWithError(err, req, reply))

  app.setNotFoundHandler(async (req, reply) => {
    if (wantsJson(req)) {
      reply.header('x-error-code', 'not_found')
      return reply.status(404).send({ error: { code: 'not_found', message: req.locale === 'th' ? 'ไม่พบข้อมูล' : 'Not found' } })
    }
    reply.header('x-error-code', 'not_found')
    return sendPage(reply, ErrorPage({ ctx: pageContext(req, reply), status: 404, requestId: req.id, code: 'not_found' }), 404)
  })
}
