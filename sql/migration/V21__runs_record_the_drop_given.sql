-- The drop folder a run was given and that drop's warnings (ignored files, folders and columns, an
-- empty ssd_person): a run may reuse the load of an earlier drop with the same files, found in
-- another folder and with other files beside them, and its manifest describes its own drop.
-- Null for runs made before; their manifests fall back to the load's.
alter table audit_run add column drop_folder text, add column warnings text[];
