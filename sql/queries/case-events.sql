-- Every agency event of the load, by child id then event id in byte order (see case-persons.sql).
select v.evnt_person_id, v.evnt_event_id, v.evnt_subject_person_id, v.evnt_agency, v.evnt_event_type,
       v.evnt_event_date, v.evnt_recorded_date, v.evnt_outcome = 'COMPLETED', v.evnt_reason
from ext_agency_events v
where v.load_id = :loadId
  and v.evnt_person_id collate "C" > :after
  and (:upTo = '' or v.evnt_person_id collate "C" <= :upTo)
order by v.evnt_person_id collate "C", v.evnt_event_id collate "C"
