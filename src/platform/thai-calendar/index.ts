/**
 * Thai calendar: pure functions only (no I/O, no clock, no environment). Callers pass the
 * current instant and the holiday list in. Import from here, not from the files behind it.
 */
export {
  addCalendarDays,
  calendarDaysBetween,
  compareIsoDates,
  dayOfWeek,
  daysInMonth,
  fromEpochDay,
  isIsoDate,
  isLeapYear,
  isoDate,
  isoDateFromParts,
  isoDateParts,
  isWeekend,
  isWithinRange,
  parseIsoDate,
  toEpochDay,
  type DateParts,
  type DateRange,
  type IsoDate,
  type Weekday,
} from './iso-date.ts'
export {
  BANGKOK_UTC_OFFSET_MINUTES,
  bangkokWallClock,
  startOfDayInBangkok,
  todayInBangkok,
  type BangkokWallClock,
} from './bangkok-time.ts'
export { BE_OFFSET, beToCe, ceToBe } from './buddhist-era.ts'
export { fromThaiDigits, toThaiDigits } from './thai-digits.ts'
export {
  ENGLISH_MONTHS_LONG,
  ENGLISH_MONTHS_SHORT,
  monthFromName,
  monthNameEn,
  monthNameTh,
  THAI_MONTHS_LONG,
  THAI_MONTHS_SHORT,
  type NameStyle,
} from './month-names.ts'
export {
  ENGLISH_WEEKDAYS_LONG,
  ENGLISH_WEEKDAYS_SHORT,
  THAI_WEEKDAYS_LONG,
  THAI_WEEKDAYS_SHORT,
  weekdayNameEn,
  weekdayNameTh,
} from './weekday-names.ts'
export {
  formatDateEn,
  formatDateTh,
  formatDateTimeEn,
  formatDateTimeTh,
  formatFiscalHalfEn,
  formatFiscalHalfTh,
  formatFiscalQuarterEn,
  formatFiscalQuarterTh,
  formatFiscalYearEn,
  formatFiscalYearTh,
  type EnglishDateFormatOptions,
  type ThaiDateFormatOptions,
} from './format.ts'
export {
  currentFiscalYear,
  fiscalHalfOf,
  fiscalQuarterOf,
  fiscalYearOf,
  fiscalYearRange,
  halfRange,
  quarterRange,
  type FiscalHalf,
  type FiscalHalfOfYear,
  type FiscalQuarter,
  type FiscalQuarterOfYear,
} from './fiscal-year.ts'
export { HOLIDAY_KIND_LABELS, HOLIDAY_KINDS, isHolidayKind, type Holiday, type HolidayKind } from './holiday.ts'
export {
  addBusinessDays,
  businessDaysBetween,
  holidayDateSet,
  isBusinessDay,
  nextBusinessDayOnOrAfter,
  type HolidayDates,
} from './business-days.ts'
export {
  HOLIDAY_CSV_HEADER,
  HOLIDAY_CSV_MESSAGES,
  parseHolidayCsv,
  serializeHolidayCsv,
  type HolidayCsvError,
  type HolidayCsvErrorCode,
  type HolidayCsvResult,
} from './holidays-csv.ts'
export { substituteDaysFor, type SubstituteDayOptions, type SubstituteDayProposal } from './substitute-days.ts'
export {
  BE_DATE_ERROR_MESSAGES,
  beDateErrorMessage,
  beDateInputFrom,
  parseBeDate,
  type BeDateError,
  type BeDateErrorCode,
  type BeDateField,
  type BeDateInput,
  type BeDateResult,
} from './be-date-input.ts'
