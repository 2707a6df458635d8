//! The SQLite database: written whole by `passage-api import`, read whole by `serve`.
//!
//! Each row holds one validated wire value as JSON, with its keys in columns. Import builds a
//! temporary file and renames it over the old one, so a reader never sees half a database.

use std::path::Path;

use passage_core::wire::{
    CaseView, LoanPolicy, Module, OfficeList, Reintegration, SessionList, Sponsorship,
};
use rusqlite::{params, Connection, OpenFlags};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::data::{Dataset, StoredCase};

const SCHEMA: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE orientation (
    slug TEXT NOT NULL, lang TEXT NOT NULL, ord INTEGER NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (slug, lang)
) STRICT;
CREATE TABLE documents (name TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT;
CREATE TABLE cases (
    code_sha256 BLOB PRIMARY KEY CHECK (length(code_sha256) = 32),
    revoked INTEGER NOT NULL CHECK (revoked IN (0, 1)),
    body TEXT NOT NULL
) STRICT;
";

const SCHEMA_VERSION: &str = "4";

/// Any failure reading or writing the database.
#[derive(Debug)]
pub struct DbError(pub String);

impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DbError {}

impl From<rusqlite::Error> for DbError {
    fn from(err: rusqlite::Error) -> Self {
        DbError(format!("database: {err}"))
    }
}

impl From<serde_json::Error> for DbError {
    fn from(err: serde_json::Error) -> Self {
        DbError(format!("database content: {err}"))
    }
}

fn json<T: Serialize>(value: &T) -> Result<String, DbError> {
    Ok(serde_json::to_string(value)?)
}

/// Writes `data` to a new database at `path`, replacing any old one only once it is complete.
pub fn write(data: &Dataset, path: &Path) -> Result<(), DbError> {
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("passage.db");
    let temp = path.with_file_name(format!(".{file_name}.{}.tmp", std::process::id()));
    let _ = std::fs::remove_file(&temp);
    let result = write_to(data, &temp).and_then(|()| {
        std::fs::rename(&temp, path).map_err(|err| {
            DbError(format!(
                "cannot move the new database to {}: {err}",
                path.display()
            ))
        })
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

fn write_to(data: &Dataset, path: &Path) -> Result<(), DbError> {
    let mut db = Connection::open(path)?;
    db.execute_batch(SCHEMA)?;
    let tx = db.transaction()?;
    tx.execute(
        "INSERT INTO meta VALUES ('schema', ?1)",
        params![SCHEMA_VERSION],
    )?;
    for module in &data.modules {
        tx.execute(
            "INSERT INTO orientation VALUES (?1, ?2, ?3, ?4)",
            params![module.slug, module.lang, module.order, json(module)?],
        )?;
    }
    for (name, body) in [
        ("sessions", json(&data.sessions)?),
        ("offices", json(&data.offices)?),
        ("loan-policy", json(&data.loan_policy)?),
        ("reintegration", json(&data.reintegration)?),
        ("sponsorship", json(&data.sponsorship)?),
    ] {
        tx.execute("INSERT INTO documents VALUES (?1, ?2)", params![name, body])?;
    }
    for case in &data.cases {
        tx.execute(
            "INSERT INTO cases VALUES (?1, ?2, ?3)",
            params![&case.code_sha256[..], case.revoked, json(&case.view)?],
        )?;
    }
    tx.commit()?;
    db.close().map_err(|(_, err)| DbError::from(err))?;
    Ok(())
}

/// Reads the whole database at `path`, opened read-only.
pub fn read(path: &Path) -> Result<Dataset, DbError> {
    let db = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let version: String = db.query_row("SELECT value FROM meta WHERE key = 'schema'", [], |r| {
        r.get(0)
    })?;
    if version != SCHEMA_VERSION {
        return Err(DbError(format!(
            "{} has schema {version}, this server reads {SCHEMA_VERSION}: import again",
            path.display()
        )));
    }
    let mut modules = Vec::new();
    let mut statement = db.prepare("SELECT body FROM orientation ORDER BY ord, slug, lang")?;
    for body in statement.query_map([], |row| row.get::<_, String>(0))? {
        modules.push(serde_json::from_str::<Module>(&body?)?);
    }
    let document = |name: &str| -> Result<String, DbError> {
        Ok(
            db.query_row("SELECT body FROM documents WHERE name = ?1", [name], |r| {
                r.get(0)
            })?,
        )
    };
    fn parse<T: DeserializeOwned>(body: String) -> Result<T, DbError> {
        Ok(serde_json::from_str(&body)?)
    }
    let sessions: SessionList = parse(document("sessions")?)?;
    let offices: OfficeList = parse(document("offices")?)?;
    let loan_policy: LoanPolicy = parse(document("loan-policy")?)?;
    let reintegration: Reintegration = parse(document("reintegration")?)?;
    let sponsorship: Sponsorship = parse(document("sponsorship")?)?;

    let mut cases = Vec::new();
    let mut statement = db.prepare("SELECT code_sha256, revoked, body FROM cases")?;
    let rows = statement.query_map([], |row| {
        Ok((
            row.get::<_, Vec<u8>>(0)?,
            row.get::<_, bool>(1)?,
            row.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (hash, revoked, body) = row?;
        let code_sha256: [u8; 32] = hash
            .try_into()
            .map_err(|_| DbError("a case hash is not 32 bytes".to_owned()))?;
        let view: CaseView = parse(body)?;
        cases.push(StoredCase {
            code_sha256,
            revoked,
            view,
        });
    }
    Ok(Dataset {
        modules,
        sessions,
        offices,
        loan_policy,
        reintegration,
        sponsorship,
        cases,
    })
}
