-- Innovation and entrepreneurship teams without a legal person (domain.md, "The parties"): no USCC,
-- known by their leader's identity number, with their members' names.
alter table enterprise alter column uscc drop not null;
alter table enterprise add column kind varchar(12) default 'ENTERPRISE' not null;
alter table enterprise add column leader_id_number varchar(18);
alter table enterprise add column members varchar(4000);
create unique index enterprise_team_leader on enterprise (leader_id_number);
