// Table types of the form engine (see ../tables.ts), from the migration 2026-12-07T1200-forms-and-oversight-reports.
import type { ColumnType, Generated } from 'kysely'
import type { Json, Timestamp } from '../column-types.ts'

export interface FormDefinitionsTable {
  id: Generated<string>
  key: string
  version: number
  status: 'draft' | 'published'
  title_th: string
  definition: Json<unknown>
  owner_organisation_id: string | null
  created_at: Timestamp
  published_at: ColumnType<Date | null, Date | null | undefined, Date | null>
}

export interface FormResponsesTable {
  id: Generated<string>
  form_definition_id: string
  organisation_id: string
  revision: Generated<number>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface FormAnswersTable {
  response_id: string
  item_id: string
  value: Json<unknown>
  updated_by: string | null
  updated_at: Timestamp
}

export interface FormAnswerHistoryTable {
  id: Generated<string>
  response_id: string
  item_id: string
  value: ColumnType<unknown, string | null, string | null>
  revision: number
  changed_by: string | null
  changed_by_label: string
  changed_at: Timestamp
}

export interface FormResponseSnapshotsTable {
  response_id: string
  submission: number
  answers: Json<unknown>
  created_at: Timestamp
}

export interface FormsTables {
  form_definitions: FormDefinitionsTable
  form_responses: FormResponsesTable
  form_answers: FormAnswersTable
  form_answer_history: FormAnswerHistoryTable
  form_response_snapshots: FormResponseSnapshotsTable
}
