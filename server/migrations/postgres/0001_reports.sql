-- "Klopt er iets niet?": notes from visitors that a fact in the directory is wrong.
-- Nothing about the visitor: no address, no browser, no cookie. received_at and
-- closed_at are seconds since 1970 (UTC).
CREATE TABLE reports (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    about TEXT NOT NULL,
    problem TEXT NOT NULL,
    text TEXT NOT NULL,
    email TEXT,
    received_at BIGINT NOT NULL,
    closed_at BIGINT
);
CREATE INDEX reports_by_state ON reports (closed_at, id);
