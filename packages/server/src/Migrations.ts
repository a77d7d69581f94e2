/**
 * The database schema as effect `Migrator` migrations, applied in order at start inside a transaction. A database
 * whose schema is newer than this server knows (a migration id above {@link latest}) is refused: an older server
 * must not write to a newer schema.
 *
 * @since 0.4.0
 */
import { Data, Effect } from "effect"
import { Migrator, SqlClient } from "effect/sql"
import * as Audit from "./Audit.js"

const migration = (statements: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    for (const s of statements) yield* sql.unsafe(s)
  })

const bump = (regions: string) => `INSERT INTO data_generations (region, n)
  SELECT DISTINCT region, 1 FROM (${regions}) AS changed WHERE region IS NOT NULL
  ON CONFLICT (region) DO UPDATE SET n = data_generations.n + 1`

const generationStatements: ReadonlyArray<string> = [
  "CREATE TABLE data_generations (region text PRIMARY KEY, n bigint NOT NULL)",
  ...(["new", "old"] as const).flatMap((side) => [
    `CREATE FUNCTION data_generation_${side}_region() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN ${bump(`SELECT region FROM ${side}_rows`)}; RETURN NULL; END $$`,
    `CREATE FUNCTION data_generation_${side}_result() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN ${bump(`SELECT e.region FROM ${side}_rows r JOIN employees e ON e.nip = r.nip`)}; RETURN NULL; END $$`
  ]),
  ...(
    [
      ["units", "region"],
      ["employees", "region"],
      ["results", "result"]
    ] as const
  ).flatMap(([table, fn]) => [
    `CREATE TRIGGER ${table}_generation_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION data_generation_new_${fn}()`,
    `CREATE TRIGGER ${table}_generation_update_new AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION data_generation_new_${fn}()`,
    `CREATE TRIGGER ${table}_generation_update_old AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows
       FOR EACH STATEMENT EXECUTE FUNCTION data_generation_old_${fn}()`,
    `CREATE TRIGGER ${table}_generation_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
       FOR EACH STATEMENT EXECUTE FUNCTION data_generation_old_${fn}()`
  ])
]

/**
 * The migrations, keyed `<id>_<name>`.
 *
 * @since 0.4.0
 */
export const migrations = {
  "1_people_and_units": migration([
    `CREATE TABLE units (
       region text NOT NULL,
       id text NOT NULL,
       name text NOT NULL,
       parent_id text,
       service text,
       population integer,
       version integer NOT NULL DEFAULT 1,
       PRIMARY KEY (region, id))`,
    `CREATE TABLE employees (
       nip text PRIMARY KEY,
       region text NOT NULL,
       name text NOT NULL,
       unit_id text NOT NULL,
       jabatan text NOT NULL,
       scorecard text,
       version integer NOT NULL DEFAULT 1,
       FOREIGN KEY (region, unit_id) REFERENCES units (region, id))`,
    "CREATE INDEX employees_unit ON employees (region, unit_id)"
  ]),
  "2_results": migration([
    `CREATE TABLE policy_versions (
       policy_id text NOT NULL,
       version integer NOT NULL,
       document jsonb NOT NULL,
       published_at timestamptz NOT NULL DEFAULT now(),
       published_by text NOT NULL,
       PRIMARY KEY (policy_id, version))`,
    `CREATE TABLE results (
       nip text NOT NULL REFERENCES employees (nip),
       period text NOT NULL,
       predikat text NOT NULL,
       score text,
       policy_id text NOT NULL,
       policy_version integer NOT NULL,
       result jsonb NOT NULL,
       version integer NOT NULL DEFAULT 1,
       PRIMARY KEY (nip, period))`
  ]),
  "3_surveys": migration([
    `CREATE TABLE survey_tickets (
       ticket text PRIMARY KEY,
       region text NOT NULL,
       unit_id text NOT NULL,
       template_id text NOT NULL,
       template_version text NOT NULL,
       issued_at timestamptz NOT NULL DEFAULT now(),
       used_at timestamptz,
       attempts integer NOT NULL DEFAULT 0)`,
    `CREATE TABLE survey_responses (
       id bigserial PRIMARY KEY,
       region text NOT NULL,
       unit_id text NOT NULL,
       period text NOT NULL,
       template_id text NOT NULL,
       template_version text NOT NULL,
       answers jsonb NOT NULL,
       ticket text NOT NULL UNIQUE REFERENCES survey_tickets (ticket),
       device text NOT NULL,
       submitted_at timestamptz NOT NULL DEFAULT now())`,
    "CREATE INDEX survey_responses_unit ON survey_responses (region, unit_id, period)",
    `CREATE TABLE survey_devices (
       device text NOT NULL,
       window_start bigint NOT NULL,
       count integer NOT NULL,
       PRIMARY KEY (device, window_start))`
  ]),
  "4_feedback": migration([
    `CREATE TABLE feedback_ratings (
       subject_nip text NOT NULL REFERENCES employees (nip),
       period text NOT NULL,
       rater_nip text NOT NULL,
       rater_group text NOT NULL,
       scores jsonb NOT NULL,
       comments jsonb NOT NULL DEFAULT '{}'::jsonb,
       submitted_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (subject_nip, period, rater_nip))`,
    `CREATE TABLE feedback_releases (
       subject_nip text NOT NULL,
       period text NOT NULL,
       released_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (subject_nip, period))`
  ]),
  "5_evidence_and_audit": migration([
    `CREATE TABLE evidence (
       id text PRIMARY KEY,
       nip text NOT NULL,
       content_type text NOT NULL,
       bytes integer NOT NULL,
       sha256 text NOT NULL,
       file_name text NOT NULL,
       uploaded_by text NOT NULL,
       uploaded_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE TABLE audit_log (
       seq bigserial PRIMARY KEY,
       at timestamptz NOT NULL DEFAULT now(),
       actor text NOT NULL,
       action text NOT NULL,
       subject text NOT NULL,
       payload jsonb NOT NULL,
       prev_hash text NOT NULL,
       hash text NOT NULL)`
  ]),
  "6_cycles": migration([
    `CREATE TABLE cycles (
       id text PRIMARY KEY,
       nip text NOT NULL REFERENCES employees (nip),
       year integer NOT NULL,
       region text NOT NULL,
       version integer NOT NULL,
       status text NOT NULL,
       state jsonb NOT NULL,
       events jsonb NOT NULL,
       UNIQUE (nip, year))`
  ]),
  "7_programme_events": migration([
    `CREATE TABLE programme_records (
       kind text NOT NULL,
       key text NOT NULL,
       region text NOT NULL,
       version integer NOT NULL,
       state jsonb NOT NULL,
       PRIMARY KEY (kind, key))`,
    `CREATE TABLE programme_events (
       kind text NOT NULL,
       key text NOT NULL,
       version integer NOT NULL,
       event_id text NOT NULL,
       actor text NOT NULL,
       event jsonb NOT NULL,
       recorded_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (kind, key, version),
       UNIQUE (kind, key, event_id),
       FOREIGN KEY (kind, key) REFERENCES programme_records (kind, key))`,
    // Append-only: an event, once stored, is never changed or removed.
    `CREATE FUNCTION programme_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'programme_events is append-only'; END $$`,
    `CREATE TRIGGER programme_events_append_only BEFORE UPDATE OR DELETE ON programme_events
       FOR EACH ROW EXECUTE FUNCTION programme_events_append_only()`
  ]),
  "8_core_audit_and_generations": Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    // The audit log in core's AuditLog format (ADR 0010); the first format's entries are re-chained into it.
    yield* sql.unsafe(`CREATE TABLE audit_events (
       seq integer PRIMARY KEY CHECK (seq >= 0),
       at text NOT NULL,
       actor text NOT NULL,
       role text NOT NULL,
       action text NOT NULL,
       subject text NOT NULL,
       before_json text NOT NULL,
       after_json text NOT NULL,
       reason text NOT NULL,
       prev text NOT NULL,
       hash text NOT NULL UNIQUE)`)
    yield* Audit.migrateLegacy
    yield* sql.unsafe("ALTER TABLE audit_log RENAME TO audit_log_legacy")
    // A per-region counter that every committed change to the dashboards' tables bumps (statement-level triggers
    // with transition tables: one upsert per statement, not per row), so a cached dashboard is reused exactly while
    // nothing it shows has changed, whichever process or script wrote.
    for (const s of generationStatements) yield* sql.unsafe(s)
    // The inputs of the nine-box and the competency gap.
    yield* sql.unsafe(`CREATE TABLE talent_potensial (
       nip text NOT NULL REFERENCES employees (nip),
       period text NOT NULL,
       potensial numeric NOT NULL,
       PRIMARY KEY (nip, period))`)
    yield* sql.unsafe(`CREATE TABLE competency_assessments (
       nip text PRIMARY KEY REFERENCES employees (nip),
       assessment jsonb NOT NULL,
       assessed_at timestamptz NOT NULL DEFAULT now())`)
  }),
  // A unit's remote (terpencil) flag, so recommendations prefer online programmes there (issue 17).
  "9_remote_units": migration(["ALTER TABLE units ADD COLUMN remote boolean NOT NULL DEFAULT false"])
}

/**
 * The newest migration id this server knows.
 *
 * @since 0.4.0
 */
export const latest = Math.max(...Object.keys(migrations).map((k) => Number.parseInt(k, 10)))

/**
 * The database's schema is newer than this server: it refuses to start.
 *
 * @since 0.4.0
 */
export class SchemaTooNew extends Data.TaggedError("SchemaTooNew")<{
  readonly database: number
  readonly known: number
}> {
  override get message(): string {
    return `database schema ${this.database} is newer than this server knows (${this.known}); upgrade the server`
  }
}

/** The migrations table (effect's default name). */
export const table = "effect_sql_migrations"

/**
 * The highest migration id recorded in a database (0 when none).
 *
 * @since 0.4.0
 */
export const current = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const exists = yield* sql<{ readonly t: string | null }>`SELECT to_regclass(${table})::text AS t`
  if (!exists[0]?.t) return 0
  const rows = yield* sql<{ readonly id: number | null }>`SELECT max(migration_id) AS id FROM ${sql(table)}`
  return Number(rows[0]?.id ?? 0)
})

/**
 * Refuses a newer schema, then applies the pending migrations.
 *
 * @since 0.4.0
 */
export const run = Effect.gen(function* () {
  const found = yield* current
  if (found > latest) return yield* new SchemaTooNew({ database: found, known: latest })
  return yield* Migrator.make({})({ loader: Migrator.fromRecord(migrations), table })
})
