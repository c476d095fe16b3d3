/**
 * What the rest of the system uses of the holiday calendar: the first-start load, and the
 * stored holidays for business-day deadlines (pass them to the calendar's addBusinessDays /
 * businessDaysBetween, or let deadlineAfterBusinessDays do the loading).
 */
export { loadInitialHolidaysIfEmpty } from './initial-holidays.ts'
export { deadlineAfterBusinessDays, loadHolidayDates } from './business-day-deadlines.ts'
