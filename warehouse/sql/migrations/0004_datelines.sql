-- Datelines: the place and wire agency that open a story ("LONDON (Reuters) - ..."); deks.
alter table core.article add column dateline varchar;
alter table core.article add column dateline_place varchar;
alter table core.article add column dateline_agency varchar;
alter table core.article add column dateline_char_start integer;
alter table core.article add column dateline_char_end integer;
comment on column core.article.dateline is 'The dateline as written, without its dash ("LONDON (Reuters)"), or null. It stays in body_text.';
comment on column core.article.dateline_place is 'The place of the dateline ("LONDON", "SAN FRANCISCO, Calif.").';
comment on column core.article.dateline_agency is 'The wire agency in the dateline ("Reuters", "AP"), or null.';
comment on column core.article.dateline_char_start is 'Start offset of the dateline in document_text.';
comment on column core.article.dateline_char_end is 'End offset (exclusive) of the dateline in document_text.';
alter table core.article add column dek varchar;
comment on column core.article.dek is 'The standfirst (dek) printed under the title, or null; not part of body_text.';
