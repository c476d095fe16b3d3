/**
 * The closed set of errors domain and use-case code may throw. They carry a stable
 * machine code (for the JSON API) and no HTTP types; src/web/error-handler.ts maps them.
 */
export type FieldErrors = Record<string, { th: string; en: string }>

export abstract class AppError extends Error {
  abstract readonly code: string
}

/** Input that fails validation; `fields` maps a form field to its bilingual message. */
export class ValidationError extends AppError {
  readonly code = 'validation_failed'
  constructor(readonly fields: FieldErrors) {
    super('validation failed')
  }
}

export class NotFoundError extends AppError {
  readonly code = 'not_found'
  constructor(what = 'resource') {
    super(`${what} not found`)
  }
}

/** Signed in but not allowed. */
export class ForbiddenError extends AppError {
  readonly code = 'forbidden'
  constructor(reason = 'forbidden') {
    super(reason)
  }
}

/** Not signed in (or the session expired). */
export class UnauthenticatedError extends AppError {
  readonly code = 'unauthenticated'
  constructor() {
    super('sign-in required')
  }
}

export class ConflictError extends AppError {
  readonly code = 'conflict'
  constructor(
    readonly messageTh: string,
    readonly messageEn: string,
  ) {
    super(messageEn)
  }
}

export class RateLimitedError extends AppError {
  readonly code = 'rate_limited'
  constructor(readonly retryAfterSeconds: number) {
    super('too many attempts')
  }
}
