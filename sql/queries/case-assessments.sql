-- Every assessment of the load with the distinct factor codes of its factor rows ('{}' when it
-- has none), by child id then assessment id in byte order (see case-persons.sql).
select a.cina_person_id, a.cina_assessment_id, a.cina_assessment_start_date, a.cina_assessment_auth_date,
       coalesce(f.codes, '{}')
from ssd_cin_assessments a
left join (select af.cinf_assessment_id, array_agg(distinct code) as codes
             from ssd_assessment_factors af, unnest(af.cinf_factors) as code
            where af.load_id = :loadId
            group by af.cinf_assessment_id) f on f.cinf_assessment_id = a.cina_assessment_id
where a.load_id = :loadId
  and a.cina_person_id collate "C" > :after
  and (:upTo = '' or a.cina_person_id collate "C" <= :upTo)
order by a.cina_person_id collate "C", a.cina_assessment_id collate "C"
