-- One row per child that has an episode referred on or before the audit date: the person and,
-- as JSON arrays, everything the load holds about them. The audit decides, in Java, who is in the
-- cohort and what counts at the audit date; this query only gathers. Ordered by case id in byte
-- order, which is the order of every published file.
select p.pers_person_id as id,
       p.pers_sex as sex,
       p.pers_dob as dob,
       p.pers_expected_dob as expected_dob,
       (select coalesce(json_agg(json_build_object(
                   'referralId', e.cine_referral_id, 'referralDate', e.cine_referral_date,
                   'closeDate', e.cine_close_date, 'team', e.cine_referral_team)
                   order by e.cine_referral_id collate "C"), '[]')
          from ssd_cin_episodes e
         where e.load_id = p.load_id and e.cine_person_id = p.pers_person_id) as episodes,
       (select coalesce(json_agg(json_build_object(
                   'id', r.rela_relationship_id, 'relatedPersonId', r.rela_related_person_id,
                   'relatedPersonSex', rp.pers_sex, 'type', r.rela_relationship_type,
                   'livesWithChild', r.rela_lives_with_child, 'startDate', r.rela_start_date,
                   'endDate', r.rela_end_date)
                   order by r.rela_relationship_id collate "C"), '[]')
          from ext_person_relationship r
          left join ssd_person rp on rp.load_id = r.load_id and rp.pers_person_id = r.rela_related_person_id
         where r.load_id = p.load_id and r.rela_person_id = p.pers_person_id) as relationships,
       (select coalesce(json_agg(json_build_object(
                   'id', v.evnt_event_id, 'subjectPersonId', v.evnt_subject_person_id,
                   'agency', v.evnt_agency, 'type', v.evnt_event_type, 'eventDate', v.evnt_event_date,
                   'recordedDate', v.evnt_recorded_date, 'completed', v.evnt_outcome = 'COMPLETED',
                   'reason', v.evnt_reason)
                   order by v.evnt_event_id collate "C"), '[]')
          from ext_agency_events v
         where v.load_id = p.load_id and v.evnt_person_id = p.pers_person_id) as events,
       (select coalesce(json_agg(json_build_object(
                   'id', c.cppl_cp_plan_id, 'startDate', c.cppl_cp_plan_start_date,
                   'endDate', c.cppl_cp_plan_end_date)
                   order by c.cppl_cp_plan_id collate "C"), '[]')
          from ssd_cp_plans c
         where c.load_id = p.load_id and c.cppl_person_id = p.pers_person_id) as plans,
       (select coalesce(json_agg(json_build_object(
                   'id', a.cina_assessment_id, 'startDate', a.cina_assessment_start_date,
                   'authDate', a.cina_assessment_auth_date,
                   'factors', (select coalesce(array_agg(distinct f.code order by f.code), '{}')
                                 from ssd_assessment_factors af, unnest(af.cinf_factors) as f(code)
                                where af.load_id = a.load_id and af.cinf_assessment_id = a.cina_assessment_id))
                   order by a.cina_assessment_id collate "C"), '[]')
          from ssd_cin_assessments a
         where a.load_id = p.load_id and a.cina_person_id = p.pers_person_id) as assessments
from ssd_person p
where p.load_id = :loadId
  and exists (select 1 from ssd_cin_episodes e
               where e.load_id = p.load_id and e.cine_person_id = p.pers_person_id
                 and e.cine_referral_date <= :auditDate)
order by p.pers_person_id collate "C"
