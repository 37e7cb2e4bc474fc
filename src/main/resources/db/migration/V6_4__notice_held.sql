-- A notice whose objections are not all resolved does not close. The scheduler then holds it and
-- tells the region's operators, once a day, from the day it first found it held.
alter table public_notice add column held_reported_on date;
