-- The contract names, in main: current articles and what hangs off them.
create or replace view main.article as
select * exclude (is_current) from core.article where is_current;
comment on view main.article is 'Current articles (source file present and readable). See core.article.';

create or replace view main.author as
select * from core.author;
comment on view main.author is 'Distinct authors. See core.author.';

create or replace view main.article_author as
select aa.* from core.article_author aa semi join main.article a using (article_id);
comment on view main.article_author is 'Authors of current articles, in byline order. See core.article_author.';

create or replace view main.person as
select * from core.person;
comment on view main.person is 'Distinct people across the warehouse. See core.person.';

create or replace view main.person_mention as
select m.* from core.person_mention m semi join main.article a using (article_id);
comment on view main.person_mention is 'Person name mentions in current articles. See core.person_mention.';

create or replace view main.quote as
select q.* from core.quote q semi join main.article a using (article_id);
comment on view main.quote is 'Quotes in current articles, with speakers. See core.quote.';

create or replace view main.ingest_run as
select * from meta.ingest_run;
comment on view main.ingest_run is 'Ingest runs and their counts. See meta.ingest_run.';

create or replace view main.source_file as
select * from meta.source_file;
comment on view main.source_file is 'Raw files seen and their status. See meta.source_file.';
