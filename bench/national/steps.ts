import type { GeneratorContext } from './generator-context.ts'
import { activityStep } from './steps/activity.step.ts'
import { complaintsStep } from './steps/complaints.step.ts'
import { oitStep } from './steps/oit.step.ts'
import { organisationsStep } from './steps/organisations.step.ts'
import { usersStep } from './steps/users.step.ts'

/**
 * The national data set, in order. A feature issue adds its tables here: one file in steps/
 * exporting `(ctx) => Promise<void>` (read ctx.organisations / ctx.users / ctx.fiscalYears,
 * write with ctx.insertMany and ctx.audit.append), and one line below.
 */
export const GENERATOR_STEPS: { name: string; run: (ctx: GeneratorContext) => Promise<void> }[] = [
  { name: 'organisations', run: organisationsStep },
  { name: 'users and memberships', run: usersStep },
  { name: 'audit activity', run: activityStep },
  { name: 'OIT workspaces FY 2569 and the current year', run: (ctx) => oitStep(ctx) },
  { name: 'complaints, last 300 days', run: (ctx) => complaintsStep(ctx) },
]
