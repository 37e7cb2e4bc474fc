-- The whole country as a region code staff accounts may name (domain.md, "Accounts": a national
-- account names the country, 000000, explicitly). It is not part of the province tree.
insert into region (code, name, name_en, level, parent_code) values ('000000', '全国', 'China', 'COUNTRY', null);

-- Staff accounts that named no region were national by omission: they now say so.
update app_user set region_code = '000000'
 where region_code is null
   and (roles like '%SYSTEM_ADMIN%' or roles like '%POLICY_ADMIN%' or roles like '%OPERATOR%'
        or roles like '%BUREAU_REVIEWER%' or roles like '%FINANCE_OFFICER%' or roles like '%SUPERVISOR%');

-- Tokens carry the account's token version; disabling, a change of roles or region and a new
-- password bump it, so earlier tokens stop working at once.
alter table app_user add column token_version bigint not null default 0;
