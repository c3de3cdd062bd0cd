//! `decent serve` as a process, and the commands that administer its database: accounts with the
//! password on standard input, tokens shown once, and a server killed in the middle of an
//! import that finds its store unchanged after a restart.

#![allow(clippy::unwrap_used, missing_docs)]

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::Dir;

fn decent() -> Command {
    Command::new(env!("CARGO_BIN_EXE_decent"))
}

/// Runs `decent ARGS` with `stdin` on its standard input: status, stdout, stderr.
fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child =
        decent().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A database with one employer (lv-2002) and an HR account `anna` / `correct horse`.
fn database(dir: &Dir) -> String {
    let db = dir.0.join("decent.db").display().to_string();
    let (s, _, e) = run(&["employer", "add", "nursing", "--name", "Nursing home", "--law", "lv-2002", "--db", &db], "");
    assert_eq!(s, 0, "{e}");
    let (s, _, e) =
        run(&["user", "add", "anna", "--role", "hr", "--employer", "nursing", "--db", &db], "correct horse\n");
    assert_eq!(s, 0, "{e}");
    db
}

/// The server on a free port: the child and its base URL (from its first line).
fn start(db: &str) -> (Child, String) {
    let mut child = decent()
        .args(["serve", "--db", db, "--addr", "127.0.0.1:0"])
        .env("DECENT_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let url = line.split_whitespace().find(|w| w.starts_with("http://")).expect("the address").trim_end_matches('/');
    (child, url.to_string())
}

fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(120))
        .build()
        .unwrap()
}

fn csrf_of(html: &str) -> String {
    let k = "name=\"csrf\" value=\"";
    let at = html.find(k).unwrap() + k.len();
    html[at..].split('"').next().unwrap().to_string()
}

/// Signs `anna` in; returns the session's CSRF token.
fn login(c: &reqwest::blocking::Client, url: &str) -> String {
    let page = c.get(format!("{url}/login")).send().unwrap().text().unwrap();
    let r = c
        .post(format!("{url}/login"))
        .form(&[("name", "anna"), ("password", "correct horse"), ("csrf", &csrf_of(&page))])
        .send()
        .unwrap();
    assert_eq!(r.status(), 303);
    csrf_of(&c.get(format!("{url}/dashboard")).send().unwrap().text().unwrap())
}

/// The number of uploads the upload page lists.
fn uploads(c: &reqwest::blocking::Client, url: &str) -> usize {
    let page = c.get(format!("{url}/employers/nursing/upload")).send().unwrap().text().unwrap();
    page.matches("<tr><td>").count()
}

#[test]
fn accounts_and_tokens_are_administered_from_the_command_line() {
    let dir = Dir::new("serve-admin");
    let db = database(&dir);
    let (s, out, _) = run(&["user", "list", "--db", &db], "");
    assert_eq!((s, out.as_str()), (0, "anna\thr\tnursing\n"));
    let (s, _, e) =
        run(&["user", "add", "anna", "--role", "union", "--employer", "nursing", "--db", &db], "another pass\n");
    assert_eq!(s, 2);
    assert!(e.contains("an account named \"anna\" exists"), "{e}");
    let (s, _, e) = run(&["user", "add", "bob", "--role", "hr", "--db", &db], "long enough\n");
    assert_eq!(s, 2, "an HR account needs an employer");
    assert!(e.contains("needs --employer"), "{e}");
    let (s, _, e) = run(&["user", "add", "carl", "--role", "union", "--employer", "nursing", "--db", &db], "short\n");
    assert_eq!(s, 2);
    assert!(e.contains("at least 8 characters"), "{e}");
    let (s, _, e) =
        run(&["user", "add", "dora", "--role", "hr", "--employer", "elsewhere", "--db", &db], "long enough\n");
    assert_eq!(s, 2);
    assert!(e.contains("no employer \"elsewhere\""), "{e}");
    let (s, _, e) = run(&["employer", "add", "x", "--name", "X", "--law", "lv-1066", "--db", &db], "");
    assert_eq!(s, 2);
    assert!(e.contains("unknown law"), "{e}");
    let (s, t1, _) = run(&["token", "create", "anna", "--db", &db], "");
    let (_, t2, _) = run(&["token", "create", "anna", "--db", &db], "");
    assert_eq!(s, 0);
    assert_eq!(t1.trim().len(), 64);
    assert_ne!(t1, t2, "each token is new");
    let bytes = std::fs::read(&db).unwrap();
    let wal = std::fs::read(format!("{db}-wal")).unwrap_or_default();
    let hay = [bytes, wal].concat();
    assert!(!hay.windows(64).any(|w| w == t1.trim().as_bytes()), "the token itself is not stored");
    assert!(!hay.windows(13).any(|w| w == b"correct horse"), "nor the password");
    let (s, _, _) = run(&["user", "passwd", "anna", "--db", &db], "battery staple\n");
    assert_eq!(s, 0);
}

/// A shifts file of `n` rows (one employee per row, a day shift each).
fn big_roster(n: usize) -> Vec<u8> {
    let mut s = String::from("employee_id,start,end\n");
    for i in 0..n {
        let day = 1 + i % 28;
        s.push_str(&format!("E{:05},2026-02-{day:02}T08:00,2026-02-{day:02}T16:00\n", i / 28));
    }
    s.into_bytes()
}

/// A reader that gives half its bytes at once, then waits a long time before the rest.
struct Stalling {
    bytes: Vec<u8>,
    at: usize,
}

impl Read for Stalling {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.bytes.len() / 2 {
            std::thread::sleep(Duration::from_secs(8));
        }
        let end = if self.at < self.bytes.len() / 2 { self.bytes.len() / 2 } else { self.bytes.len() };
        let n = buf.len().min(end - self.at);
        buf[..n].copy_from_slice(&self.bytes[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[test]
fn a_server_killed_in_the_middle_of_an_import_restarts_with_its_store_unchanged() {
    let dir = Dir::new("serve-kill");
    let db = database(&dir);
    let (mut server, url) = start(&db);
    let c = client();
    let csrf = login(&c, &url);
    // A first upload is stored.
    let small = big_roster(100);
    let form = reqwest::blocking::multipart::Form::new()
        .text("csrf", csrf.clone())
        .part("shifts", reqwest::blocking::multipart::Part::bytes(small).file_name("s.csv"));
    let r = c.post(format!("{url}/employers/nursing/upload")).multipart(form).send().unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(uploads(&c, &url), 1);
    // The second stalls half-way through its body; the server is killed (SIGKILL) meanwhile.
    let big = big_roster(200_000);
    let len = big.len() as u64;
    let (c2, url2, csrf2) = (c.clone(), url.clone(), csrf.clone());
    let sender = std::thread::spawn(move || {
        let part = reqwest::blocking::multipart::Part::reader_with_length(Stalling { bytes: big, at: 0 }, len)
            .file_name("big.csv");
        let form = reqwest::blocking::multipart::Form::new().text("csrf", csrf2).part("shifts", part);
        c2.post(format!("{url2}/employers/nursing/upload")).multipart(form).send().is_err()
    });
    std::thread::sleep(Duration::from_secs(2));
    server.kill().unwrap();
    server.wait().unwrap();
    assert!(sender.join().unwrap(), "the upload did not complete");
    // Restarted on the same file: the first upload is there, the second is not, and SQLite finds
    // the file sound.
    let (mut server, url) = start(&db);
    let c = client();
    login(&c, &url);
    assert_eq!(uploads(&c, &url), 1, "the store is as it was before the killed import");
    let (s, page) = (
        c.get(format!("{url}/employers/nursing/findings")).send().unwrap().status(),
        c.get(format!("{url}/employers/nursing")).send().unwrap().text().unwrap(),
    );
    assert_eq!(s, 200);
    assert!(page.contains(": 100</p>"), "the first upload's 100 shifts are still the data: {page}");
    server.kill().unwrap();
    server.wait().unwrap();
}
