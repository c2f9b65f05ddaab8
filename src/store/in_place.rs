//! Statements whose values SQLite reads where they lie, uncopied: for the
//! text of a huge article (tens of MB in one row).
//!
//! rusqlite binds every text with `SQLITE_TRANSIENT`, so SQLite first
//! copies it; writing a 50 MB article then held the article three times
//! at once (ours, the bound copy, and the row SQLite builds from it).
//! Here the values are bound with `SQLITE_STATIC`, which SQLite allows
//! while they stay valid and unchanged until the statement is finalised:
//! [`execute`] borrows them for the whole of its run and finalises the
//! statement before it returns, so that holds by construction.

use rusqlite::types::{ToSql, ToSqlOutput, ValueRef};
use rusqlite::{Connection, ffi};
use std::ffi::{CStr, c_int};

/// One value of a statement: bound in place by [`execute`], or through
/// rusqlite (as [`ToSql`]) by a cached statement.
#[derive(Debug, Clone, Copy)]
pub(super) enum Arg<'a> {
    Null,
    Int(i64),
    Text(&'a str),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s)
    }
}

impl<'a> From<Option<&'a str>> for Arg<'a> {
    fn from(s: Option<&'a str>) -> Self {
        s.map_or(Arg::Null, Arg::Text)
    }
}

impl From<i64> for Arg<'_> {
    fn from(i: i64) -> Self {
        Arg::Int(i)
    }
}

impl From<Option<i64>> for Arg<'_> {
    fn from(i: Option<i64>) -> Self {
        i.map_or(Arg::Null, Arg::Int)
    }
}

impl ToSql for Arg<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match *self {
            Arg::Null => ValueRef::Null,
            Arg::Int(i) => ValueRef::Integer(i),
            Arg::Text(s) => ValueRef::Text(s.as_bytes()),
        }))
    }
}

/// Finalises a prepared statement however [`execute`] leaves.
struct Finalize(*mut ffi::sqlite3_stmt);

impl Drop for Finalize {
    fn drop(&mut self) {
        // SAFETY: the statement was prepared on a connection that outlives
        // this guard, and is finalised exactly once, here.
        unsafe { ffi::sqlite3_finalize(self.0) };
    }
}

/// Runs one statement (no rows wanted) with `args` bound in place, never
/// copied before SQLite reads them.
pub(super) fn execute(conn: &Connection, sql: &str, args: &[Arg<'_>]) -> rusqlite::Result<()> {
    // SAFETY: the handle is only used within this call, on the thread
    // that holds `conn`, for calls that SQLite allows on any connection.
    let db = unsafe { conn.handle() };
    let mut stmt = std::ptr::null_mut();
    let len = c_int::try_from(sql.len()).map_err(|_| misuse("statement too long"))?;
    // SAFETY: `sql` is valid for `len` bytes (no terminator is needed when
    // the length is given); `stmt` receives the statement or NULL.
    let rc = unsafe {
        ffi::sqlite3_prepare_v2(
            db,
            sql.as_ptr().cast(),
            len,
            &mut stmt,
            std::ptr::null_mut(),
        )
    };
    check(db, rc)?;
    if stmt.is_null() {
        return Err(misuse("no statement in the SQL"));
    }
    let stmt = Finalize(stmt);
    for (i, arg) in args.iter().enumerate() {
        let at = c_int::try_from(i + 1).map_err(|_| misuse("too many values"))?;
        // SAFETY: `stmt.0` is a live statement; a text is borrowed for
        // this whole function (`args` outlives `stmt`, which finalises the
        // statement before `execute` returns), as SQLITE_STATIC requires.
        let rc = unsafe {
            match *arg {
                Arg::Null => ffi::sqlite3_bind_null(stmt.0, at),
                Arg::Int(v) => ffi::sqlite3_bind_int64(stmt.0, at, v),
                Arg::Text(s) => ffi::sqlite3_bind_text64(
                    stmt.0,
                    at,
                    s.as_ptr().cast(),
                    s.len() as u64,
                    ffi::SQLITE_STATIC(),
                    ffi::SQLITE_UTF8 as u8,
                ),
            }
        };
        check(db, rc)?;
    }
    // SAFETY: a live, fully bound statement.
    match unsafe { ffi::sqlite3_step(stmt.0) } {
        ffi::SQLITE_DONE | ffi::SQLITE_ROW => Ok(()),
        rc => Err(error(db, rc)),
    }
}

fn check(db: *mut ffi::sqlite3, rc: c_int) -> rusqlite::Result<()> {
    if rc == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(error(db, rc))
    }
}

/// The connection's error, as rusqlite reports it.
fn error(db: *mut ffi::sqlite3, rc: c_int) -> rusqlite::Error {
    // SAFETY: `db` is a live connection; SQLite owns the message, which is
    // copied before any other call on it.
    let (code, message) = unsafe {
        let code = ffi::sqlite3_extended_errcode(db);
        let message = ffi::sqlite3_errmsg(db);
        let message =
            (!message.is_null()).then(|| CStr::from_ptr(message).to_string_lossy().into_owned());
        (if code == ffi::SQLITE_OK { rc } else { code }, message)
    };
    rusqlite::Error::SqliteFailure(ffi::Error::new(code), message)
}

fn misuse(what: &str) -> rusqlite::Error {
    rusqlite::Error::SqliteFailure(ffi::Error::new(ffi::SQLITE_MISUSE), Some(what.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_stored_as_bound_and_errors_are_sqlites() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (a TEXT NOT NULL UNIQUE, b INTEGER, c TEXT)")
            .unwrap();
        let text = "één ".repeat(1000);
        let args = [Arg::Text(&text), Arg::Int(7), Arg::Null];
        execute(&conn, "INSERT INTO t (a, b, c) VALUES (?1, ?2, ?3)", &args).unwrap();
        let row: (String, i64, Option<String>) = conn
            .query_row("SELECT a, b, c FROM t", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .unwrap();
        assert_eq!(row, (text.clone(), 7, None));
        let again = execute(&conn, "INSERT INTO t (a, b, c) VALUES (?1, ?2, ?3)", &args);
        let Err(rusqlite::Error::SqliteFailure(e, Some(message))) = again else {
            panic!("a broken constraint is an error: {again:?}");
        };
        assert_eq!(e.extended_code, ffi::SQLITE_CONSTRAINT_UNIQUE);
        assert!(message.contains("UNIQUE"), "{message}");
        assert!(execute(&conn, "INSERT INTO nowhere VALUES (1)", &[]).is_err());
        assert!(execute(&conn, "  ", &[]).is_err());
    }

    #[test]
    fn an_arg_binds_alike_through_rusqlite() {
        let conn = Connection::open_in_memory().unwrap();
        let args = [Arg::from(Some("x")), Arg::from(None::<i64>), Arg::from(3)];
        let row: (String, Option<i64>, i64) = conn
            .query_row("SELECT ?1, ?2, ?3", rusqlite::params_from_iter(args), |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .unwrap();
        assert_eq!(row, ("x".to_string(), None, 3));
    }
}
