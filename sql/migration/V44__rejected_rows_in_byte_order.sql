-- A load's rejected rows are read by file then line with file names in byte order (collate "C":
-- the QA workbook's rejected-rows sheet page by page, rejected-rows.csv, the reference check's
-- "its row at ... was rejected"). The index was in the database's collation, which cannot give
-- that order: every page of the sheet sorted all the load's rejected rows again (with a million
-- rejected rows, most of publishing's time). The index now keeps byte order.
drop index rejected_row_load;
create index rejected_row_load on rejected_row (load_id, file_name collate "C", line_no);
