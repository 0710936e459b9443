-- The children a case file is read for: those with an episode referred on or before the audit
-- date (the audit decides, in Java, who is in the cohort). In byte order of id, the order of every
-- published file and of the other case-*.sql queries that the case file reader merges with this
-- one. :after is the last case id before this range (a restarted step: the last it read; '' at
-- the start); :upTo the last id of the range ('': no end), see case-ranges.sql.
select p.pers_person_id, p.pers_sex, p.pers_dob, p.pers_expected_dob
from ssd_person p
where p.load_id = :loadId
  and p.pers_person_id collate "C" > :after
  and (:upTo = '' or p.pers_person_id collate "C" <= :upTo)
  and exists (select 1 from ssd_cin_episodes e
               where e.load_id = p.load_id and e.cine_person_id = p.pers_person_id
                 and e.cine_referral_date <= :auditDate)
order by p.pers_person_id collate "C"
