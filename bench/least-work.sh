#!/usr/bin/env bash
# The least work any design of the job must do with a drop, step by step, timed with psql
# (docs/benchmarks.md, "the least work"). The benchmark command prints the same total as
# least_s; this script shows each step and the dearer forms it was chosen over.
#
#   bench/least-work.sh DROP_DIR CASE_RESULTS_CSV [PSQL_CONNECTION]
#
# DROP_DIR: a drop made by the benchmark (bench/work/drop-N); CASE_RESULTS_CSV: that drop's
# run's case-results.csv (bench/work/out-N/case-results.csv). PSQL_CONNECTION (default
# "host=127.0.0.1 user=postgres dbname=bench"): a database the application has already run on
# (the column types are read from its tables), whose server can read both files (COPY FROM a
# server-side file). The script's own tables (least_*) are dropped at the end.
set -euo pipefail
if [[ $# -lt 2 || ! -d $1 || ! -f $2 ]]; then
  echo "usage: bench/least-work.sh DROP_DIR CASE_RESULTS_CSV [PSQL_CONNECTION]" >&2
  echo "  DROP_DIR must be a folder of the drop's CSV files and CASE_RESULTS_CSV its run's case-results.csv" \
    "(given: '${1:-}', '${2:-}')" >&2
  exit 2
fi
drop=$(realpath "$1"); results=$(realpath "$2"); connection=${3:-"host=127.0.0.1 user=postgres dbname=bench"}
export PGOPTIONS='-c client_min_messages=warning'
sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$connection" -c "$1" > /dev/null; }
copy_s=0; least_s=0
timed() { # label, step; a label starting with "  (dearer)" is a form not counted in the least work
  local label=$1; shift; local start; start=$(date +%s.%N); "$@"
  local took; took=$(echo "$(date +%s.%N) - $start" | bc)
  [[ $label == " "* ]] || least_s=$(echo "$least_s + $took" | bc)
  printf '%-48s %6.2f s\n' "$label" "$took"
  [[ $copy_s != 0 ]] || copy_s=$took
}
declare -A id=([ssd_person]=pers_person_id [ssd_cin_episodes]=cine_referral_id [ssd_cp_plans]=cppl_cp_plan_id
  [ssd_cin_assessments]=cina_assessment_id [ssd_assessment_factors]=cinf_table_id
  [ext_person_relationship]=rela_relationship_id [ext_agency_events]=evnt_event_id)
declare -A case_key=([ssd_person]=pers_person_id [ssd_cin_episodes]=cine_person_id [ssd_cp_plans]=cppl_person_id
  [ssd_cin_assessments]=cina_person_id [ssd_assessment_factors]=cinf_assessment_id
  [ext_person_relationship]=rela_person_id [ext_agency_events]=evnt_subject_person_id)
references=("ssd_cin_episodes cine_person_id ssd_person" "ssd_cp_plans cppl_person_id ssd_person"
  "ssd_cin_assessments cina_person_id ssd_person" "ext_person_relationship rela_person_id ssd_person"
  "ext_person_relationship rela_related_person_id ssd_person" "ext_agency_events evnt_person_id ssd_person"
  "ext_agency_events evnt_subject_person_id ssd_person" "ssd_assessment_factors cinf_assessment_id ssd_cin_assessments")
cleanup() { for t in "${!id[@]}" results; do sql "drop table if exists least_$t"; done; }
trap cleanup EXIT

for t in "${!id[@]}"; do
  header=$(head -1 "$(ls "$drop"/"$t"*.csv | head -1)" | tr -d '\r\357\273\277')
  columns=$(psql -X -At -d "$connection" -c "select string_agg(c || ' ' || coalesce((select replace(data_type, 'ARRAY', 'text')
    from information_schema.columns where table_name = '$t' and column_name = c), 'text'), ', ')
    from unnest(string_to_array('$header', ',')) c")
  sql "drop table if exists least_$t; create table least_$t ($columns)"
done
sql "drop table if exists least_results; create table least_results (case_id text, team text, criterion text, outcome text, evidence text)"

copy_in() { for f in "$drop"/*.csv; do local t; t=$(basename "$f" .csv); [[ $t == ext_agency_events_* ]] && t=ext_agency_events
  sql "set datestyle = 'ISO, DMY'; copy least_$t ($(head -1 "$f" | tr -d '\r\357\273\277')) from '$f' (format csv, header true)"; done; }
repeated_ids() { for t in "${!id[@]}"; do sql "set work_mem = '256MB'; copy (select ${id[$t]} from least_$t group by 1 having count(*) > 1) to '/dev/null'"; done; }
unique_ids() { for t in "${!id[@]}"; do sql "set maintenance_work_mem = '256MB'; create unique index on least_$t (${id[$t]})"; done; }
unknown_references() { for r in "${references[@]}"; do read -r t column target <<< "$r"
  sql "select count(*) from least_$t t where t.$column is not null and not exists (select 1 from least_$target p where p.${id[$target]} = t.$column)"; done; }
read_once() { for t in "${!id[@]}"; do sql "copy least_$t to '/dev/null'"; done; }
read_in_case_order() { for t in "${!id[@]}"; do sql "set work_mem = '256MB'; copy (select * from least_$t order by ${case_key[$t]}, ${id[$t]}) to '/dev/null'"; done; }
outcomes_in() { sql "copy least_results from '$results' (format csv, header true)"; }
outcomes_out() { sql "copy least_results to '/dev/null' (format csv, header true)"; }
outcomes_out_in_order() { sql "set work_mem = '256MB'; copy (select * from least_results order by case_id, criterion) to '/dev/null' (format csv, header true)"; }

timed "COPY of the drop's files (the yardstick)" copy_in
timed "  (dearer) check 2 by grouping" repeated_ids
timed "check 2: a unique index on each id" unique_ids
timed "check 3: an anti-join per reference" unknown_references
timed "every row read once" read_once
timed "  (dearer) every row read in case order" read_in_case_order
timed "the outcomes stored" outcomes_in
timed "the outcomes written out once" outcomes_out
timed "  (dearer) written out in case order" outcomes_out_in_order
printf '%-48s %6.2f s = %.2f x the COPY\n' "least work (the steps not marked dearer)" "$least_s" "$(echo "$least_s / $copy_s" | bc -l)"
