-- Running balances per book (program, region) and account, kept by the ledger in the same
-- transaction as the entries, under the book's lock. The entries stay the truth: the ledger can
-- check that these agree with their sums at any time (Ledger.integrity). They spare every posting
-- a scan of the whole book, which a national year would make quadratic.
create table ledger_balance (
    program_id  varchar(36)    not null,
    region_code varchar(6)     not null,
    account     varchar(20)    not null,
    balance     numeric(19, 2) not null,
    primary key (program_id, region_code, account)
);

insert into ledger_balance (program_id, region_code, account, balance)
select program_id, region_code, account, sum(amount) from ledger_entry group by program_id, region_code, account;
