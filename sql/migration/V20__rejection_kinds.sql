-- The kind of each rejection: which column of the format broke which rule (e.g.
-- pers_dob:not_a_date; several joined by ';'), kept beside its reason. The board pack groups
-- rejections by kind, never by their text, which quotes values from the drop. Rows rejected
-- before this column existed have none, and are shown as not classified.
alter table rejected_row add column reason_kind text;
