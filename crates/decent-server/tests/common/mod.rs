//! Starts the real server on port 0 with a fresh database filled by the demo, once per test
//! binary, on a thread of its own; tests drive it over HTTP with a blocking client.

#![allow(dead_code, clippy::unwrap_used, missing_docs)]

use std::sync::OnceLock;

pub use reqwest::blocking::Client;

/// The base URL of the running demo server.
pub fn server() -> &'static str {
    static URL: OnceLock<String> = OnceLock::new();
    URL.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("decent-test-{}-{}", std::process::id(), nanos()));
        std::fs::create_dir_all(&dir).unwrap();
        let cfg = decent_server::Config {
            db: dir.join("test.db"),
            addr: "127.0.0.1:0".into(),
            demo: true,
            max_upload_bytes: 2 << 20,
            max_rows: 50_000,
            ..decent_server::Config::default()
        };
        let (tx, rx) = tokio::sync::oneshot::channel();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Runtime::new().unwrap();
            rt.block_on(decent_server::serve(cfg, Some(tx))).unwrap();
        });
        let addr = rx.blocking_recv().expect("the server starts");
        format!("http://{addr}")
    })
}

fn nanos() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos())
}

/// A client with its own cookie jar that does not follow redirects.
pub fn client() -> Client {
    Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

/// The value of the first hidden `csrf` field of a page.
pub fn csrf_of(html: &str) -> String {
    let at = html.find("name=\"csrf\" value=\"").expect("a csrf field") + "name=\"csrf\" value=\"".len();
    html[at..].split('"').next().unwrap().to_string()
}

/// A client signed in as `name` (password `demo-NAME`), and its session's CSRF token.
pub fn login(name: &str) -> (Client, String) {
    let c = client();
    let base = server();
    let page = c.get(format!("{base}/login")).send().unwrap().text().unwrap();
    let r = c
        .post(format!("{base}/login"))
        .form(&[
            ("name", name),
            ("password", &format!("demo-{name}")),
            ("csrf", &csrf_of(&page)),
            ("next", "/dashboard"),
        ])
        .send()
        .unwrap();
    assert_eq!(r.status(), 303, "{name} signs in");
    let dash = c.get(format!("{base}/dashboard")).send().unwrap();
    assert_eq!(dash.status(), 200);
    let csrf = csrf_of(&dash.text().unwrap());
    (c, csrf)
}

/// GET `path` as `c`: status and body.
pub fn get(c: &Client, path: &str) -> (u16, String) {
    let r = c.get(format!("{}{path}", server())).send().unwrap();
    (r.status().as_u16(), r.text().unwrap())
}

/// Uploads files to an employer as `c`: the response's status and body.
pub fn upload(c: &Client, csrf: &str, employer: &str, files: &[(&str, &str, &str)]) -> (u16, String) {
    let mut form = reqwest::blocking::multipart::Form::new().text("csrf", csrf.to_string());
    for (field, name, body) in files {
        let part = reqwest::blocking::multipart::Part::bytes(body.as_bytes().to_vec()).file_name(name.to_string());
        form = form.part(field.to_string(), part);
    }
    let r = c.post(format!("{}/employers/{employer}/upload", server())).multipart(form).send().unwrap();
    (r.status().as_u16(), r.text().unwrap())
}
