import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import type { FieldErrors } from '../../errors.ts'
import { totpQrDataUrl } from '../../platform/auth/totp.ts'
import { attempt } from '../../web/http/form-errors.ts'
import { pageContext, requireActor, sendPage, setFlash } from '../../web/http/request-context.ts'
import { anyOrganisationRequiresTotp, findAccountById, findMemberOrgNames } from './accounts.repository.ts'
import { parseCode, parseNewPassword } from './accounts.input.ts'
import { beginTotpEnrolment, changePassword, confirmTotpEnrolment, disableTotp, type AccountDeps } from './accounts.use-cases.ts'
import { AccountPage } from './views/account.page.tsx'
import { TwoFactorPage } from './views/two-factor.page.tsx'

/** A signed-in person's own account: details, password, two-step verification. */
export function accountRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const accountDeps = (now: Date): AccountDeps => ({ db: deps.db, now, ttlHours: deps.config.sessionTtlHours, baseUrl: deps.config.baseUrl })

  const showAccount = async (req: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) => {
    const actor = requireActor(req)
    const user = await findAccountById(deps.db, actor.userId)
    const account = {
      displayName: actor.displayName,
      email: actor.email,
      totpEnabled: !!user?.totp_enabled,
      totpRequired: await anyOrganisationRequiresTotp(deps.db, actor.userId),
      memberships: await findMemberOrgNames(deps.db, actor.userId),
      isPlatformAdmin: actor.isPlatformAdmin,
    }
    return sendPage(reply, AccountPage({ ctx: pageContext(req, reply), account, ...(errors ? { errors } : {}) }), errors ? 422 : 200)
  }

  app.get('/account', async (req, reply) => showAccount(req, reply))

  app.post('/account/password', async (req, reply) => {
    const actor = requireActor(req)
    const r = await attempt(() => changePassword(accountDeps(req.now), actor, req.session!.tokenHash, parseNewPassword(req.body as Record<string, unknown>, { requireCurrent: true })))
    if (!r.ok) return showAccount(req, reply, r.errors)
    setFlash(reply, { th: 'เปลี่ยนรหัสผ่านแล้ว อุปกรณ์อื่นที่เข้าสู่ระบบไว้ถูกออกจากระบบ', en: 'Your password has been changed. Other devices were signed out.' })
    return reply.redirect('/account', 303)
  })

  const enrolPage = async (req: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) => {
    const actor = requireActor(req)
    const { secret, email } = await beginTotpEnrolment(accountDeps(req.now), actor.userId)
    return sendPage(
      reply,
      TwoFactorPage({ ctx: pageContext(req, reply), action: '/account/two-factor', enrol: { qrDataUrl: await totpQrDataUrl(secret, email), secret, required: false }, ...(errors ? { errors } : {}) }),
      errors ? 422 : 200,
    )
  }

  app.get('/account/two-factor', async (req, reply) => enrolPage(req, reply))

  app.post('/account/two-factor', async (req, reply) => {
    const actor = requireActor(req)
    const r = await attempt(() => confirmTotpEnrolment(accountDeps(req.now), actor.userId, parseCode(req.body as Record<string, unknown>).code))
    if (!r.ok) return enrolPage(req, reply, r.errors)
    setFlash(reply, { th: 'เปิดใช้การยืนยันตัวตนสองขั้นตอนแล้ว', en: 'Two-step verification is now on.' })
    return reply.redirect('/account', 303)
  })

  app.post('/account/two-factor/disable', async (req, reply) => {
    const actor = requireActor(req)
    const r = await attempt(() => disableTotp(accountDeps(req.now), actor, parseCode(req.body as Record<string, unknown>).code))
    if (!r.ok) return showAccount(req, reply, r.errors)
    setFlash(reply, { th: 'ปิดการยืนยันตัวตนสองขั้นตอนแล้ว', en: 'Two-step verification is now off.' })
    return reply.redirect('/account', 303)
  })
}
