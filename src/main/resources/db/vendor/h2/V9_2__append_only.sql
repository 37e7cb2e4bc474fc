-- H2: the append-only tables refuse UPDATE and DELETE (a Java trigger; H2 has no procedural SQL).
-- Whoever wants to change them must drop the triggers first, which takes DDL rights.
create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'org.innovoucher.shared.persistence.AppendOnlyTrigger';
create trigger ledger_transaction_append_only before update, delete on ledger_transaction
    for each row call 'org.innovoucher.shared.persistence.AppendOnlyTrigger';
create trigger ledger_entry_append_only before update, delete on ledger_entry
    for each row call 'org.innovoucher.shared.persistence.AppendOnlyTrigger';
create trigger ledger_chain_append_only before update, delete on ledger_chain
    for each row call 'org.innovoucher.shared.persistence.AppendOnlyTrigger';
create trigger chain_checkpoint_append_only before update, delete on chain_checkpoint
    for each row call 'org.innovoucher.shared.persistence.AppendOnlyTrigger';

-- a claim is paid once: at most one CLAIM_PAID transaction per claim. H2 has no partial index, so a
-- generated column holds the claim of a payment only (null otherwise, and nulls do not collide).
alter table ledger_transaction add column paid_claim_id varchar(36)
    generated always as (case when type = 'CLAIM_PAID' then reference_id end);
alter table ledger_transaction add constraint ledger_transaction_paid_once unique (paid_claim_id);
