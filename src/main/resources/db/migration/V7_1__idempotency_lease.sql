-- shared: the request carrying out an Idempotency-Key holds it on a lease; a key left in progress by
-- a crash may be taken over once the lease is over (IdempotencyFilter). Rows without a lease (from
-- before) count as abandoned.
alter table idempotency_record add column lease_until timestamp with time zone;
alter table idempotency_record add column lease_owner varchar(36);
