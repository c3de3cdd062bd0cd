//! The web application end to end: the real server on port 0 with a fresh demo database,
//! driven over HTTP — sign in, upload, see findings, export; CSRF and the login rate limit.

#![allow(clippy::unwrap_used, missing_docs)]

mod common;
use common::*;

/// A roster with two 12-hour shifts four hours apart. Worked by hand: 2026-03-02 20:00 to
/// 2026-03-03 00:00 is the longest rest in the 24 hours from 08:00, 4 h < the 12 h of s142(1);
/// and each day holds 12 h of normal working time, above s131's 8 h + 1 h.
const ROSTER: &str =
    "employee_id,start,end\r\nT001,2026-03-02T08:00,2026-03-02T20:00\r\nT001,2026-03-03T00:00,2026-03-03T12:00\r\n";

#[test]
fn hr_uploads_a_roster_and_sees_its_findings_and_exports_them() {
    let (c, csrf) = login("hr");
    let (s, body) = upload(&c, &csrf, "care-home", &[("shifts", "maiņas.csv", ROSTER)]);
    assert_eq!(s, 303, "stored and redirected: {body}");
    let (s, page) = get(&c, "/employers/care-home/findings?rule=daily-rest");
    assert_eq!(s, 200);
    assert!(page.contains("s142"), "the daily-rest finding cites s142");
    assert!(page.contains("T001"));
    let (s, csv) = get(&c, "/employers/care-home/findings.csv?severity=violation");
    assert_eq!(s, 200);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("rule,section,severity,employee_id,from,to,measured,limit,unit,message,line"));
    let rows: Vec<&str> = lines.collect();
    // Source: s142(1), s131: one daily-rest violation and two normal-working-time violations.
    assert_eq!(rows.len(), 3, "{csv}");
    assert!(rows
        .iter()
        .any(|r| r.starts_with("daily-rest,s142,violation,T001,2026-03-02T08:00,2026-03-03T08:00,4,12,h,")));
    let (s, json) = get(&c, "/employers/care-home/findings.json?rule=daily-rest");
    assert_eq!(s, 200);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["law"], "lv-2002");
    assert_eq!(v["findings"].as_array().unwrap().len(), 1);
    assert_eq!(v["findings"][0]["limit_source"]["ref"], "s142");
    // The uploads page lists the upload, and who made it.
    let (_, up) = get(&c, "/employers/care-home/upload");
    assert!(up.contains("<td>hr</td>"), "the history names the uploader");
}

#[test]
fn a_bad_file_is_refused_naming_file_line_column_and_value_and_nothing_is_stored() {
    let (c, csrf) = login("hr-home-care");
    let (_, before) = get(&c, "/employers/home-care/upload");
    let n_before = before.matches("<tr><td>").count();
    let bad = "employee_id,start,end\nT001,2026-03-02T08:00,2026-03-02T20:00\nT001,2026-03-0X,2026-03-03T12:00\n";
    let (s, page) = upload(&c, &csrf, "home-care", &[("shifts", "grafiks.csv", bad)]);
    assert_eq!(s, 422);
    assert!(
        page.contains("grafiks.csv:3:2") && page.contains("start") && page.contains("2026-03-0X"),
        "the error names file, line, column and value: {page}"
    );
    assert!(page.contains("Nekas netika saglabāts"), "in Latvian, the account's language");
    let (_, after) = get(&c, "/employers/home-care/upload");
    assert_eq!(after.matches("<tr><td>").count(), n_before, "no upload was stored");
}

#[test]
fn a_post_without_its_csrf_token_is_refused() {
    let (c, csrf) = login("hr-1995");
    let (s, _) = upload(&c, "not-the-token", "care-home-1995", &[("shifts", "s.csv", ROSTER)]);
    assert_eq!(s, 403);
    let r = c.post(format!("{}/tokens", server())).form(&[("name", "x")]).send().unwrap();
    assert_eq!(r.status(), 403, "a form without csrf");
    let r = c.post(format!("{}/tokens", server())).form(&[("name", "x"), ("csrf", csrf.as_str())]).send().unwrap();
    assert_eq!(r.status(), 200, "the same form with it");
    // The login form needs the visitor's token too.
    let anon = client();
    let r = anon
        .post(format!("{}/login", server()))
        .form(&[("name", "hr"), ("password", "demo-hr"), ("csrf", "0000")])
        .send()
        .unwrap();
    assert_eq!(r.status(), 403);
}

#[test]
fn repeated_wrong_passwords_are_refused_for_a_while() {
    let c = client();
    let base = server();
    let page = c.get(format!("{base}/login")).send().unwrap().text().unwrap();
    let csrf = csrf_of(&page);
    let mut statuses = Vec::new();
    for _ in 0..7 {
        let r = c
            .post(format!("{base}/login"))
            .form(&[("name", "union-home-care"), ("password", "wrong password"), ("csrf", csrf.as_str())])
            .send()
            .unwrap();
        statuses.push(r.status().as_u16());
    }
    assert_eq!(statuses, [401, 401, 401, 401, 401, 429, 429]);
    // Even the right password waits now.
    let r = c
        .post(format!("{base}/login"))
        .form(&[("name", "union-home-care"), ("password", "demo-union-home-care"), ("csrf", csrf.as_str())])
        .send()
        .unwrap();
    assert_eq!(r.status(), 429);
    assert!(r.headers().get("retry-after").is_some());
}

#[test]
fn pages_carry_the_security_headers_and_cookies_are_httponly() {
    let c = client();
    let r = c.get(format!("{}/login", server())).send().unwrap();
    let h = r.headers();
    let csp = h.get("content-security-policy").unwrap().to_str().unwrap();
    assert!(
        csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'") && !csp.contains("unsafe-inline")
    );
    assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff");
    let cookie = h.get("set-cookie").unwrap().to_str().unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
    let html = r.text().unwrap();
    assert!(!html.contains("<script>") && !html.contains("style=\""), "no inline script or style");
}

#[test]
fn the_rule_pages_are_public_and_quote_the_statute() {
    let c = client();
    let (s, page) = get(&c, "/laws/lv-2002/rules/daily-rest");
    assert_eq!(s, 200);
    // Source: Labour Law s142(1), the consolidated Latvian text.
    assert!(page.contains("142"), "{page}");
    assert!(page.contains("atpūta") || page.contains("atpūtas"), "the Latvian statute text is quoted");
    let (s, _) = get(&c, "/laws/lv-2002/rules/no-such-rule");
    assert_eq!(s, 404);
    let (s, _) = get(&c, "/dashboard");
    assert_eq!(s, 303, "a page that needs an account sends a visitor to the login");
}

#[test]
fn the_language_switch_is_remembered_for_the_account() {
    let (c, csrf) = login("inspector");
    let (_, lv) = get(&c, "/dashboard");
    assert!(lv.contains("Darba devēji"));
    let r = c
        .post(format!("{}/lang", server()))
        .form(&[("lang", "en"), ("csrf", csrf.as_str()), ("back", "/dashboard")])
        .send()
        .unwrap();
    assert_eq!(r.status(), 303);
    let (_, en) = get(&c, "/dashboard");
    assert!(en.contains("<h1>Employers</h1>"), "{en}");
    // A new session of the same account starts in English.
    let (c2, _) = login("inspector");
    let (_, en2) = get(&c2, "/dashboard");
    assert!(en2.contains("<h1>Employers</h1>"));
}
