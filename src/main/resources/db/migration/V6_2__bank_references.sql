-- Every bank reference recorded for a claim (its payment, the recoveries after a clawback), once:
-- a reference posted again for the same claim is refused (DUPLICATE_REFERENCE), so money that came
-- in or went out once is never booked twice. The primary key is the last line of that defence.
create table redemption_reference (
    redemption_id varchar(36)    not null references redemption (id),
    reference     varchar(100)   not null,
    kind          varchar(20)    not null,
    amount        numeric(19, 2) not null,
    recorded_on   date           not null,
    recorded_by   varchar(36)    not null,
    recorded_at   timestamp with time zone not null,
    primary key (redemption_id, reference)
);

-- the references recorded so far: payments on their claims, recoveries in the ledger's memo (a
-- recovery already posted twice is kept once, with the sum of what moved)
insert into redemption_reference (redemption_id, reference, kind, amount, recorded_on, recorded_by, recorded_at)
select id, payment_reference, 'PAYMENT', approved_amount, paid_on, 'migration', current_timestamp
  from redemption where payment_reference is not null and paid_on is not null and approved_amount is not null;

insert into redemption_reference (redemption_id, reference, kind, amount, recorded_on, recorded_by, recorded_at)
select t.reference_id, t.memo, 'RECOVERY', sum(e.amount), cast(min(t.posted_at) as date), 'migration', current_timestamp
  from ledger_transaction t join ledger_entry e on e.transaction_id = t.id and e.account = 'AVAILABLE'
 where t.type = 'CLAWBACK_RECOVERED' and t.reference_type = 'REDEMPTION' and t.memo is not null
   and not exists (select 1 from redemption_reference r where r.redemption_id = t.reference_id and r.reference = t.memo)
 group by t.reference_id, t.memo;
