-- The expert pool, the conflicts experts declare, and the panels drawn from it (domain.md, "Expert review").
create table expert (
    id               varchar(36)   primary key,
    user_id          varchar(36)   not null unique references app_user (id),
    name             varchar(200)  not null,
    fields           varchar(1000) not null,
    affiliation_uscc varchar(18),
    region_code      varchar(6)    not null references region (code),
    available        boolean       not null,
    created_at       timestamp with time zone not null,
    version          bigint        not null
);

create table expert_conflict (
    id          varchar(36)   primary key,
    expert_id   varchar(36)   not null references expert (id),
    uscc        varchar(18)   not null,
    reason      varchar(2000) not null,
    declared_on date          not null
);
create index expert_conflict_expert on expert_conflict (expert_id);

-- One panel per drawing; an automatic drawing that found too few experts is kept as UNDRAWN, so the
-- reviewer sees why the file has no panel.
create table review_panel (
    id                  varchar(36)   primary key,
    subject_type        varchar(30)   not null,
    subject_id          varchar(36)   not null,
    region_code         varchar(6)    not null,
    category            varchar(40)   not null,
    party_usccs         varchar(200)  not null,
    title               varchar(200)  not null,
    status              varchar(20)   not null,
    current_round       integer       not null,
    pass_mark           numeric(7, 2) not null,
    second_round_spread numeric(7, 2) not null,
    round_working_days  integer       not null,
    checklist           varchar(4000) not null,
    mean                numeric(7, 2),
    trimmed_mean        numeric(7, 2),
    spread              numeric(7, 2),
    passed              boolean,
    short_by            integer       not null,
    created_on          date          not null,
    created_at          timestamp with time zone not null,
    version             bigint        not null
);
create index review_panel_subject on review_panel (subject_type, subject_id);

create table review_assignment (
    id              varchar(36)   primary key,
    panel_id        varchar(36)   not null references review_panel (id),
    expert_id       varchar(36)   not null references expert (id),
    seat            integer       not null,
    status          varchar(20)   not null,
    assigned_on     date          not null,
    due_on          date          not null,
    declined_reason varchar(2000),
    first_scores    varchar(4000),
    first_total     numeric(7, 2),
    first_comment   varchar(4000),
    first_on        date,
    second_scores   varchar(4000),
    second_total    numeric(7, 2),
    second_comment  varchar(4000),
    second_on       date
);
create index review_assignment_panel on review_assignment (panel_id);
create index review_assignment_expert on review_assignment (expert_id, status);
