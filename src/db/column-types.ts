import type { ColumnType } from 'kysely'

export type CreatedAt = ColumnType<Date, Date | string | undefined, never>
export type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>
export type Timestamp = ColumnType<Date, Date | string, Date | string>
// DATE columns travel as 'YYYY-MM-DD' strings so no time zone can shift a holiday.
export type DateOnly = ColumnType<string, string, string>
export type Json<T> = ColumnType<T, string, string>
