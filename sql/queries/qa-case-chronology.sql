-- A case's chronology: every record of load :load about the baby (:case) and about
-- each person the baby's relationships name (its household), one row each, in date order
-- (records without a date first), then by kind and id. Columns a to e are the kind's own
-- fields (Chronology reads them). Each branch reads its table's partition of the load, named
-- directly (ssd_person_load_<id> for ssd_person: planning a read of the partitioned table
-- costs more the more loads it holds), through the index on the column naming the person (or
-- assessment), then the id.
with people as (
    select cast(:case as text) collate "C" as person_id
    union
    select r.rela_related_person_id from {ext_person_relationship} r
    where r.load_id = :load and r.rela_person_id = :case and r.rela_related_person_id is not null
),
records as (
    select 1 as kind_order, 'PERSON' as kind, p.pers_person_id as record_id, p.pers_person_id as person_id,
           coalesce(p.pers_dob, p.pers_expected_dob) as on_date, null::date as second_date,
           case when p.pers_dob is null and p.pers_expected_dob is not null then 'EXPECTED' else 'BORN' end as a,
           p.pers_sex as b, null as c, null as d, null as e
    from {ssd_person} p join people x on p.pers_person_id = x.person_id where p.load_id = :load
    union all
    select 2, 'EPISODE', e.cine_referral_id, e.cine_person_id, e.cine_referral_date, e.cine_close_date,
           e.cine_referral_team, e.cine_referral_source_code, null, null, null
    from {ssd_cin_episodes} e join people x on e.cine_person_id = x.person_id where e.load_id = :load
    union all
    select 3, 'ASSESSMENT', a.cina_assessment_id, a.cina_person_id, a.cina_assessment_start_date,
           a.cina_assessment_auth_date, a.cina_referral_id,
           (select string_agg(array_to_string(f.cinf_factors, ', '), '; ' order by f.cinf_table_id)
            from {ssd_assessment_factors} f
            where f.load_id = :load and f.cinf_assessment_id = a.cina_assessment_id), null, null, null
    from {ssd_cin_assessments} a join people x on a.cina_person_id = x.person_id where a.load_id = :load
    union all
    select 4, 'PLAN', c.cppl_cp_plan_id, c.cppl_person_id, c.cppl_cp_plan_start_date, c.cppl_cp_plan_end_date,
           c.cppl_cp_plan_initial_category, c.cppl_referral_id, null, null, null
    from {ssd_cp_plans} c join people x on c.cppl_person_id = x.person_id where c.load_id = :load
    union all
    select 5, 'RELATIONSHIP', r.rela_relationship_id, r.rela_person_id, r.rela_start_date, r.rela_end_date,
           r.rela_relationship_type, r.rela_related_person_id,
           case when r.rela_lives_with_child then 'Y' else 'N' end, null, null
    from {ext_person_relationship} r join people x on r.rela_person_id = x.person_id where r.load_id = :load
    union all
    select 6, 'EVENT', v.evnt_event_id, v.evnt_person_id, v.evnt_event_date, v.evnt_recorded_date,
           v.evnt_event_type, v.evnt_agency, v.evnt_outcome, v.evnt_subject_person_id, v.evnt_reason
    from {ext_agency_events} v join people x on v.evnt_person_id = x.person_id where v.load_id = :load
)
select kind, record_id, person_id, on_date, second_date, a, b, c, d, e
from records
order by on_date nulls first, kind_order, record_id
