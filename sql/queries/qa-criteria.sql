-- The criteria of a run, in tool order: one outcome/evidence column pair each in the QA findings workbook.
select criterion
from criterion_summary
where run_id = :runId
order by criterion_seq
