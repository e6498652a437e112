-- Before Flyway, Bulwark recorded the schema's version in schema_version. Flyway has adopted such
-- a database by baselining it at that version; its own history now says the same, so the old
-- table goes. A database made under Flyway never had it.
DROP TABLE IF EXISTS schema_version;
