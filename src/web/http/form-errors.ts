import { ValidationError, type FieldErrors } from '../../errors.ts'

/**
 * Runs a form's action; invalid input comes back as field errors for the page to
 * re-render (422) with what the user typed, anything else propagates to the error handler.
 */
export async function attempt<T>(action: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; errors: FieldErrors }> {
  try {
    return { ok: true, value: await action() }
  } catch (err) {
    if (err instanceof ValidationError) return { ok: false, errors: err.fields }
    throw err
  }
}

export function formString(body: unknown, key: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[key]
  return typeof v === 'string' ? v : ''
}
