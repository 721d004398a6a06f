-- Dateline store, schema version 2 (PRAGMA user_version = 2,
-- PRAGMA application_id = 0x44544c4e, "DTLN").
--
-- Times are UTC integers YYYYMMDDHHMMSS (GDELT's DATEADDED form); dates are
-- integers YYYYMMDD, so they sort and compare as numbers; spans are byte
-- offsets into documents.text (the clean body), half-open.

-- One row per distinct article. content_hash (a digest of the clean title
-- and body) is the identity: the same article ingested again, under any id
-- or from any file, adds nothing.
CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,
    content_hash    TEXT    NOT NULL UNIQUE,
    doc_id          TEXT    NOT NULL,   -- the id ingest gave (path, JSON id, reuters-N)
    source          TEXT,               -- publisher or agency as given
    title           TEXT,
    url             TEXT,
    pub_date        INTEGER,            -- YYYYMMDD
    dateline_place  TEXT,
    dateline_date   INTEGER,            -- YYYYMMDD
    dateline_agency TEXT,
    language        TEXT,               -- ISO 639-1 ('en'); NULL when not told (version 2)
    text            TEXT    NOT NULL,   -- clean body; all spans index into it
    sentence_count  INTEGER NOT NULL CHECK (sentence_count >= 0),
    first_seen      INTEGER NOT NULL    -- YYYYMMDDHHMMSS
);
CREATE INDEX documents_doc_id ON documents (doc_id);
-- Version 1 databases are upgraded in place by adding the language column
-- (see MIGRATIONS in mod.rs); their documents keep NULL.

-- Sentence boundaries, so an event's evidence can be cut from the text.
CREATE TABLE sentences (
    doc        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL CHECK (idx >= 0),
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    PRIMARY KEY (doc, idx),
    CHECK (0 <= span_start AND span_start <= span_end)
) WITHOUT ROWID;

-- Coded events. id is GDELT's GLOBALEVENTID on export; AUTOINCREMENT so an
-- id is never reused even if rows are deleted.
CREATE TABLE events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    doc            INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence       INTEGER NOT NULL CHECK (sentence >= 0),
    date           INTEGER,             -- YYYYMMDD; NULL when nothing dated it
    date_precision TEXT    NOT NULL CHECK (date_precision IN ('day', 'month', 'year')),
    source_code    TEXT    NOT NULL,
    source_text    TEXT    NOT NULL,
    source_start   INTEGER NOT NULL,
    source_end     INTEGER NOT NULL,
    target_code    TEXT    NOT NULL,
    target_text    TEXT    NOT NULL,
    target_start   INTEGER NOT NULL,
    target_end     INTEGER NOT NULL,
    code           TEXT    NOT NULL,    -- CAMEO, leading zeros kept ('0312')
    root           TEXT    NOT NULL,
    base           TEXT    NOT NULL,
    -- NULL for codes outside CAMEO (peer dictionaries' own codes).
    quad_class     INTEGER CHECK (quad_class BETWEEN 1 AND 4),
    goldstein      REAL    CHECK (goldstein BETWEEN -10 AND 10),
    plover         TEXT,
    verb_text      TEXT    NOT NULL,
    verb_start     INTEGER NOT NULL,
    verb_end       INTEGER NOT NULL,
    rule           TEXT    NOT NULL,    -- dictionary pattern id, file:line
    pattern        TEXT    NOT NULL,
    added          INTEGER NOT NULL     -- YYYYMMDDHHMMSS
);
-- Query shapes: by date range (and the default order date, id), by actor
-- code prefix on either side, by CAMEO code prefix, by document.
CREATE INDEX events_date   ON events (date);
CREATE INDEX events_source ON events (source_code);
CREATE INDEX events_target ON events (target_code);
CREATE INDEX events_code   ON events (code);
CREATE INDEX events_doc    ON events (doc, sentence);

-- Inputs that could not be used. Identical (input, stage, reason) triples
-- are stored once: a re-run over the same corpus does not pile up copies;
-- `seen` counts the repeats and `time` is the latest.
CREATE TABLE rejections (
    id     INTEGER PRIMARY KEY,
    input  TEXT    NOT NULL,
    stage  TEXT    NOT NULL,
    reason TEXT    NOT NULL,
    time   INTEGER NOT NULL,            -- YYYYMMDDHHMMSS, latest sighting
    seen   INTEGER NOT NULL DEFAULT 1,
    UNIQUE (input, stage, reason)
);
CREATE INDEX rejections_time ON rejections (time);
