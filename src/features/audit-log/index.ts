/** What other parts of the system (commands, other features) may use from the audit-log feature. */
export { verifyResultMessage } from './audit-log.domain.ts'
