-- When a catalog item or an institution last changed: every application instance keeps its own
-- search index and catches up with the other instances' writes by reading what changed since.
alter table service_item add column changed_at timestamp with time zone default current_timestamp not null;
alter table institution add column changed_at timestamp with time zone default current_timestamp not null;
create index service_item_changed on service_item (changed_at);
create index institution_changed on institution (changed_at);
