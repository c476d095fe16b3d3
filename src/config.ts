import { join } from 'node:path'
import { z } from 'zod'

/**
 * The only reader of process.env. Every problem is reported at once so an operator
 * fixes the environment in one go instead of one restart per mistake.
 */
type TrustProxy = false | string | ((address: string, hop: number) => boolean)

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  BASE_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Whose X-Forwarded-For to believe. `true` means ONE proxy in front (the address it saw is the
  // client; anything a client wrote further left is ignored), a number that many proxies, or a
  // comma list of the proxies' addresses/CIDRs. Trusting every hop would let a client choose its
  // own address, and with it escape every per-source limit.
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, 'must be false, true (one proxy), a number of proxies, or their addresses, e.g. 10.0.0.0/8')
    .default('false')
    .transform((v): TrustProxy => {
      if (v === 'false') return false
      const hops = v === 'true' ? 1 : /^\d+$/.test(v) ? Number(v) : null
      // What proxy-addr does with a number: believe that many hops from this server, no more.
      return hops === null ? v : (_address: string, hop: number) => hop < hops
    }),
  DEMO_DATA: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  DEMO_SNAPSHOT_DIR: z.string().min(1).default('./.cache/demo-snapshots'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  SIGN_IN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(20),
  JOBS: z.enum(['on', 'off']).default('on'),
  JOBS_POLL_SECONDS: z.coerce.number().min(0.05).max(3600).default(5),
  // The message never echoes the value: it may hold the SMTP password.
  SMTP_URL: z.string().regex(/^smtps?:\/\/[^\s]+$/, 'must look like smtp://user:password@host:587 or smtps://…:465').optional(),
  MAIL_FROM: z.string().regex(/^([^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, 'must be an address, e.g. Prongsai <no-reply@example.go.th>').optional(),
  FILES_DIR: z.string().min(1).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3–63 lowercase letters, digits, dots, hyphens)').optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  S3_PREFIX: z.string().regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/?$/, 'letters, digits, . _ - and / only').optional(),
})

/** S3-compatible object storage for uploaded files (AWS S3, MinIO, Ceph…). */
export type S3Settings = {
  /** Omitted for AWS itself; the server's address for MinIO-style storage. */
  endpoint: string | undefined
  region: string
  bucket: string
  /** Both omitted: the SDK's usual credential chain (environment, instance role). */
  accessKeyId: string | undefined
  secretAccessKey: string | undefined
  forcePathStyle: boolean
  /** Prepended to every object key, e.g. `prongsai/`. */
  prefix: string
}

/** Settings that only make sense together, checked after each one is valid on its own. */
function s3Problems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = []
  const others = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_PREFIX'].filter((k) => env[k] !== undefined)
  if (!env.S3_BUCKET && others.length) problems.push(`S3_BUCKET: required when ${others.join(', ')} is set`)
  if ((env.S3_ACCESS_KEY_ID === undefined) !== (env.S3_SECRET_ACCESS_KEY === undefined)) {
    problems.push('S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: give both or neither')
  }
  return problems
}

export type Config = {
  env: 'development' | 'production' | 'test'
  host: string
  port: number
  dataDir: string
  databaseUrl: string | undefined
  baseUrl: string
  logLevel: z.infer<typeof schema>['LOG_LEVEL']
  /** Fastify's trustProxy: false, how many proxy hops to believe, or the proxies' addresses. */
  trustProxy: TrustProxy
  demoData: boolean
  /** Where built demos are kept for the next new data folder ('off': build every time). */
  demoSnapshotDir: string | undefined
  sessionTtlHours: number
  /** Sign-in and recovery attempts allowed per client address per minute (kept in memory only). */
  signInRatePerMinute: number
  /** Run background jobs and schedules in this process (mail delivery, nightly clean-up). */
  jobs: boolean
  jobsPollIntervalMs: number
  /** Where mail goes; without it mail stays in the outbox, readable by platform admins. */
  smtpUrl: string | undefined
  mailFrom: string
  /** Uploaded files when no S3 storage is configured (also the temporary folder for uploads in progress). */
  filesDir: string
  /** Set when S3_BUCKET is: uploaded files then live in that bucket. */
  s3: S3Settings | undefined
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration / การตั้งค่าไม่ถูกต้อง:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const blankAsMissing = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''))
  const parsed = schema.safeParse(blankAsMissing)
  const problems = [...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)), ...s3Problems(blankAsMissing)]
  if (!parsed.success || problems.length) throw new ConfigError(problems)
  const c = parsed.data
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    dataDir: c.DATA_DIR,
    databaseUrl: c.DATABASE_URL,
    baseUrl: (c.BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    logLevel: c.LOG_LEVEL,
    trustProxy: c.TRUST_PROXY,
    demoData: c.DEMO_DATA,
    demoSnapshotDir: c.DEMO_SNAPSHOT_DIR === 'off' ? undefined : c.DEMO_SNAPSHOT_DIR,
    sessionTtlHours: c.SESSION_TTL_HOURS,
    signInRatePerMinute: c.SIGN_IN_RATE_PER_MINUTE,
    jobs: c.JOBS === 'on',
    jobsPollIntervalMs: Math.round(c.JOBS_POLL_SECONDS * 1000),
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM ?? `Prongsai <no-reply@${new URL(c.BASE_URL ?? 'http://localhost').hostname}>`,
    filesDir: c.FILES_DIR ?? join(c.DATA_DIR, 'files'),
    s3: c.S3_BUCKET
      ? {
          endpoint: c.S3_ENDPOINT,
          region: c.S3_REGION,
          bucket: c.S3_BUCKET,
          accessKeyId: c.S3_ACCESS_KEY_ID,
          secretAccessKey: c.S3_SECRET_ACCESS_KEY,
          forcePathStyle: c.S3_FORCE_PATH_STYLE,
          prefix: c.S3_PREFIX ? c.S3_PREFIX.replace(/\/?$/, '/') : '',
        }
      : undefined,
  }
}
