-- portal articles (content module): Markdown per language, optionally per program
create table article (
    id           varchar(36)    primary key,
    kind         varchar(30)    not null,
    lang         varchar(10)    not null,
    title        varchar(200)   not null,
    body         varchar(100000) not null,
    program_id   varchar(36)    references program (id),
    region_code  varchar(6)     not null,
    status       varchar(20)    not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    published_at timestamp with time zone,
    version      bigint         not null
);
-- the public lists: published, by language, newest first; and a program's articles
create index article_published on article (status, lang, published_at);
create index article_program on article (program_id, status, published_at);
