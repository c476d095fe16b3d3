import { ValidationError, type FieldErrors } from '../../errors.ts'
import { passwordProblem } from '../../platform/auth/passwords.ts'

type Form = Record<string, unknown>

function str(form: Form, key: string): string {
  const v = form[key]
  return typeof v === 'string' ? v : ''
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function parseSignIn(form: Form): { email: string; password: string } {
  const email = str(form, 'email').trim().toLowerCase()
  const password = str(form, 'password')
  const errors: FieldErrors = {}
  if (!email) errors.email = { th: 'กรุณาใส่อีเมล', en: 'Enter your email address' }
  else if (!EMAIL.test(email)) errors.email = { th: 'รูปแบบอีเมลไม่ถูกต้อง เช่น name@example.go.th', en: 'Enter an email address in the correct format, like name@example.go.th' }
  if (!password) errors.password = { th: 'กรุณาใส่รหัสผ่าน', en: 'Enter your password' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { email, password }
}

export function parseEmailOnly(form: Form): { email: string } {
  const email = str(form, 'email').trim().toLowerCase()
  if (!email || !EMAIL.test(email)) {
    throw new ValidationError({ email: { th: 'กรุณาใส่อีเมลให้ถูกต้อง เช่น name@example.go.th', en: 'Enter a valid email address, like name@example.go.th' } })
  }
  return { email }
}

export function parseCode(form: Form): { code: string } {
  const code = str(form, 'code').replace(/\s/g, '')
  if (!/^\d{6}$/.test(code)) throw new ValidationError({ code: { th: 'กรุณาใส่รหัสตัวเลข 6 หลัก', en: 'Enter the 6-digit code' } })
  return { code }
}

/** New password twice; `current` too when changing it while signed in. */
export function parseNewPassword(form: Form, opts: { requireCurrent: boolean }): { current: string; password: string } {
  const current = str(form, 'current')
  const password = str(form, 'password')
  const confirm = str(form, 'confirm')
  const errors: FieldErrors = {}
  if (opts.requireCurrent && !current) errors.current = { th: 'กรุณาใส่รหัสผ่านปัจจุบัน', en: 'Enter your current password' }
  const problem = passwordProblem(password)
  if (problem) errors.password = problem
  else if (password !== confirm) errors.confirm = { th: 'รหัสผ่านที่ยืนยันไม่ตรงกัน', en: 'The passwords do not match' }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { current, password }
}

export function parseNewAccount(form: Form): { displayName: string; position: string; password: string } {
  const displayName = str(form, 'displayName').trim()
  const position = str(form, 'position').trim()
  const errors: FieldErrors = {}
  if (!displayName) errors.displayName = { th: 'กรุณาใส่ชื่อ-นามสกุล', en: 'Enter your full name' }
  else if (displayName.length > 200) errors.displayName = { th: 'ชื่อยาวเกิน 200 ตัวอักษร', en: 'The name must be 200 characters or fewer' }
  if (position.length > 200) errors.position = { th: 'ตำแหน่งยาวเกิน 200 ตัวอักษร', en: 'The position must be 200 characters or fewer' }
  let password = ''
  try {
    password = parseNewPassword(form, { requireCurrent: false }).password
  } catch (e) {
    if (e instanceof ValidationError) Object.assign(errors, e.fields)
    else throw e
  }
  if (Object.keys(errors).length) throw new ValidationError(errors)
  return { displayName, position, password }
}
