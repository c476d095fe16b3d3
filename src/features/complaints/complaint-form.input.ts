import { randomBytes } from 'node:crypto'
/**
 * The complaint form as typed, and what it must say before it is accepted. Values stay text so
 * that a rejected form comes back exactly as sent. Used by the citizen form, the officer's entry
 * of other channels, and the two internal channels.
 */
import { ValidationError, type FieldErrors } from '../../errors.ts'
import { formString } from '../../web/http/form-errors.ts'
import { CHANNELS, kindsFor, type Channel, type Intake } from './complaint-workflow.domain.ts'

export type ComplaintFormValues = {
  kind: string
  subject: string
  what_happened: string
  happened_when: string
  happened_where: string
  request: string
  witnesses: string
  identity: string
  name: string
  address: string
  phone: string
  email: string
  email_updates: string
  channel: string
  /** The form's one-off token (hidden field), made when the empty form is shown. */
  submission: string
}

export const COMPLAINT_FORM_FIELDS = ['kind', 'subject', 'what_happened', 'happened_when', 'happened_where', 'request', 'witnesses', 'identity', 'name', 'address', 'phone', 'email', 'email_updates', 'channel', 'submission'] as const

export function readComplaintForm(body: unknown): ComplaintFormValues {
  return Object.fromEntries(COMPLAINT_FORM_FIELDS.map((k) => [k, formString(body, k)])) as ComplaintFormValues
}

export function emptyComplaintForm(): ComplaintFormValues {
  const empty = Object.fromEntries(COMPLAINT_FORM_FIELDS.map((k) => [k, ''])) as ComplaintFormValues
  return { ...empty, submission: randomBytes(16).toString('base64url') }
}

const SUBMISSION_TOKEN = /^[A-Za-z0-9_-]{22}$/

export type ComplainantIdentity = { name: string; address: string; phone: string; email: string; witnesses: string }

export type ComplaintDraft = {
  intake: Intake
  channel: Channel
  kind: string
  subjectText: string
  whatHappened: string
  happenedWhen: string
  happenedWhere: string
  request: string
  anonymous: boolean
  identity: ComplainantIdentity
  wantsEmailUpdates: boolean
  /** The form's one-off token when it came from a form (absent for demo data and tests). */
  submission?: string
}

export const LIMITS = { subject: 500, what_happened: 10_000, short: 500, request: 2_000, witnesses: 2_000, name: 200, address: 500, phone: 50, email: 254 } as const

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function tooLong(label: { th: string; en: string }, max: number) {
  return { th: `${label.th}ต้องยาวไม่เกิน ${max.toLocaleString('th-TH')} ตัวอักษร`, en: `${label.en} must be ${max.toLocaleString('en')} characters or fewer` }
}

/**
 * Checks the form; `channelFixed` is the channel when the form does not ask (the web form, the
 * internal channels). Throws ValidationError naming every problem at once.
 */
export function parseComplaintForm(v: ComplaintFormValues, intake: Intake, channelFixed: Channel | null): ComplaintDraft {
  const errors: FieldErrors = {}
  const t = (s: string) => s.trim()
  if (!kindsFor(intake).includes(v.kind)) {
    errors.kind = intake === 'public' ? { th: 'เลือกลักษณะของเรื่องที่ร้องเรียน', en: 'Choose what kind of wrongdoing this is' } : { th: 'เลือกหัวข้อของเรื่องที่แจ้ง', en: 'Choose a topic' }
  }
  if (!t(v.subject)) errors.subject = { th: 'ระบุหน่วยงานหรือเจ้าหน้าที่ที่ถูกร้องเรียน', en: 'Say which agency or officer the complaint is about' }
  else if (v.subject.length > LIMITS.subject) errors.subject = tooLong({ th: 'ผู้ถูกร้องเรียน', en: 'Who it is about' }, LIMITS.subject)
  if (t(v.what_happened).length < 10) errors.what_happened = { th: 'เล่าข้อเท็จจริงหรือพฤติการณ์ที่เกิดขึ้น (อย่างน้อย 10 ตัวอักษร)', en: 'Describe what happened (at least 10 characters)' }
  else if (v.what_happened.length > LIMITS.what_happened) errors.what_happened = tooLong({ th: 'รายละเอียด', en: 'The description' }, LIMITS.what_happened)
  if (v.happened_when.length > LIMITS.short) errors.happened_when = tooLong({ th: 'วันเวลาที่เกิดเหตุ', en: 'When it happened' }, LIMITS.short)
  if (v.happened_where.length > LIMITS.short) errors.happened_where = tooLong({ th: 'สถานที่เกิดเหตุ', en: 'Where it happened' }, LIMITS.short)
  if (v.request.length > LIMITS.request) errors.request = tooLong({ th: 'สิ่งที่ต้องการให้ดำเนินการ', en: 'What you ask for' }, LIMITS.request)
  if (v.witnesses.length > LIMITS.witnesses) errors.witnesses = tooLong({ th: 'พยานบุคคล', en: 'Witnesses' }, LIMITS.witnesses)

  let channel: Channel | null = channelFixed
  if (!channel) {
    if ((CHANNELS as readonly string[]).includes(v.channel) && v.channel !== 'web') channel = v.channel as Channel
    else errors.channel = { th: 'เลือกช่องทางที่ได้รับเรื่อง', en: 'Choose how the complaint arrived' }
  }

  const anonymous = v.identity === 'anonymous'
  if (v.identity !== 'anonymous' && v.identity !== 'named') {
    errors.identity = { th: 'เลือกว่าจะแจ้งชื่อหรือไม่ประสงค์ออกนาม', en: 'Choose whether to give your name or stay anonymous' }
  }
  const wantsEmailUpdates = !anonymous && v.email_updates === 'yes'
  if (v.identity === 'named') {
    if (!t(v.name)) errors.name = { th: 'กรอกชื่อ-นามสกุลของผู้ร้องเรียน', en: 'Enter the complainant’s full name' }
    else if (v.name.length > LIMITS.name) errors.name = tooLong({ th: 'ชื่อ', en: 'The name' }, LIMITS.name)
    if (v.address.length > LIMITS.address) errors.address = tooLong({ th: 'ที่อยู่', en: 'The address' }, LIMITS.address)
    if (v.phone.length > LIMITS.phone) errors.phone = tooLong({ th: 'หมายเลขโทรศัพท์', en: 'The phone number' }, LIMITS.phone)
    if (t(v.email) && (!EMAIL.test(t(v.email)) || v.email.length > LIMITS.email)) errors.email = { th: 'รูปแบบอีเมลไม่ถูกต้อง เช่น name@example.com', en: 'Enter an e-mail address like name@example.com' }
    if (!errors.address && !errors.phone && !errors.email && !t(v.address) && !t(v.phone) && !t(v.email)) {
      errors.address = { th: 'ระบุที่อยู่ โทรศัพท์ หรืออีเมลอย่างน้อยหนึ่งช่องทาง เพื่อให้หน่วยงานติดต่อกลับได้', en: 'Give an address, phone number or e-mail so the agency can reach you' }
    }
    if (wantsEmailUpdates && !t(v.email) && !errors.email) errors.email = { th: 'กรอกอีเมลเพื่อรับแจ้งความคืบหน้า', en: 'Enter an e-mail address to receive updates' }
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return {
    intake,
    channel: channel!,
    kind: v.kind,
    subjectText: t(v.subject),
    whatHappened: t(v.what_happened),
    happenedWhen: t(v.happened_when),
    happenedWhere: t(v.happened_where),
    request: t(v.request),
    anonymous,
    // An anonymous complaint keeps nothing that could name its author, whatever the form carried.
    identity: anonymous ? { name: '', address: '', phone: '', email: '', witnesses: t(v.witnesses) } : { name: t(v.name), address: t(v.address), phone: t(v.phone), email: t(v.email), witnesses: t(v.witnesses) },
    wantsEmailUpdates,
    // A missing or malformed token (an old tab, a hand-made request) only loses the duplicate guard.
    ...(SUBMISSION_TOKEN.test(v.submission) ? { submission: v.submission } : {}),
  }
}
