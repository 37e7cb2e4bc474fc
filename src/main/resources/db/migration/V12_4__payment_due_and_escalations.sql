-- Every deadline tracked (issue 10). A claim ready for payment keeps the day it must be paid by (the
-- program's payment working days after it became payable); claims made payable before this version
-- have none and are dated from their notice's end where they are shown.
alter table redemption add column payment_due_on date;
create index redemption_payment_due on redemption (status, payment_due_on);

-- Each step that ran past its due date is escalated to the region's supervisors once: the row is
-- written in the transaction that writes their notifications, and its key refuses a second one.
-- A step dated again (a claim reopened to review) is a new deadline and may be escalated again.
create table deadline_escalation (
    subject_type varchar(40)              not null,
    subject_id   varchar(36)              not null,
    step         varchar(40)              not null,
    due_on       date                     not null,
    region_code  varchar(6)               not null,
    escalated_at timestamp with time zone not null,
    recipients   integer                  not null,
    primary key (subject_type, subject_id, step, due_on)
);
create index deadline_escalation_region on deadline_escalation (region_code, escalated_at);
