/** Labels and small pieces shared by the staff pages of complaints. */
import type { Bilingual } from '../../../platform/i18n/locale.ts'
import { Tag, type TagColour } from '../../../web/components/display.tsx'
import { formatDay } from '../../../web/format-time.ts'
import { orgName } from '../../../web/org-names.ts'
import type { PageContext } from '../../../web/page-context.ts'
import type { Deadline } from '../complaint-guideline.use-cases.ts'
import { CHANNEL_LABELS, INTAKE_LABELS, STATUS_LABELS, isIntake, kindLabel, type Channel, type ComplaintStatus, type Intake } from '../complaint-workflow.domain.ts'

const STATUS_COLOURS: Record<ComplaintStatus, TagColour> = {
  received: 'blue',
  screening: 'blue',
  awaiting_order: 'yellow',
  not_accepted: 'grey',
  accepted: 'blue',
  assigned: 'purple',
  investigating: 'purple',
  outcome: 'green',
  closed: 'grey',
}

function label(map: Record<string, Bilingual>, key: string): Bilingual | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined
}

export function statusText(ctx: PageContext, status: string): string {
  const l = label(STATUS_LABELS, status)
  return l ? ctx.t(l) : status
}

export function StatusTag({ ctx, status }: { ctx: PageContext; status: string }) {
  return <Tag text={statusText(ctx, status)} colour={STATUS_COLOURS[status as ComplaintStatus] ?? 'grey'} />
}

export const URGENCY_LABELS = {
  overdue: { th: 'เกินกำหนด', en: 'Overdue' },
  due_soon: { th: 'ใกล้ครบกำหนด', en: 'Due soon' },
} as const

/** The due date of the current step, flagged red when passed and yellow when two business days or fewer remain. */
export function DueDate({ ctx, deadline }: { ctx: PageContext; deadline: Deadline }) {
  if (!deadline) return <span>–</span>
  return (
    <span>
      <span class="nowrap" safe>{formatDay(deadline.due, ctx.locale)}</span>{' '}
      {deadline.urgency === 'overdue' ? <Tag text={ctx.t(URGENCY_LABELS.overdue)} colour="red" /> : deadline.urgency === 'due_soon' ? <Tag text={ctx.t(URGENCY_LABELS.due_soon)} colour="yellow" /> : ''}
    </span>
  )
}

export function intakeText(ctx: PageContext, intake: string): string {
  return isIntake(intake) ? ctx.t(INTAKE_LABELS[intake]) : intake
}

export function channelText(ctx: PageContext, channel: string): string {
  const l = label(CHANNEL_LABELS, channel as Channel)
  return l ? ctx.t(l) : channel
}

/** "Kind of wrongdoing" for public complaints, the topic for the internal channels. */
export function kindText(ctx: PageContext, intake: string, kind: string | null): string {
  const l = isIntake(intake) ? kindLabel(intake as Intake, kind) : null
  return l ? ctx.t(l) : (kind ?? '–')
}

export type AgencyChoice = { id: string; name_th: string; name_en: string; overseen?: boolean }

/** Links to the same page for each agency, when a person works for more than one. */
export function AgencySwitch(props: { ctx: PageContext; agencies: AgencyChoice[]; current: string; hrefFor: (id: string) => string; label: Bilingual }) {
  const { ctx } = props
  if (props.agencies.length < 2) return ''
  return (
    <nav class="sub-nav" aria-label={ctx.t(props.label)}>
      <ul class="sub-nav__list">
        {props.agencies.map((a) => (
          <li class="sub-nav__item">
            <a href={props.hrefFor(a.id)} aria-current={a.id === props.current ? 'page' : undefined} safe>
              {orgName(a, ctx.locale)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
