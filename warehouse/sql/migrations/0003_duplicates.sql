-- Syndicated and copied stories: fingerprints per article, and the story each article tells.
alter table core.article add column duplicate_of varchar;
alter table core.article add column story_id varchar;
update core.article set story_id = article_id;
comment on column core.article.duplicate_of is 'The earlier article this one repeats (same or nearly the same body text), or null.';
comment on column core.article.story_id is 'One id per story: the article_id of the first article that told it. Count by this to count a story once.';

create table core.article_signature (
    article_id varchar primary key,
    text_fingerprint varchar not null,
    minhash uinteger[] not null
);
comment on table core.article_signature is 'Duplicate-detection fingerprints of each article''s body text.';
comment on column core.article_signature.article_id is 'The article.';
comment on column core.article_signature.text_fingerprint is 'SHA-256 of the lower-cased words of body_text: equal for exact copies.';
comment on column core.article_signature.minhash is 'MinHash signature (64 values) of the word 5-shingles of body_text.';

create table core.article_band (
    article_id varchar not null,
    band smallint not null,
    band_hash ubigint not null
);
comment on table core.article_band is 'Locality-sensitive hashing bands of each minhash (16 bands of 4 values): articles sharing a band are near-duplicate candidates.';
comment on column core.article_band.article_id is 'The article.';
comment on column core.article_band.band is 'Band number, 0-15.';
comment on column core.article_band.band_hash is 'Hash of the band''s four minhash values.';
