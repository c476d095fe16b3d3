/**
 * Limits on public intakes (complaints, the webboard, the comment box, consultations, information
 * requests, open surveys) and on wrong follow-up codes, counted per source in `abuse_counters`
 * under an HMAC of the address and the window (see `attempt-throttle.ts`): every instance behind a
 * balancer shares the count, no address is stored, and there is no overall cap that a few
 * addresses could use up to shut everyone else out.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/tables.ts'
import { RateLimitedError } from '../../errors.ts'
import { checkSourceLimit, countSourceUse, type SourceLimit } from '../auth/attempt-throttle.ts'

export type { SourceLimit }

/** Things one source may post (a question, a comment, a request) in ten minutes. */
export const PUBLIC_POST_LIMIT: SourceLimit = { max: 5, windowSeconds: 10 * 60 }
/** Wrong follow-up codes one source may try in fifteen minutes. */
export const WRONG_CODE_LIMIT: SourceLimit = { max: 10, windowSeconds: 15 * 60 }

/** One kind of limited action: `check` before the work, `record` once it counted. */
export class SourceLimiter {
  constructor(
    private readonly db: Kysely<Database>,
    readonly kind: string,
    readonly limit: SourceLimit,
  ) {}

  /** Throws RateLimitedError when this source has used up the current window. */
  check(source: string, at: Date): Promise<void> {
    return checkSourceLimit(this.db, this.kind, source, at, this.limit)
  }

  async record(source: string, at: Date): Promise<void> {
    await countSourceUse(this.db, this.kind, source, at, this.limit)
  }

  /** `check` as a yes/no, for hooks that must decide without answering (uploads arriving before the route). */
  async allows(source: string, at: Date): Promise<boolean> {
    try {
      await this.check(source, at)
      return true
    } catch (e) {
      if (e instanceof RateLimitedError) return false
      throw e
    }
  }
}
