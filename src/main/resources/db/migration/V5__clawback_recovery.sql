-- What a clawed-back claim's enterprise has paid back so far; the rest is still receivable.
alter table redemption add column recovered_amount numeric(19, 2);
