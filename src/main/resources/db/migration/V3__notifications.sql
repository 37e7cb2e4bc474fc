-- notification: what each party is told, in the application and by email
create table notification (
    id                varchar(36)   primary key,
    recipient_user_id varchar(36)   not null references app_user (id),
    recipient_email   varchar(200)  not null,
    kind              varchar(40)   not null,
    subject           varchar(300)  not null,
    body              varchar(4000) not null,
    entity_type       varchar(40)   not null,
    entity_id         varchar(36)   not null,
    due_on            date,
    email_status      varchar(20)   not null,
    created_at        timestamp with time zone not null,
    read_at           timestamp with time zone,
    version           bigint        not null
);
create index notification_recipient on notification (recipient_user_id, created_at);
