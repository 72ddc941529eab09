-- Marts for dashboards: stable names, one question each.
create or replace view marts.people_by_mentions as
with mentions as (
    select m.person_id, count(*) as mentions, count(distinct m.article_id) as articles,
           count(distinct a.story_id) as stories
    from main.person_mention m
    join main.article a using (article_id)
    group by m.person_id
)
select p.person_id, p.canonical_name, m.mentions, m.articles, m.stories
from mentions m
join main.person p using (person_id)
order by m.mentions desc, p.canonical_name;
comment on view marts.people_by_mentions is 'People ranked by how often they are named.';
comment on column marts.people_by_mentions.mentions is 'Name mentions across current articles.';
comment on column marts.people_by_mentions.articles is 'Current articles that name the person.';

create or replace view marts.people_by_articles as
select person_id, canonical_name, articles, mentions, stories
from marts.people_by_mentions
order by articles desc, mentions desc, canonical_name;
comment on view marts.people_by_articles is 'People ranked by how many articles name them.';

create or replace view marts.quotes_by_speaker as
with attributed as (
    select speaker_person_id as person_id, count(*) as quotes,
           count(distinct article_id) as articles,
           count(distinct (select story_id from main.article a where a.article_id = q.article_id))
               as stories,
           count(*) filter (where kind = 'direct') as direct_quotes,
           count(*) filter (where kind = 'partial') as partial_quotes,
           count(*) filter (where kind = 'block') as block_quotes
    from main.quote q
    where speaker_person_id is not null
    group by speaker_person_id
)
select p.person_id, p.canonical_name, a.quotes, a.articles, a.direct_quotes,
       a.partial_quotes, a.block_quotes, a.stories
from attributed a
join main.person p using (person_id)
order by a.quotes desc, p.canonical_name;
comment on view marts.quotes_by_speaker is 'Quotes per resolved speaker, by kind.';
comment on column marts.quotes_by_speaker.quotes is 'Quotes attributed to the person.';

create or replace view marts.co_mentions as
with pairs as (
    select distinct article_id, person_id from main.person_mention
)
select a.person_id as person_a_id, pa.canonical_name as person_a,
       b.person_id as person_b_id, pb.canonical_name as person_b,
       count(*) as articles
from pairs a
join pairs b on a.article_id = b.article_id and a.person_id < b.person_id
join main.person pa on pa.person_id = a.person_id
join main.person pb on pb.person_id = b.person_id
group by all
order by articles desc, person_a, person_b;
comment on view marts.co_mentions is 'Pairs of people named in the same article, with how many articles.';
comment on column marts.co_mentions.articles is 'Current articles naming both people.';

create or replace view marts.articles_per_publisher as
select coalesce(publisher, '(unknown)') as publisher, count(*) as articles,
       sum(word_count) as words, min(published_at) as first_published,
       max(published_at) as last_published, count(*) filter (where duplicate_of is null) as stories
from main.article
group by all
order by articles desc, publisher;
comment on view marts.articles_per_publisher is 'Current articles and words per publisher.';

create or replace view marts.articles_per_day as
select cast(coalesce(published_at, ingested_at) as date) as day,
       coalesce(publisher, '(unknown)') as publisher, count(*) as articles,
       sum(word_count) as words, count(*) filter (where duplicate_of is null) as stories
from main.article
group by all
order by day, publisher;
comment on view marts.articles_per_day is 'Current articles per day (published date, else ingest date) and publisher.';
comment on column marts.articles_per_day.day is 'Publication date, or ingest date when the article has none.';

-- Column comments of the marts that have no namesake in core.
comment on column marts.people_by_articles.articles is 'Current articles that name the person.';
comment on column marts.people_by_articles.mentions is 'Name mentions across current articles.';
comment on column marts.quotes_by_speaker.articles is 'Current articles with a quote by the person.';
comment on column marts.quotes_by_speaker.direct_quotes is 'Quotes of kind direct.';
comment on column marts.quotes_by_speaker.partial_quotes is 'Quotes of kind partial.';
comment on column marts.quotes_by_speaker.block_quotes is 'Quotes of kind block.';
comment on column marts.co_mentions.person_a_id is 'First person of the pair (the smaller person_id).';
comment on column marts.co_mentions.person_a is 'Canonical name of the first person.';
comment on column marts.co_mentions.person_b_id is 'Second person of the pair.';
comment on column marts.co_mentions.person_b is 'Canonical name of the second person.';
comment on column marts.articles_per_publisher.articles is 'Current articles of the publisher.';
comment on column marts.articles_per_publisher.words is 'Body words of those articles.';
comment on column marts.articles_per_publisher.first_published is 'Earliest published_at.';
comment on column marts.articles_per_publisher.last_published is 'Latest published_at.';
comment on column marts.articles_per_day.articles is 'Current articles of that day and publisher.';
comment on column marts.articles_per_day.words is 'Body words of those articles.';
comment on column marts.people_by_mentions.stories is 'Distinct stories (story_id) that name the person: syndicated copies count once.';
comment on column marts.people_by_articles.stories is 'Distinct stories (story_id) that name the person: syndicated copies count once.';
comment on column marts.quotes_by_speaker.stories is 'Distinct stories with a quote by the person.';
comment on column marts.articles_per_publisher.stories is 'Articles that are not a copy of an earlier one.';
comment on column marts.articles_per_day.stories is 'Articles that are not a copy of an earlier one.';
