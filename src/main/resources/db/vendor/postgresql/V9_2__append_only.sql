-- PostgreSQL: the append-only tables refuse UPDATE, DELETE and TRUNCATE. Whoever wants to change
-- them must disable the triggers first, which takes the table owner's or a superuser's rights.
create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'table % is append-only: % refused', tg_table_name, tg_op
        using errcode = 'integrity_constraint_violation';
end
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute procedure refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute procedure refuse_change();
create trigger ledger_transaction_append_only before update or delete on ledger_transaction
    for each row execute procedure refuse_change();
create trigger ledger_transaction_no_truncate before truncate on ledger_transaction
    for each statement execute procedure refuse_change();
create trigger ledger_entry_append_only before update or delete on ledger_entry
    for each row execute procedure refuse_change();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute procedure refuse_change();
create trigger ledger_chain_append_only before update or delete on ledger_chain
    for each row execute procedure refuse_change();
create trigger ledger_chain_no_truncate before truncate on ledger_chain
    for each statement execute procedure refuse_change();
create trigger chain_checkpoint_append_only before update or delete on chain_checkpoint
    for each row execute procedure refuse_change();
create trigger chain_checkpoint_no_truncate before truncate on chain_checkpoint
    for each statement execute procedure refuse_change();

-- a claim is paid once: at most one CLAIM_PAID transaction per claim
create unique index ledger_transaction_paid_once on ledger_transaction (reference_id) where type = 'CLAIM_PAID';
