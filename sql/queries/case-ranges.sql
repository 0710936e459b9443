-- The scoring step's partitions: the cohort of case-persons.sql cut into :parts ranges of nearly
-- equal size in byte order of id, each given by its last id (range i holds the ids after range
-- i - 1's last id, up to and including its own). Fewer rows than :parts gives fewer ranges.
select max(c.pers_person_id collate "C") as last_id
from (select p.pers_person_id, ntile(:parts) over (order by p.pers_person_id collate "C") as part
        from ssd_person p
       where p.load_id = :loadId
         and exists (select 1 from ssd_cin_episodes e
                      where e.load_id = p.load_id and e.cine_person_id = p.pers_person_id
                        and e.cine_referral_date <= :auditDate)) c
group by c.part
order by c.part
