import type { FastifyInstance } from 'fastify'
import type { FeatureDeps } from '../../web/http/feature-deps.ts'
import { TextInput } from '../../web/components/form-fields.tsx'
import { fieldError } from '../../web/components/error-summary.tsx'
import { attempt, formString } from '../../web/http/form-errors.ts'
import { RECOVERY_SOURCE_LIMIT, takeSourceLimit } from '../../platform/auth/attempt-throttle.ts'
import { SESSION_COOKIE, cookieOptions, pageContext, sendPage, setFlash } from '../../web/http/request-context.ts'
import { ROLE_LABELS, isRole } from '../../platform/auth/roles.ts'
import { parseEmailOnly, parseNewAccount, parseNewPassword } from './accounts.input.ts'
import { acceptInvitation, checkResetToken, requestPasswordReset, resetPassword, viewInvitation, type AccountDeps } from './accounts.use-cases.ts'
import { MessagePage, SimpleFormPage } from './views/simple-form.page.tsx'
import type { PageContext } from '../../web/page-context.ts'
import type { FieldErrors } from '../../errors.ts'

function PasswordFields({ ctx, errors }: { ctx: PageContext; errors?: FieldErrors | undefined }) {
  const t = ctx.t
  return (
    <>
      <TextInput id="password" type="password" autocomplete="new-password" label={t({ th: 'รหัสผ่านใหม่', en: 'New password' })} hint={t({ th: 'อย่างน้อย 10 ตัวอักษร', en: 'At least 10 characters' })} errorMessage={fieldError(ctx, errors, 'password')} />
      <TextInput id="confirm" type="password" autocomplete="new-password" label={t({ th: 'ยืนยันรหัสผ่านใหม่', en: 'Confirm the new password' })} errorMessage={fieldError(ctx, errors, 'confirm')} />
    </>
  )
}

/** Forgotten passwords and invitations: the ways in that start from an e-mailed link. */
export function recoveryRoutes(app: FastifyInstance, deps: FeatureDeps): void {
  const RECOVERY_RATE = { max: deps.config.signInRatePerMinute, timeWindow: '1 minute' }
  const accountDeps = (now: Date): AccountDeps => ({ db: deps.db, now, ttlHours: deps.config.sessionTtlHours, baseUrl: deps.config.baseUrl })
  const forgotTitle = { th: 'ลืมรหัสผ่าน', en: 'Forgot your password' }
  const forgotIntro = { th: 'ใส่อีเมลที่ใช้เข้าสู่ระบบ เราจะส่งลิงก์สำหรับตั้งรหัสผ่านใหม่ไปให้', en: 'Enter the email address you sign in with and we will send you a link to choose a new password.' }
  const expiredLink = (ctx: PageContext) =>
    MessagePage({
      ctx,
      title: ctx.t({ th: 'ลิงก์นี้ใช้ไม่ได้แล้ว', en: 'This link no longer works' }),
      body: ctx.t({ th: 'ลิงก์หมดอายุหรือถูกใช้ไปแล้ว กรุณาขอลิงก์ใหม่', en: 'The link has expired or was already used. Ask for a new one.' }),
      link: { href: '/forgot-password', text: ctx.t(forgotTitle) },
    })

  app.get('/forgot-password', async (req, reply) => {
    const ctx = pageContext(req, reply)
    return sendPage(reply, SimpleFormPage({ ctx, title: ctx.t(forgotTitle), intro: ctx.t(forgotIntro), action: '/forgot-password', submitText: ctx.t({ th: 'ส่งลิงก์', en: 'Send the link' }), children: <TextInput id="email" type="email" autocomplete="username" label={ctx.t({ th: 'อีเมล', en: 'Email address' })} /> }))
  })

  // Each of these forms has its own limit per source, counted in the database (shared by every
  // instance); every request counts, since each may send a mail or try a token.
  const limitSource = (kind: string, req: { ip: string; now: Date }) => takeSourceLimit(deps.db, kind, req.ip, req.now, RECOVERY_SOURCE_LIMIT)

  app.post('/forgot-password', { config: { rateLimit: RECOVERY_RATE } }, async (req, reply) => {
    await limitSource('forgot-password', req)
    const r = await attempt(async () => requestPasswordReset(accountDeps(req.now), parseEmailOnly(req.body as Record<string, unknown>).email))
    const ctx = pageContext(req, reply)
    if (!r.ok) {
      return sendPage(reply, SimpleFormPage({ ctx, title: ctx.t(forgotTitle), intro: ctx.t(forgotIntro), action: '/forgot-password', submitText: ctx.t({ th: 'ส่งลิงก์', en: 'Send the link' }), errors: r.errors, children: <TextInput id="email" type="email" autocomplete="username" label={ctx.t({ th: 'อีเมล', en: 'Email address' })} value={formString(req.body, 'email')} errorMessage={fieldError(ctx, r.errors, 'email')} /> }), 422)
    }
    return sendPage(reply, MessagePage({ ctx, title: ctx.t({ th: 'ตรวจสอบอีเมลของคุณ', en: 'Check your email' }), body: ctx.t({ th: 'หากอีเมลนี้มีบัญชีอยู่ในระบบ เราได้ส่งลิงก์ตั้งรหัสผ่านใหม่ไปแล้ว ลิงก์ใช้ได้ 1 ชั่วโมงและใช้ได้ครั้งเดียว', en: 'If this address has an account, we have sent it a link to choose a new password. The link works once, for 1 hour.' }) }))
  })

  app.get<{ Params: { token: string } }>('/reset-password/:token', async (req, reply) => {
    const ctx = pageContext(req, reply)
    if (!(await checkResetToken(accountDeps(req.now), req.params.token))) return sendPage(reply, expiredLink(ctx), 404)
    return sendPage(reply, SimpleFormPage({ ctx, title: ctx.t({ th: 'ตั้งรหัสผ่านใหม่', en: 'Choose a new password' }), action: req.url, submitText: ctx.t({ th: 'บันทึกรหัสผ่าน', en: 'Save password' }), children: <PasswordFields ctx={ctx} /> }))
  })

  app.post<{ Params: { token: string } }>('/reset-password/:token', { config: { rateLimit: RECOVERY_RATE } }, async (req, reply) => {
    await limitSource('reset-password', req)
    const ctx = pageContext(req, reply)
    if (!(await checkResetToken(accountDeps(req.now), req.params.token))) return sendPage(reply, expiredLink(ctx), 404)
    const r = await attempt(() => resetPassword(accountDeps(req.now), req.params.token, parseNewPassword(req.body as Record<string, unknown>, { requireCurrent: false }).password))
    if (!r.ok) {
      return sendPage(reply, SimpleFormPage({ ctx, title: ctx.t({ th: 'ตั้งรหัสผ่านใหม่', en: 'Choose a new password' }), action: req.url, submitText: ctx.t({ th: 'บันทึกรหัสผ่าน', en: 'Save password' }), errors: r.errors, children: <PasswordFields ctx={ctx} errors={r.errors} /> }), 422)
    }
    setFlash(reply, { th: 'ตั้งรหัสผ่านใหม่แล้ว กรุณาเข้าสู่ระบบด้วยรหัสผ่านใหม่', en: 'Your new password is saved. Sign in with it.' })
    return reply.redirect('/sign-in', 303)
  })

  app.get<{ Params: { token: string } }>('/invitations/:token', async (req, reply) => {
    const ctx = pageContext(req, reply)
    const inv = await viewInvitation(accountDeps(req.now), req.params.token)
    if (!inv) return sendPage(reply, MessagePage({ ctx, title: ctx.t({ th: 'คำเชิญนี้ใช้ไม่ได้แล้ว', en: 'This invitation no longer works' }), body: ctx.t({ th: 'คำเชิญหมดอายุหรือถูกใช้ไปแล้ว กรุณาขอให้ผู้ดูแลระบบส่งคำเชิญใหม่', en: 'The invitation has expired or was already used. Ask your administrator to send a new one.' }) }), 404)
    return sendPage(reply, invitationForm(ctx, req.url, inv))
  })

  app.post<{ Params: { token: string } }>('/invitations/:token', { config: { rateLimit: RECOVERY_RATE } }, async (req, reply) => {
    await limitSource('invitation', req)
    const ctx = pageContext(req, reply)
    const inv = await viewInvitation(accountDeps(req.now), req.params.token)
    if (!inv) return reply.redirect(req.url, 303)
    const body = req.body as Record<string, unknown>
    const r = await attempt(() => acceptInvitation(accountDeps(req.now), req.params.token, inv.hasAccount ? null : parseNewAccount(body)))
    if (!r.ok) return sendPage(reply, invitationForm(ctx, req.url, inv, r.errors, { displayName: formString(body, 'displayName'), position: formString(body, 'position') }), 422)
    if (r.value.sessionToken) {
      reply.setCookie(SESSION_COOKIE, r.value.sessionToken, cookieOptions(deps.secureCookies))
      setFlash(reply, { th: 'ยินดีต้อนรับ บัญชีของคุณพร้อมใช้งานแล้ว', en: 'Welcome: your account is ready.' })
      return reply.redirect('/staff', 303)
    }
    setFlash(reply, { th: 'รับคำเชิญแล้ว กรุณาเข้าสู่ระบบเพื่อใช้บทบาทใหม่', en: 'Invitation accepted. Sign in to use your new role.' })
    return reply.redirect('/sign-in', 303)
  })
}

function invitationForm(ctx: PageContext, action: string, inv: { email: string; organisationName: string; role: string; hasAccount: boolean }, errors?: FieldErrors, values: { displayName?: string; position?: string } = {}) {
  const t = ctx.t
  const role = isRole(inv.role) ? ROLE_LABELS[inv.role][ctx.locale] : inv.role
  return SimpleFormPage({
    ctx,
    title: t({ th: 'รับคำเชิญเข้าร่วม', en: 'Accept your invitation' }),
    intro: t({ th: 'คุณได้รับเชิญเป็น {role} ของ {org} ด้วยอีเมล {email}', en: 'You are invited as {role} of {org}, with the email {email}.' }, { role, org: inv.organisationName, email: inv.email }),
    action,
    submitText: inv.hasAccount ? t({ th: 'รับคำเชิญ', en: 'Accept the invitation' }) : t({ th: 'สร้างบัญชีและรับคำเชิญ', en: 'Create my account' }),
    errors,
    children: inv.hasAccount ? (
      ''
    ) : (
      <>
        <TextInput id="displayName" label={t({ th: 'ชื่อ-นามสกุล', en: 'Full name' })} value={values.displayName} autocomplete="name" errorMessage={fieldError(ctx, errors, 'displayName')} />
        <TextInput id="position" label={t({ th: 'ตำแหน่ง', en: 'Position' })} value={values.position} autocomplete="organization-title" errorMessage={fieldError(ctx, errors, 'position')} />
        <PasswordFields ctx={ctx} errors={errors} />
      </>
    ),
  })
}
