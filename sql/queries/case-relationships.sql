-- Every relationship of the load with the related person's sex (null when the related person is
-- not known), by child id then relationship id in byte order (see case-persons.sql).
select r.rela_person_id, r.rela_relationship_id, r.rela_related_person_id, rp.pers_sex,
       r.rela_relationship_type, r.rela_lives_with_child, r.rela_start_date, r.rela_end_date
from ext_person_relationship r
left join ssd_person rp on rp.load_id = r.load_id and rp.pers_person_id = r.rela_related_person_id
where r.load_id = :loadId
  and r.rela_person_id collate "C" > :after
  and (:upTo = '' or r.rela_person_id collate "C" <= :upTo)
order by r.rela_person_id collate "C", r.rela_relationship_id collate "C"
