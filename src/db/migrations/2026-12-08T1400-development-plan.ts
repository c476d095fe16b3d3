import { sql, type Kysely } from 'kysely'

/**
 * The local development plan with the people's participation (G2) and the four-dimension
 * evaluation by a committee with outside members (G5). Money is whole satang (bigint).
 * The database keeps what must not change: a plan version (amendment) and a published
 * monitoring report are history, and a completed evaluation's sheets are frozen.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE devplan_plans (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
      title text NOT NULL,
      first_year integer NOT NULL,
      last_year integer NOT NULL,
      current_version integer NOT NULL DEFAULT 0,
      published boolean NOT NULL DEFAULT false,
      published_at timestamptz,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT devplan_plans_org_first_unique UNIQUE (organisation_id, first_year),
      CONSTRAINT devplan_plans_years_check CHECK (first_year BETWEEN 2500 AND 2700 AND last_year >= first_year AND last_year - first_year <= 4)
    )`.execute(db)

  await sql`
    CREATE TABLE devplan_strategies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES devplan_plans(id) ON DELETE RESTRICT,
      position integer NOT NULL,
      name text NOT NULL,
      goal text NOT NULL DEFAULT '',
      CONSTRAINT devplan_strategies_position_unique UNIQUE (plan_id, position)
    )`.execute(db)

  await sql`
    CREATE TABLE devplan_projects (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES devplan_plans(id) ON DELETE RESTRICT,
      strategy_id uuid NOT NULL REFERENCES devplan_strategies(id) ON DELETE RESTRICT,
      position integer NOT NULL,
      programme text NOT NULL DEFAULT '',
      name text NOT NULL,
      objective text NOT NULL DEFAULT '',
      indicator text NOT NULL DEFAULT '',
      target text NOT NULL DEFAULT '',
      unit text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CONSTRAINT devplan_projects_position_unique UNIQUE (plan_id, position)
    )`.execute(db)

  // One row per year of the plan: the budget the plan sets aside and, once the year is over, what came of it.
  await sql`
    CREATE TABLE devplan_project_years (
      project_id uuid NOT NULL REFERENCES devplan_projects(id) ON DELETE CASCADE,
      year integer NOT NULL,
      budget_satang bigint NOT NULL,
      status text NOT NULL DEFAULT 'planned',
      spent_satang bigint,
      result text NOT NULL DEFAULT '',
      PRIMARY KEY (project_id, year),
      CONSTRAINT devplan_project_years_status_check CHECK (status IN ('planned', 'in_progress', 'done', 'not_done')),
      CONSTRAINT devplan_project_years_money_check CHECK (budget_satang >= 0 AND coalesce(spent_satang, 0) >= 0)
    )`.execute(db)

  await sql`
    CREATE TABLE devplan_participation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES devplan_projects(id) ON DELETE CASCADE,
      kind text NOT NULL,
      held_on date NOT NULL,
      attendance integer NOT NULL,
      summary text NOT NULL DEFAULT '',
      minutes_file_id uuid REFERENCES files(id) ON DELETE RESTRICT,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL,
      CONSTRAINT devplan_participation_kind_check CHECK (kind IN ('community_forum', 'opinion_survey', 'idea_meeting', 'committee_decision')),
      CONSTRAINT devplan_participation_attendance_check CHECK (attendance BETWEEN 0 AND 1000000)
    )`.execute(db)

  // The plan as approved, then each amendment (เพิ่มเติม / เปลี่ยนแปลง) as it stood when approved.
  await sql`
    CREATE TABLE devplan_versions (
      plan_id uuid NOT NULL REFERENCES devplan_plans(id) ON DELETE RESTRICT,
      version integer NOT NULL,
      kind text NOT NULL,
      approved_on date NOT NULL,
      note text NOT NULL DEFAULT '',
      snapshot jsonb NOT NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (plan_id, version),
      CONSTRAINT devplan_versions_kind_check CHECK (kind IN ('original', 'addition', 'change')),
      CONSTRAINT devplan_versions_first_is_original CHECK ((version = 1) = (kind = 'original'))
    )`.execute(db)

  // Plan → budget: which plan project funds a budget line (the line by its name in the year's budget plan).
  await sql`
    CREATE TABLE devplan_budget_links (
      budget_plan_id uuid NOT NULL REFERENCES budget_plans(id) ON DELETE RESTRICT,
      line_name text NOT NULL,
      project_id uuid NOT NULL REFERENCES devplan_projects(id) ON DELETE CASCADE,
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
      linked_by uuid REFERENCES users(id) ON DELETE SET NULL,
      linked_at timestamptz NOT NULL,
      PRIMARY KEY (budget_plan_id, line_name)
    )`.execute(db)

  // The yearly monitoring and evaluation report: a draft, then published with its figures frozen.
  await sql`
    CREATE TABLE devplan_reports (
      plan_id uuid NOT NULL REFERENCES devplan_plans(id) ON DELETE RESTRICT,
      fiscal_year integer NOT NULL,
      status text NOT NULL DEFAULT 'draft',
      summary text NOT NULL DEFAULT '',
      figures jsonb,
      published_at timestamptz,
      published_by uuid REFERENCES users(id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (plan_id, fiscal_year),
      CONSTRAINT devplan_reports_status_check CHECK (status IN ('draft', 'published')),
      CONSTRAINT devplan_reports_published_has_figures CHECK ((status = 'published') = (figures IS NOT NULL AND published_at IS NOT NULL))
    )`.execute(db)

  await sql`
    CREATE FUNCTION devplan_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
    END $$`.execute(db)
  await sql`CREATE TRIGGER devplan_versions_no_change BEFORE UPDATE OR DELETE ON devplan_versions FOR EACH ROW EXECUTE FUNCTION devplan_append_only()`.execute(db)
  await sql`
    CREATE FUNCTION devplan_report_published_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status = 'published' THEN
        RAISE EXCEPTION 'a published monitoring report cannot change';
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER devplan_reports_frozen BEFORE UPDATE OR DELETE ON devplan_reports FOR EACH ROW EXECUTE FUNCTION devplan_report_published_frozen()`.execute(db)

  // ---- Four-dimension evaluation (G5) ----
  await sql`
    CREATE TABLE perf_evaluations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
      year integer NOT NULL,
      status text NOT NULL DEFAULT 'scoring',
      result jsonb,
      completed_at timestamptz,
      published boolean NOT NULL DEFAULT false,
      published_at timestamptz,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CONSTRAINT perf_evaluations_org_year_unique UNIQUE (organisation_id, year),
      CONSTRAINT perf_evaluations_year_check CHECK (year BETWEEN 2500 AND 2700),
      CONSTRAINT perf_evaluations_status_check CHECK (status IN ('scoring', 'completed')),
      CONSTRAINT perf_evaluations_completed_has_result CHECK ((status = 'completed') = (result IS NOT NULL AND completed_at IS NOT NULL)),
      CONSTRAINT perf_evaluations_published_when_completed CHECK (NOT published OR status = 'completed')
    )`.execute(db)

  await sql`
    CREATE TABLE perf_eval_indicators (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      evaluation_id uuid NOT NULL REFERENCES perf_evaluations(id) ON DELETE RESTRICT,
      dimension text NOT NULL,
      position integer NOT NULL,
      name text NOT NULL,
      weight integer NOT NULL,
      evidence_url text NOT NULL DEFAULT '',
      evidence_note text NOT NULL DEFAULT '',
      CONSTRAINT perf_eval_indicators_dimension_check CHECK (dimension IN ('mission', 'service', 'cost', 'satisfaction')),
      CONSTRAINT perf_eval_indicators_weight_check CHECK (weight BETWEEN 1 AND 100),
      CONSTRAINT perf_eval_indicators_position_unique UNIQUE (evaluation_id, position)
    )`.execute(db)

  await sql`
    CREATE TABLE perf_eval_members (
      evaluation_id uuid NOT NULL REFERENCES perf_evaluations(id) ON DELETE RESTRICT,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
      committee_role text NOT NULL,
      outside boolean NOT NULL,
      submitted_at timestamptz,
      PRIMARY KEY (evaluation_id, user_id),
      CONSTRAINT perf_eval_members_role_check CHECK (committee_role IN ('chair', 'member', 'secretary'))
    )`.execute(db)

  // Each member's own sheet: one score (1–5) per indicator.
  await sql`
    CREATE TABLE perf_eval_scores (
      evaluation_id uuid NOT NULL,
      user_id uuid NOT NULL,
      indicator_id uuid NOT NULL REFERENCES perf_eval_indicators(id) ON DELETE RESTRICT,
      score integer NOT NULL,
      comment text NOT NULL DEFAULT '',
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, indicator_id),
      CONSTRAINT perf_eval_scores_member_fk FOREIGN KEY (evaluation_id, user_id) REFERENCES perf_eval_members(evaluation_id, user_id) ON DELETE RESTRICT,
      CONSTRAINT perf_eval_scores_range CHECK (score BETWEEN 1 AND 5)
    )`.execute(db)

  // Status only moves scoring → completed; once completed, indicators, members and scores are frozen.
  await sql`
    CREATE FUNCTION perf_evaluation_transition() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status = 'completed' AND NEW.status <> 'completed' THEN
        RAISE EXCEPTION 'a completed evaluation cannot reopen';
      END IF;
      IF OLD.status = 'completed' AND NEW.result IS DISTINCT FROM OLD.result THEN
        RAISE EXCEPTION 'a completed evaluation keeps its result';
      END IF;
      RETURN NEW;
    END $$`.execute(db)
  await sql`CREATE TRIGGER perf_evaluations_transition BEFORE UPDATE ON perf_evaluations FOR EACH ROW EXECUTE FUNCTION perf_evaluation_transition()`.execute(db)
  await sql`
    CREATE FUNCTION perf_eval_frozen_when_completed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      eval_id uuid;
    BEGIN
      IF TG_OP = 'DELETE' THEN eval_id := OLD.evaluation_id; ELSE eval_id := NEW.evaluation_id; END IF;
      IF EXISTS (SELECT 1 FROM perf_evaluations WHERE id = eval_id AND status = 'completed') THEN
        RAISE EXCEPTION '% of a completed evaluation cannot change', TG_TABLE_NAME;
      END IF;
      IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
      RETURN NEW;
    END $$`.execute(db)
  for (const table of ['perf_eval_indicators', 'perf_eval_members', 'perf_eval_scores']) {
    await sql`CREATE TRIGGER ${sql.id(`${table}_frozen`)} BEFORE INSERT OR UPDATE OR DELETE ON ${sql.table(table)} FOR EACH ROW EXECUTE FUNCTION perf_eval_frozen_when_completed()`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['perf_eval_scores', 'perf_eval_members', 'perf_eval_indicators', 'perf_evaluations', 'devplan_reports', 'devplan_budget_links', 'devplan_versions', 'devplan_participation', 'devplan_project_years', 'devplan_projects', 'devplan_strategies', 'devplan_plans']) {
    await db.schema.dropTable(t).execute()
  }
  await sql`DROP FUNCTION perf_eval_frozen_when_completed()`.execute(db)
  await sql`DROP FUNCTION perf_evaluation_transition()`.execute(db)
  await sql`DROP FUNCTION devplan_report_published_frozen()`.execute(db)
  await sql`DROP FUNCTION devplan_append_only()`.execute(db)
}
