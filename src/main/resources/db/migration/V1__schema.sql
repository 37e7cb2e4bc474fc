-- innovoucher schema. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- shared: reference data, calendar, idempotency, event publication registry
create table region (
    code        varchar(6)   primary key,
    name        varchar(100) not null,
    name_en     varchar(100) not null,
    level       varchar(10)  not null,
    parent_code varchar(6)   references region (code)
);

create table calendar_day (
    calendar_date date    primary key,
    calendar_year integer not null,
    working       boolean not null
);
create index calendar_day_year on calendar_day (calendar_year);

create table idempotency_record (
    scope_key    varchar(300) primary key,
    request_hash varchar(64)  not null,
    status       integer,
    content_type varchar(200),
    body         text,
    created_at   timestamp with time zone not null
);

create table event_publication (
    id               uuid          not null primary key,
    listener_id      varchar(512)  not null,
    event_type       varchar(512)  not null,
    serialized_event varchar(4000) not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- identity
create table app_user (
    id             varchar(36)  primary key,
    username       varchar(64)  not null unique,
    password_hash  varchar(100) not null,
    email          varchar(200) not null,
    roles          varchar(300) not null,
    region_code    varchar(6)   references region (code),
    enterprise_id  varchar(36),
    institution_id varchar(36),
    enabled        boolean      not null,
    created_at     timestamp with time zone not null,
    version        bigint       not null
);

-- audit: a hash chain, serialised through its head row
create table audit_head (
    id        integer primary key,
    last_seq  bigint  not null,
    last_hash varchar(64) not null
);
insert into audit_head (id, last_seq, last_hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table audit_entry (
    seq         bigint       primary key,
    at          timestamp with time zone not null,
    actor       varchar(64)  not null,
    action      varchar(64)  not null,
    entity_type varchar(40)  not null,
    entity_id   varchar(36)  not null,
    from_state  varchar(40),
    to_state    varchar(40),
    reason      varchar(2000),
    prev_hash   varchar(64)  not null,
    hash        varchar(64)  not null
);
create index audit_entry_entity on audit_entry (entity_type, entity_id);

-- enterprise
create table enterprise (
    id                   varchar(36)  primary key,
    uscc                 varchar(18)  not null unique,
    name                 varchar(200) not null,
    region_code          varchar(6)   not null references region (code),
    size_class           varchar(10)  not null,
    industry             varchar(100) not null,
    tech_sme_number      varchar(40),
    legal_representative varchar(100) not null,
    contact_phone        varchar(40)  not null,
    related_parties      varchar(2000) not null,
    status               varchar(20)  not null,
    banned_until         date,
    created_at           timestamp with time zone not null,
    version              bigint       not null
);
create index enterprise_region on enterprise (region_code);

create table agency_delegation (
    id             varchar(36) primary key,
    enterprise_id  varchar(36) not null references enterprise (id),
    agency_user_id varchar(36) not null references app_user (id),
    active         boolean     not null,
    granted_at     timestamp with time zone not null,
    revoked_at     timestamp with time zone,
    version        bigint      not null
);
create index agency_delegation_agency on agency_delegation (agency_user_id, enterprise_id);

-- institution and its service catalog
create table institution (
    id              varchar(36)   primary key,
    uscc            varchar(18)   not null unique,
    name            varchar(200)  not null,
    region_code     varchar(6)    not null references region (code),
    type            varchar(30)   not null,
    categories      varchar(1000) not null,
    qualifications  varchar(1000) not null,
    related_parties varchar(2000) not null,
    status          varchar(20)   not null,
    status_reason   varchar(2000),
    created_at      timestamp with time zone not null,
    version         bigint        not null
);

create table service_item (
    id             varchar(36)   primary key,
    institution_id varchar(36)   not null references institution (id),
    title          varchar(200)  not null,
    category       varchar(40)   not null,
    description    varchar(4000) not null,
    price          numeric(19, 2) not null,
    price_unit     varchar(40)   not null,
    lead_time_days integer       not null,
    standards      varchar(1000),
    active         boolean       not null,
    created_at     timestamp with time zone not null,
    version        bigint        not null
);
create index service_item_institution on service_item (institution_id);

-- policy
create table program (
    id              varchar(36)  primary key,
    name            varchar(200) not null,
    region_code     varchar(6)   not null references region (code),
    program_year    integer      not null,
    status          varchar(20)  not null,
    current_version integer      not null,
    created_at      timestamp with time zone not null,
    version         bigint       not null
);

create table program_version (
    id         varchar(36)    primary key,
    program_id varchar(36)    not null references program (id),
    version_no integer        not null,
    rules      varchar(100000) not null,
    created_at timestamp with time zone not null,
    unique (program_id, version_no)
);

-- one row per region with a budget: also the lock every posting to that book takes
create table program_budget (
    program_id  varchar(36)    not null references program (id),
    region_code varchar(6)     not null references region (code),
    amount      numeric(19, 2) not null,
    version     bigint         not null,
    primary key (program_id, region_code)
);

-- ledger: append-only, balanced
create table ledger_transaction (
    id             varchar(36)  primary key,
    program_id     varchar(36)  not null,
    type           varchar(40)  not null,
    reference_type varchar(40)  not null,
    reference_id   varchar(36)  not null,
    posted_at      timestamp with time zone not null,
    memo           varchar(500)
);
create index ledger_transaction_reference on ledger_transaction (reference_type, reference_id);

create table ledger_entry (
    id             bigint generated by default as identity primary key,
    transaction_id varchar(36)    not null references ledger_transaction (id),
    program_id     varchar(36)    not null,
    region_code    varchar(6)     not null,
    account        varchar(20)    not null,
    amount         numeric(19, 2) not null
);
create index ledger_entry_book on ledger_entry (program_id, region_code, account);

-- voucher
create sequence voucher_serial_seq start with 1;

create table voucher_application (
    id                 varchar(36)    primary key,
    program_id         varchar(36)    not null references program (id),
    program_version    integer        not null,
    enterprise_id      varchar(36)    not null references enterprise (id),
    region_code        varchar(6)     not null,
    denomination       numeric(19, 2) not null,
    purpose            varchar(2000)  not null,
    service_categories varchar(1000)  not null,
    status             varchar(20)    not null,
    submitted_on       date,
    review_due_on      date,
    decided_on         date,
    decision_reason    varchar(2000),
    voucher_id         varchar(36),
    created_by         varchar(36)    not null,
    created_at         timestamp with time zone not null,
    version            bigint         not null
);
create index voucher_application_enterprise on voucher_application (enterprise_id, program_id);

create table voucher (
    id                 varchar(36)    primary key,
    serial_number      varchar(30)    not null unique,
    program_id         varchar(36)    not null references program (id),
    program_version    integer        not null,
    application_id     varchar(36)    not null unique,
    enterprise_id      varchar(36)    not null references enterprise (id),
    region_code        varchar(6)     not null,
    budget_region_code varchar(6)     not null,
    face_value         numeric(19, 2) not null,
    balance            numeric(19, 2) not null,
    status             varchar(20)    not null,
    issued_on          date           not null,
    valid_until        date           not null,
    created_at         timestamp with time zone not null,
    version            bigint         not null
);
create index voucher_enterprise on voucher (enterprise_id);
create index voucher_expiry on voucher (status, valid_until);

-- marketplace
create table contract (
    id             varchar(36)    primary key,
    enterprise_id  varchar(36)    not null references enterprise (id),
    institution_id varchar(36)    not null references institution (id),
    service_id     varchar(36),
    voucher_id     varchar(36)    not null references voucher (id),
    title          varchar(200)   not null,
    category       varchar(40)    not null,
    amount         numeric(19, 2) not null,
    signed_on      date           not null,
    status         varchar(20)    not null,
    reason         varchar(2000),
    created_at     timestamp with time zone not null,
    version        bigint         not null
);

-- redemption
create table redemption (
    id                  varchar(36)    primary key,
    contract_id         varchar(36)    not null references contract (id),
    voucher_id          varchar(36)    not null references voucher (id),
    enterprise_id       varchar(36)    not null references enterprise (id),
    institution_id      varchar(36)    not null references institution (id),
    program_id          varchar(36)    not null references program (id),
    region_code         varchar(6)     not null,
    budget_region_code  varchar(6)     not null,
    paid_amount         numeric(19, 2) not null,
    voucher_part        numeric(19, 2) not null,
    payable_amount      numeric(19, 2) not null,
    bound_amount        numeric(19, 2),
    bound_voucher_part  numeric(19, 2),
    approved_amount     numeric(19, 2),
    result_summary      varchar(4000)  not null,
    invention_patents   integer not null,
    utility_models      integer not null,
    design_patents      integer not null,
    trademarks          integer not null,
    software_copyrights integer not null,
    new_products        integer not null,
    test_reports        integer not null,
    status              varchar(30)    not null,
    claim_year          integer        not null,
    submitted_on        date,
    confirm_due_on      date,
    confirmed_on        date,
    review_due_on       date,
    decided_on          date,
    notice_id           varchar(36),
    notice_ends_on      date,
    paid_on             date,
    payment_reference   varchar(100),
    reason              varchar(2000),
    created_by          varchar(36)    not null,
    created_at          timestamp with time zone not null,
    version             bigint         not null
);
create index redemption_enterprise_year on redemption (enterprise_id, claim_year);
create index redemption_voucher on redemption (voucher_id);
create index redemption_contract on redemption (contract_id);

create table redemption_attachment (
    id            varchar(36)  primary key,
    redemption_id varchar(36)  not null references redemption (id),
    kind          varchar(20)  not null,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size          bigint       not null,
    sha256        varchar(64)  not null,
    uploaded_by   varchar(36)  not null,
    uploaded_at   timestamp with time zone not null
);
create index redemption_attachment_redemption on redemption_attachment (redemption_id);

create table public_notice (
    id          varchar(36) primary key,
    region_code varchar(6)  not null references region (code),
    starts_on   date        not null,
    ends_on     date        not null,
    status      varchar(20) not null,
    created_at  timestamp with time zone not null,
    closed_at   timestamp with time zone,
    version     bigint      not null
);

create table public_notice_item (
    notice_id        varchar(36)    not null references public_notice (id),
    redemption_id    varchar(36)    not null references redemption (id),
    enterprise_name  varchar(200)   not null,
    institution_name varchar(200)   not null,
    amount           numeric(19, 2) not null,
    primary key (notice_id, redemption_id)
);

create table objection (
    id            varchar(36)   primary key,
    notice_id     varchar(36)   not null references public_notice (id),
    redemption_id varchar(36)   not null references redemption (id),
    name          varchar(100)  not null,
    contact       varchar(200)  not null,
    reason        varchar(4000) not null,
    status        varchar(20)   not null,
    note          varchar(4000),
    filed_at      timestamp with time zone not null,
    resolved_at   timestamp with time zone,
    resolved_by   varchar(64),
    version       bigint        not null
);
create index objection_redemption on objection (redemption_id);
