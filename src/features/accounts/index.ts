/** What other parts of the app use of accounts: the background job that sends reset links. */
export { PASSWORD_RESET_JOB, sendPasswordReset } from './accounts.use-cases.ts'
