//! What the command-line tests share: a scratch directory and a run of the built binary.
//!
//! Each test file is its own binary and uses a part of this module.

#![allow(dead_code, clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

use std::path::{Path, PathBuf};
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

/// A directory (kept for inspection after the test) holding `files`, `(name, text)`.
pub fn dir_with(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let d = std::env::temp_dir().join(format!("decent-it-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    for (f, text) in files {
        std::fs::write(d.join(f), text).unwrap();
    }
    d
}

/// Runs the built `decent` (or the binary `DECENT_BIN` names, to run a suite against another
/// build) with `args`, with no locale of the machine deciding the language (English unless
/// `--lang` says otherwise); returns the exit code, standard output and standard error.
pub fn decent(args: &[&str]) -> (i32, String, String) {
    run(args, None)
}

/// [`decent`] run in the directory `cwd` (so that file names in messages are short).
pub fn decent_in(args: &[&str], cwd: &Path) -> (i32, String, String) {
    run(args, Some(cwd))
}

fn run(args: &[&str], cwd: Option<&Path>) -> (i32, String, String) {
    let bin = std::env::var_os("DECENT_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_decent").into());
    let mut cmd = Command::new(bin);
    if let Some(d) = cwd {
        cmd.current_dir(d);
    }
    let out = cmd.args(args).env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", "C").output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}
