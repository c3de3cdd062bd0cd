-- The store of `decent serve`. Every table that holds an employer's data names the employer, so
-- that every query can be scoped to the reader's employer in the store layer.

CREATE TABLE employers (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    law         TEXT NOT NULL,           -- the law pack its data is checked under
    created_at  TEXT NOT NULL
);

CREATE TABLE accounts (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    password     TEXT NOT NULL,          -- argon2id PHC string
    role         TEXT NOT NULL CHECK (role IN ('admin', 'hr', 'union', 'employee', 'inspector')),
    employer_id  TEXT REFERENCES employers(id),
    employee_id  TEXT,
    lang         TEXT NOT NULL DEFAULT 'lv',
    created_at   TEXT NOT NULL,
    CHECK ((role IN ('hr', 'union', 'employee')) = (employer_id IS NOT NULL)),
    CHECK ((role = 'employee') = (employee_id IS NOT NULL))
);

-- The employers a labour inspector is assigned to (read-only access).
CREATE TABLE inspector_assignments (
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    employer_id  TEXT NOT NULL REFERENCES employers(id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, employer_id)
);

CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,       -- SHA-256 of the cookie's value
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    csrf         TEXT NOT NULL,
    expires_at   INTEGER NOT NULL        -- Unix seconds
);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,   -- SHA-256 of the token; the token is shown once
    created_at   TEXT NOT NULL,
    revoked_at   TEXT
);

-- One upload: the three CSV files as sent, kept whole; the newest is the employer's data.
CREATE TABLE datasets (
    id           INTEGER PRIMARY KEY,
    employer_id  TEXT NOT NULL REFERENCES employers(id) ON DELETE CASCADE,
    law          TEXT NOT NULL,
    uploaded_by  INTEGER REFERENCES accounts(id),
    uploaded_at  TEXT NOT NULL,
    shifts       BLOB NOT NULL,
    employees    BLOB,
    absences     BLOB,
    shift_rows   INTEGER NOT NULL,
    employee_rows INTEGER NOT NULL,
    absence_rows INTEGER NOT NULL
);
CREATE INDEX datasets_by_employer ON datasets(employer_id, id);

-- The column mapping and import profile an employer's uploads use, remembered (JSON).
CREATE TABLE import_profiles (
    employer_id  TEXT PRIMARY KEY REFERENCES employers(id) ON DELETE CASCADE,
    profile      TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

-- Who read or changed personal data, and who signed in; viewable by admins.
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    account_id   INTEGER,
    account_name TEXT NOT NULL,
    action       TEXT NOT NULL,
    employer_id  TEXT,
    subject      TEXT NOT NULL
);
CREATE INDEX audit_by_employer ON audit_log(employer_id, id);
