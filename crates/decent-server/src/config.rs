//! The server's configuration, in layers: built-in defaults, then a TOML file (`--config F` or
//! `DECENT_CONFIG`), then the environment (`DECENT_DB`, `DECENT_ADDR`, …), then the command
//! line's flags, each overriding the one before.

use std::path::PathBuf;

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};

/// What `decent serve` runs with.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The SQLite database file (created if missing).
    pub db: PathBuf,
    /// The address to listen on (`127.0.0.1:0` picks a free port).
    pub addr: String,
    /// Start from a fresh database filled with the demo employers, their data and accounts.
    pub demo: bool,
    /// Mark cookies `Secure` (behind TLS).
    pub secure_cookies: bool,
    /// The largest request body accepted, in bytes (an upload of three files).
    pub max_upload_bytes: usize,
    /// The most rows one uploaded file may have.
    pub max_rows: usize,
    /// The log filter (`tracing` syntax), e.g. `info` or `decent_server=debug`.
    pub log: String,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            db: PathBuf::from("decent.db"),
            addr: "127.0.0.1:8080".into(),
            demo: false,
            secure_cookies: false,
            max_upload_bytes: 64 << 20,
            max_rows: 1_000_000,
            log: "info".into(),
        }
    }
}

/// Values given on the command line (each `None` when the flag was not given).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Flags {
    /// `--db`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub db: Option<PathBuf>,
    /// `--addr`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addr: Option<String>,
    /// `--demo`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demo: Option<bool>,
    /// `--secure-cookies`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secure_cookies: Option<bool>,
}

impl Config {
    /// The configuration from defaults, the file (`file`, else `DECENT_CONFIG` if set), the
    /// environment (`DECENT_` followed by a field's name in capitals) and `flags`.
    ///
    /// # Errors
    /// A file that cannot be read or parsed, or a value of the wrong type (the message names the
    /// key and where it came from).
    pub fn load(file: Option<&std::path::Path>, flags: &Flags) -> Result<Self, String> {
        let file = file.map(PathBuf::from).or_else(|| std::env::var_os("DECENT_CONFIG").map(PathBuf::from));
        let mut fig = Figment::from(Serialized::defaults(Config::default()));
        if let Some(f) = &file {
            if !f.is_file() {
                return Err(format!("{}: no such configuration file", f.display()));
            }
            fig = fig.merge(Toml::file(f));
        }
        fig = fig.merge(Env::prefixed("DECENT_").only(&[
            "db",
            "addr",
            "demo",
            "secure_cookies",
            "max_upload_bytes",
            "max_rows",
            "log",
        ]));
        fig = fig.merge(Serialized::defaults(flags));
        fig.extract().map_err(|e| format!("configuration: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_override_the_file_which_overrides_the_defaults() {
        let dir = std::env::temp_dir().join(format!("decent-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let f = dir.join("decent.toml");
        std::fs::write(&f, "addr = \"0.0.0.0:9000\"\nmax_rows = 5000\n").expect("writes");
        let c = Config::load(Some(&f), &Flags::default()).expect("loads");
        assert_eq!((c.addr.as_str(), c.max_rows, c.db.to_str()), ("0.0.0.0:9000", 5000, Some("decent.db")));
        let flags = Flags { addr: Some("127.0.0.1:0".into()), ..Flags::default() };
        let c = Config::load(Some(&f), &flags).expect("loads");
        assert_eq!((c.addr.as_str(), c.max_rows), ("127.0.0.1:0", 5000));
        std::fs::write(&f, "max_rows = \"many\"\n").expect("writes");
        let e = Config::load(Some(&f), &Flags::default()).expect_err("a string is not a count");
        assert!(e.contains("max_rows"), "{e}");
        std::fs::write(&f, "max_row = 5\n").expect("writes");
        let e = Config::load(Some(&f), &Flags::default()).expect_err("an unknown key is refused");
        assert!(e.contains("max_row"), "{e}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
