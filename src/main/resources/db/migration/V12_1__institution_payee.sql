-- Who files and is paid for a claim (domain.md, "Two ways to redeem"): kept on the claim, as its
-- voucher's program version said when it was drafted. Null on older claims: the enterprise.
alter table redemption add column payee varchar(20);

-- the institution's stamped confirmation letter is a kind of its own (INSTITUTION_CONFIRMATION)
alter table redemption_attachment alter column kind set data type varchar(40);

-- the public notice names who is paid
alter table public_notice_item add column payee_type varchar(20);
