-- The account each enterprise and institution is paid to (all four columns, or none yet).
alter table enterprise add column bank_account_name varchar(200);
alter table enterprise add column bank_name varchar(200);
alter table enterprise add column bank_code varchar(12);
alter table enterprise add column bank_account_number varchar(32);
alter table institution add column bank_account_name varchar(200);
alter table institution add column bank_name varchar(200);
alter table institution add column bank_code varchar(12);
alter table institution add column bank_account_number varchar(32);

-- A finance officer's payment run: the claims it pays, each to the account its payee had when the
-- run was recorded (the file a bank takes in is written from these rows, never from today's accounts).
create table payment_run (
    id          varchar(36)    primary key,
    status      varchar(20)    not null,
    program_id  varchar(36)    not null references program (id),
    region_code varchar(6),
    reference   varchar(100)   not null unique,
    paid_on     date           not null,
    item_count  integer        not null,
    total       numeric(19, 2) not null,
    recorded_by varchar(36)    not null,
    recorded_at timestamp with time zone not null,
    released_by varchar(36),
    released_at timestamp with time zone,
    version     bigint         not null
);
create index payment_run_recorded on payment_run (recorded_at);

-- A claim is in one payment run at most, ever: the unique key is the last line of "paid at most once".
create table payment_run_item (
    run_id              varchar(36)    not null references payment_run (id),
    item_no             integer        not null,
    redemption_id       varchar(36)    not null unique references redemption (id),
    amount              numeric(19, 2) not null,
    payee_type          varchar(20)    not null,
    payee_id            varchar(36)    not null,
    payee_name          varchar(200)   not null,
    bank_account_name   varchar(200)   not null,
    bank_name           varchar(200)   not null,
    bank_code           varchar(12)    not null,
    bank_account_number varchar(32)    not null,
    primary key (run_id, item_no)
);
