-- Where each run spent its time, for the benchmark and for operators.
alter table meta.ingest_run add column stage_seconds json;
comment on column meta.ingest_run.stage_seconds is 'Seconds per stage (discover, read_hash, read_parse, nlp, people, quotes, frames, validate, load, ...), summed over batches and workers.';
