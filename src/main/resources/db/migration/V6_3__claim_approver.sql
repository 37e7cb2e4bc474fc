-- Separation of duties (domain.md): the person who approved a claim never records its payment, so
-- the claim keeps who approved it. Claims approved before this have no approver on record.
alter table redemption add column approved_by varchar(36);
