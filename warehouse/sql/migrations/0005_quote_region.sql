-- Quotes in the title: where a quote stands, the title or the body.
alter table core.quote add column region varchar;
update core.quote set region = 'body';
comment on column core.quote.region is 'Where the quote stands: body (a body paragraph) or title (the headline, paragraph_index -1).';
comment on column core.quote.paragraph_index is 'Index of the body paragraph holding the quote, 0-based; -1 for a quote in the title (region title).';
