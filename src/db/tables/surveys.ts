// Table types of surveys (see ../tables.ts), from the migration 2026-12-08T1200-surveys.
import type { ColumnType, Generated } from 'kysely'
import type { Json, Timestamp } from '../column-types.ts'

export interface SurveysTable {
  id: Generated<string>
  organisation_id: string
  form_definition_id: string
  kind: 'iit' | 'eit' | 'satisfaction'
  mode: 'anonymous' | 'confidential' | 'open'
  status: ColumnType<'draft' | 'open' | 'closed', 'draft' | undefined, 'draft' | 'open' | 'closed'>
  title_th: string
  title_en: Generated<string>
  audience: Generated<string>
  opens_on: string
  closes_on: string
  fiscal_year: number
  service_key: string | null
  service_name: Generated<string>
  sample_group: Generated<string>
  headcount: Generated<number>
  minimum_override: number | null
  published_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  created_by: string | null
  created_at: Timestamp
}

export interface SurveyStatusHistoryTable {
  id: Generated<string>
  survey_id: string
  from_status: string | null
  to_status: string
  changed_at: Generated<Date>
}

export interface SurveyResponsesTable {
  id: Generated<string>
  survey_id: string
  submitted_on: string
  answers: Json<unknown>
}

export interface SurveyTokensTable {
  id: Generated<string>
  survey_id: string
  token_hash: string
  kind: 'invitation' | 'code'
  invitee_name: Generated<string>
  invitee_email: string | null
  answered: Generated<boolean>
  created_at: Timestamp
  reminded_at: ColumnType<Date | null, Date | null | undefined, Date | null>
}

export interface SurveyDevicesTable {
  survey_id: string
  device_hash: string
}

export interface SurveyCommentsTable {
  id: Generated<string>
  survey_id: string
  item_id: string
  text: string
  status: Generated<'pending' | 'approved' | 'rejected'>
  submitted_on: string
  moderated_by: string | null
  moderated_at: ColumnType<Date | null, Date | null | undefined, Date | null>
}

export interface SurveyPointMappingsTable {
  fiscal_year: number
  mapping: Json<unknown>
  updated_by: string | null
  updated_at: Timestamp
}

export interface SurveysTables {
  surveys: SurveysTable
  survey_status_history: SurveyStatusHistoryTable
  survey_responses: SurveyResponsesTable
  survey_tokens: SurveyTokensTable
  survey_devices: SurveyDevicesTable
  survey_comments: SurveyCommentsTable
  survey_point_mappings: SurveyPointMappingsTable
}
