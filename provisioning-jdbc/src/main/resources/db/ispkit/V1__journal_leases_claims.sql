-- ispkit provisioning-jdbc, schema version 1: the lifecycle journal with run leases, server claims and license
-- claims. Applied once by dev.ispkit.jdbc.PostgresSchema (or by the host's own migration tool: see the module's
-- README). Every name starts with ispkit_, so the tables can live beside the host's own in one schema.

-- One lifecycle run of one service. The order's facts are the input; entries are counted here so that an append
-- takes the next position under the run's row lock. The lease says which node drives the run, and until when.
create table ispkit_run (
  run_id      text        primary key,
  seq         bigint      generated always as identity,
  service_id  text        not null,
  lifecycle   text        not null,
  input       jsonb       not null,
  started_at  timestamptz not null,
  entry_count integer     not null default 0,
  finished    boolean     not null default false,
  lease_owner text,
  lease_until timestamptz
);

-- A service has at most one unfinished run: the arbiter of Journal.begin across nodes.
create unique index ispkit_run_one_unfinished_per_service on ispkit_run (service_id) where not finished;
create index ispkit_run_by_service on ispkit_run (service_id, seq);
create index ispkit_run_unfinished on ispkit_run (started_at, seq) where not finished;

-- The entries of a run, in the order they were written: intents, completions, waits, failures and the end.
create table ispkit_run_entry (
  run_id   text        not null references ispkit_run (run_id) on delete cascade,
  position integer     not null,
  step     text        not null,
  kind     text        not null check (kind in ('INTENT', 'DONE', 'WAITING', 'FAILED', 'FINISHED')),
  facts    jsonb       not null,
  at       timestamptz not null,
  primary key (run_id, position)
);

-- Which service holds which dedicated server of which DCImanager: the primary key makes a claim atomic.
create table ispkit_server_claim (
  panel      text        not null,
  server_id  bigint      not null,
  service_id text        not null,
  claimed_at timestamptz not null default now(),
  primary key (panel, server_id)
);

-- Which service holds which license of the free-license pool.
create table ispkit_license_claim (
  license_id bigint      primary key,
  service_id text        not null,
  claimed_at timestamptz not null default now()
);
create index ispkit_license_claim_by_service on ispkit_license_claim (service_id);
