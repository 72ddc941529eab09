-- Layers: core (the article tables), meta (run bookkeeping), marts (views for dashboards).
-- Foreign keys are not declared: DuckDB cannot replace a referenced row inside one
-- transaction. They are enforced by pandera before every load and tested in SQL.
create schema if not exists core;
create schema if not exists meta;
create schema if not exists marts;

create table core.article (
    article_id varchar primary key,
    source_uri varchar not null,
    content_sha256 varchar not null,
    document_text varchar not null,
    title varchar not null,
    image_caption varchar,
    image_credit varchar,
    body_text varchar not null,
    word_count integer not null,
    publisher varchar,
    url varchar,
    published_at timestamptz,
    language varchar not null,
    extractor_version varchar not null,
    run_id varchar not null,
    ingested_at timestamptz not null,
    is_current boolean not null default true
);
comment on table core.article is 'One row per article: the decoded document and the fields read from it. Offsets in other tables index document_text.';
comment on column core.article.article_id is 'Stable id: a hash of the URL when known, else of the source URI (and record position).';
comment on column core.article.source_uri is 'Where the raw file was read from (path or fsspec URL).';
comment on column core.article.content_sha256 is 'SHA-256 of the raw file bytes this row was extracted from.';
comment on column core.article.document_text is 'The decoded document; every char_start/char_end indexes this string (0-based, end exclusive).';
comment on column core.article.title is 'Headline.';
comment on column core.article.image_caption is 'Caption of the lead photo, when the page has one.';
comment on column core.article.image_credit is 'Credit of the lead photo, e.g. the agency.';
comment on column core.article.body_text is 'Article body paragraphs joined by blank lines: no title, caption, byline, bio or page furniture.';
comment on column core.article.word_count is 'Whitespace-separated words in body_text.';
comment on column core.article.publisher is 'Publisher or site name, from the metadata or the author bio.';
comment on column core.article.url is 'Canonical URL, when the input carries one.';
comment on column core.article.published_at is 'Publication time (UTC) when the input states it; else null.';
comment on column core.article.language is 'ISO 639-1 language code, or und when undetermined; extraction runs on en only.';
comment on column core.article.extractor_version is 'Version of the newsdesk extractor that produced the rows.';
comment on column core.article.run_id is 'The ingest_run that loaded this version of the article.';
comment on column core.article.ingested_at is 'When this version was loaded (UTC).';
comment on column core.article.is_current is 'False once the source file is deleted or became unreadable; the main views hide such articles.';

create table core.author (
    author_id varchar primary key,
    name varchar not null,
    role varchar,
    bio varchar,
    publisher varchar
);
comment on table core.author is 'One row per distinct author (name and publisher).';
comment on column core.author.author_id is 'Stable id: a hash of the folded name and publisher.';
comment on column core.author.name is 'Author name as the byline writes it.';
comment on column core.author.role is 'Role line of the byline, e.g. Managing Editor.';
comment on column core.author.bio is 'Author bio paragraph(s) from the byline, latest seen.';
comment on column core.author.publisher is 'Publisher the author writes for, from the bio or article.';

create table core.article_author (
    article_id varchar not null,
    author_id varchar not null,
    position smallint not null,
    char_start integer,
    char_end integer,
    primary key (article_id, author_id)
);
comment on table core.article_author is 'Bridge: which authors wrote which article, in byline order.';
comment on column core.article_author.article_id is 'The article (article.article_id).';
comment on column core.article_author.author_id is 'The author (author.author_id).';
comment on column core.article_author.position is 'Byline position, 1 for the first author.';
comment on column core.article_author.char_start is 'Start of the author name in the byline (offset into document_text).';
comment on column core.article_author.char_end is 'End (exclusive) of the author name in the byline.';

create table core.person (
    person_id varchar primary key,
    canonical_name varchar not null
);
comment on table core.person is 'One row per distinct person across the warehouse, by canonical (fullest) name.';
comment on column core.person.person_id is 'Stable id: a hash of the folded canonical name.';
comment on column core.person.canonical_name is 'The fullest name the articles use for the person, e.g. Kim Kardashian for Kim.';

create table core.person_mention (
    mention_id varchar primary key,
    article_id varchar not null,
    person_id varchar not null,
    surface varchar not null,
    char_start integer not null,
    char_end integer not null,
    sentence_index integer not null,
    method varchar not null
);
comment on table core.person_mention is 'Each place an article names a person (names only: no pronouns or descriptions), including short forms and the byline author.';
comment on column core.person_mention.mention_id is 'Stable id: a hash of article and span.';
comment on column core.person_mention.article_id is 'The article (article.article_id).';
comment on column core.person_mention.person_id is 'The person named (person.person_id).';
comment on column core.person_mention.surface is 'The name as written: substring(document_text, char_start + 1, char_end - char_start).';
comment on column core.person_mention.char_start is 'Start offset into article.document_text (0-based).';
comment on column core.person_mention.char_end is 'End offset into article.document_text (exclusive).';
comment on column core.person_mention.sentence_index is 'Index of the sentence holding the mention, 0-based within the document.';
comment on column core.person_mention.method is 'How it was found: ner (model), relative (family name of a known person), alias (short form of a known person), byline.';

create table core.quote (
    quote_id varchar primary key,
    article_id varchar not null,
    text varchar not null,
    char_start integer not null,
    char_end integer not null,
    kind varchar not null,
    paragraph_index integer not null,
    speaker_surface varchar,
    speaker_char_start integer,
    speaker_char_end integer,
    speaker_person_id varchar,
    cue varchar,
    cue_char_start integer,
    cue_char_end integer
);
comment on table core.quote is 'Quoted speech: direct quotes, partial (fragment) quotes and block quotes, with who said them.';
comment on column core.quote.quote_id is 'Stable id: a hash of article and span.';
comment on column core.quote.article_id is 'The article (article.article_id).';
comment on column core.quote.text is 'The quoted words without the enclosing quotation marks.';
comment on column core.quote.char_start is 'Start offset of text in article.document_text.';
comment on column core.quote.char_end is 'End offset (exclusive) of text in article.document_text.';
comment on column core.quote.kind is 'direct (a whole utterance), partial (a quoted fragment inside a sentence) or block (a quoted paragraph without marks).';
comment on column core.quote.paragraph_index is 'Index of the body paragraph holding the quote, 0-based.';
comment on column core.quote.speaker_surface is 'The speaker expression as written near the quote (a name, a description or a pronoun); null when unattributed.';
comment on column core.quote.speaker_char_start is 'Start offset of speaker_surface in article.document_text.';
comment on column core.quote.speaker_char_end is 'End offset (exclusive) of speaker_surface.';
comment on column core.quote.speaker_person_id is 'The person the speaker resolves to (pronouns and short forms resolved); null when unknown.';
comment on column core.quote.cue is 'The verb or phrase that attributes the quote, e.g. said.';
comment on column core.quote.cue_char_start is 'Start offset of cue in article.document_text.';
comment on column core.quote.cue_char_end is 'End offset (exclusive) of cue.';

create table meta.ingest_run (
    run_id varchar primary key,
    flow_run_id varchar,
    source varchar not null,
    started_at timestamptz not null,
    ended_at timestamptz,
    status varchar not null,
    files_seen integer not null default 0,
    files_loaded integer not null default 0,
    files_unchanged integer not null default 0,
    files_rejected integer not null default 0,
    files_deleted integer not null default 0,
    extractor_version varchar not null,
    message varchar
);
comment on table meta.ingest_run is 'One row per ingest run, with its counts and outcome.';
comment on column meta.ingest_run.run_id is 'newsdesk run id.';
comment on column meta.ingest_run.flow_run_id is 'The Prefect flow run that executed it.';
comment on column meta.ingest_run.source is 'The SOURCE argument: folder, glob or URL.';
comment on column meta.ingest_run.started_at is 'Start time (UTC).';
comment on column meta.ingest_run.ended_at is 'End time (UTC); null while running.';
comment on column meta.ingest_run.status is 'running, completed, completed with rejections, failed, or abandoned (a run that never finished).';
comment on column meta.ingest_run.files_seen is 'Files found in the source.';
comment on column meta.ingest_run.files_loaded is 'Files new or changed and loaded.';
comment on column meta.ingest_run.files_unchanged is 'Files skipped because their content was already loaded.';
comment on column meta.ingest_run.files_rejected is 'Files rejected, with reasons in source_file.';
comment on column meta.ingest_run.files_deleted is 'Files gone from the source since the previous run.';
comment on column meta.ingest_run.extractor_version is 'Extractor version of the run.';
comment on column meta.ingest_run.message is 'Error message of a failed run.';

create table meta.source_file (
    source_uri varchar primary key,
    sha256 varchar,
    size_bytes bigint,
    modified_at timestamptz,
    status varchar not null,
    article_id varchar,
    encoding varchar,
    error_reason varchar,
    first_run_id varchar not null,
    last_run_id varchar not null,
    updated_at timestamptz not null
);
comment on table meta.source_file is 'Every raw file seen, with its content hash and what became of it.';
comment on column meta.source_file.source_uri is 'Path or fsspec URL of the file.';
comment on column meta.source_file.sha256 is 'SHA-256 of its bytes when last read.';
comment on column meta.source_file.size_bytes is 'Size in bytes when last seen.';
comment on column meta.source_file.modified_at is 'Modification time when last seen (UTC), used to skip hashing unchanged files.';
comment on column meta.source_file.status is 'loaded, rejected or deleted.';
comment on column meta.source_file.article_id is 'The article it produced, if any.';
comment on column meta.source_file.encoding is 'Text encoding used to decode it (utf-8 unless a fallback was needed).';
comment on column meta.source_file.error_reason is 'Why it was rejected.';
comment on column meta.source_file.first_run_id is 'Run that first saw it.';
comment on column meta.source_file.last_run_id is 'Run that last changed this row.';
comment on column meta.source_file.updated_at is 'When this row last changed (UTC).';

create table meta.validation_failure (
    run_id varchar not null,
    table_name varchar not null,
    check_name varchar not null,
    column_name varchar,
    failure_case varchar,
    article_id varchar,
    recorded_at timestamptz not null
);
comment on table meta.validation_failure is 'pandera failure cases of rows that were not loaded.';
comment on column meta.validation_failure.run_id is 'The run that found them.';
comment on column meta.validation_failure.table_name is 'Table (or span / key check) that failed.';
comment on column meta.validation_failure.check_name is 'The pandera check that failed.';
comment on column meta.validation_failure.column_name is 'Column (or model) checked.';
comment on column meta.validation_failure.failure_case is 'The failing value (truncated).';
comment on column meta.validation_failure.article_id is 'The article left out because of it (* for a whole batch).';
comment on column meta.validation_failure.recorded_at is 'When it was recorded (UTC).';
