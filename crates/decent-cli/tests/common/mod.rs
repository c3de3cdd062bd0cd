//! What the command-line tests share: a scratch directory and a run of the built binary.
//!
//! Each test file is its own binary and uses a part of this module.

#![allow(dead_code, clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

use std::path::PathBuf;
use std::process::Command;

/// A scratch directory, removed when dropped.
pub struct Dir(pub PathBuf);

impl Dir {
    /// A fresh directory named after the test and this process.
    pub fn new(name: &str) -> Self {
        let p = std::env::temp_dir().join(format!("decent-it-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        Dir(p)
    }

    /// Writes a file into the directory and returns its path.
    pub fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// [`Dir::file`], its path as text (for a command-line argument).
    pub fn file_str(&self, name: &str, bytes: impl AsRef<[u8]>) -> String {
        self.file(name, bytes).to_str().unwrap().to_string()
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs the built `decent` (or the binary `DECENT_BIN` names, to run a suite against another
/// build) with `args`, with no locale of the machine deciding the language (English unless
/// `--lang` says otherwise); returns the exit code, standard output and standard error.
pub fn decent(args: &[&str]) -> (i32, String, String) {
    let bin = std::env::var_os("DECENT_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_decent").into());
    let out =
        Command::new(bin).args(args).env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", "C").output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}
