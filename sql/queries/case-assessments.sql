-- Every assessment of the load with the distinct factor codes of its factor rows ('{}' when it
-- has none), by child id then assessment id in byte order (see case-persons.sql). The factors
-- are looked up per assessment (the factors' assessment-id index), so each range of a
-- partitioned scoring step reads only its own assessments' factors.
select a.cina_person_id, a.cina_assessment_id, a.cina_assessment_start_date, a.cina_assessment_auth_date,
       coalesce(f.codes, '{}')
from ssd_cin_assessments a
left join lateral (select array_agg(distinct code) as codes
                     from ssd_assessment_factors af, unnest(af.cinf_factors) as code
                    where af.load_id = :loadId and af.cinf_assessment_id = a.cina_assessment_id) f on true
where a.load_id = :loadId
  and a.cina_person_id collate "C" > :after
  and (:upTo = '' or a.cina_person_id collate "C" <= :upTo)
order by a.cina_person_id collate "C", a.cina_assessment_id collate "C"
