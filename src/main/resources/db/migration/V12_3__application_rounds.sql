-- The round of its program an application was submitted in (domain.md, "Cycles and rounds"): the
-- allowance per enterprise counts per round, and the statistics are shown per round. Applications
-- filed before rounds were recorded keep null and count in the round their submission day falls in.
alter table voucher_application add column round_name varchar(200);
