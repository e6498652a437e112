-- Saved scenario files and finished campaign runs. Plain SQL that H2 and PostgreSQL both read.
CREATE TABLE scenario (
  id          VARCHAR(36)  PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  description VARCHAR(2000) NOT NULL,
  created     TIMESTAMP    NOT NULL,
  yaml        TEXT         NOT NULL
);
CREATE TABLE campaign_run (
  id        VARCHAR(36)  PRIMARY KEY,
  created   TIMESTAMP    NOT NULL,
  finished  TIMESTAMP    NOT NULL,
  posture   VARCHAR(100) NOT NULL,
  runs      INTEGER      NOT NULL,
  seed      BIGINT       NOT NULL,
  request   TEXT         NOT NULL,
  result    TEXT         NOT NULL
);
CREATE INDEX scenario_created ON scenario (created);
CREATE INDEX campaign_run_created ON campaign_run (created);
