-- The annual cap's year (domain.md): a claim counts in the calendar year its amount was bound, the
-- institution's confirmation, and the cap is checked against that same year. Until now the year was
-- taken at creation and submission, so a claim submitted in December and confirmed in January was
-- checked against the new year but counted in the old one. The bound year replaces it.
alter table redemption add column bound_year integer;
update redemption set bound_year = extract(year from confirmed_on)
 where bound_amount is not null and confirmed_on is not null;
drop index redemption_enterprise_year;
alter table redemption drop column claim_year;
create index redemption_enterprise_bound_year on redemption (enterprise_id, bound_year);
