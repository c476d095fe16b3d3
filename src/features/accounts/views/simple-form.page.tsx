import type { Children } from '@kitajs/html'
import { Layout } from '../../../web/layout.tsx'
import type { PageContext } from '../../../web/page-context.ts'
import { ErrorSummary } from '../../../web/components/error-summary.tsx'
import { Button, CsrfField } from '../../../web/components/display.tsx'
import type { FieldErrors } from '../../../errors.ts'

/** One heading, one short explanation, one form: forgot password, reset, invitation. */
export function SimpleFormPage(props: {
  ctx: PageContext
  title: string
  intro?: string
  action: string
  submitText: string
  errors?: FieldErrors | undefined
  children: Children
}) {
  const { ctx } = props
  return (
    <Layout ctx={ctx} title={props.title}>
      <div class="grid-narrow">
        <ErrorSummary ctx={ctx} errors={props.errors} />
        <h1 class="heading-xl" safe>
          {props.title}
        </h1>
        {props.intro ? (
          <p class="body" safe>
            {props.intro}
          </p>
        ) : (
          ''
        )}
        <form method="post" action={props.action} novalidate>
          <CsrfField token={ctx.csrfToken} />
          {props.children}
          <Button text={props.submitText} />
        </form>
      </div>
    </Layout>
  )
}

export function MessagePage(props: { ctx: PageContext; title: string; body: string; link?: { href: string; text: string } }) {
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <div class="grid-narrow">
        <h1 class="heading-xl" safe>
          {props.title}
        </h1>
        <p class="body" safe>
          {props.body}
        </p>
        {props.link ? (
          <p class="body">
            <a href={props.link.href} safe>
              {props.link.text}
            </a>
          </p>
        ) : (
          ''
        )}
      </div>
    </Layout>
  )
}
