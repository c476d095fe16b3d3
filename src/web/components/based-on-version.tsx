import type { FieldErrors } from '../../errors.ts'
import type { PageContext } from '../page-context.ts'
import { fieldError } from './error-summary.tsx'

/**
 * The version an edit form was opened at, sent back with it so a save over someone else's newer
 * version is refused; when it was, the message stands where the error summary links to.
 */
export function BasedOnVersionField({ ctx, value, errors }: { ctx: PageContext; value: string; errors: FieldErrors | undefined }) {
  return (
    <>
      <input type="hidden" name="based_on_version" value={value} />
      {errors?.based_on_version ? (
        <p class="error-message" id="based_on_version" safe>
          {fieldError(ctx, errors, 'based_on_version')}
        </p>
      ) : (
        ''
      )}
    </>
  )
}
