-- Every episode of the load, by child id then referral id in byte order (see case-persons.sql).
select e.cine_person_id, e.cine_referral_id, e.cine_referral_date, e.cine_close_date, e.cine_referral_team
from ssd_cin_episodes e
where e.load_id = :loadId
  and e.cine_person_id collate "C" > :after
  and (:upTo = '' or e.cine_person_id collate "C" <= :upTo)
order by e.cine_person_id collate "C", e.cine_referral_id collate "C"
