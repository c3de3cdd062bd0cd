//! The authorization matrix: every role × (own employer, another employer, own record, another
//! employee's record) × every resource kind, each cell asserted: denied unless the role allows it.
//! The real server on port 0 with a fresh demo database.
//!
//! Demo accounts: admin; hr, union and employee (CH002) at care-home; inspector assigned to
//! care-home and home-care-1995. "Another employer" is home-care (nobody here but admin sees it).

#![allow(clippy::unwrap_used, missing_docs)]

mod common;
use common::*;

/// Allowed (true) or denied (false); a denial is a 404 for what the account may not even know
/// exists, a 403 for a page its role may not use.
fn status_allows(status: u16) -> bool {
    match status {
        200 | 303 => true,
        403 | 404 => false,
        other => panic!("unexpected status {other}"),
    }
}

struct Row {
    role: &'static str,
    findings_own: bool,
    findings_other: bool,
    employees_own: bool,
    employees_other: bool,
    own_record: bool,
    other_record: bool,
    sensitive_own: bool,
    sensitive_other: bool,
    upload_own: bool,
    upload_other: bool,
    audit: bool,
}

const MATRIX: [Row; 5] = [
    Row {
        role: "admin",
        findings_own: true,
        findings_other: true,
        employees_own: true,
        employees_other: true,
        own_record: true,
        other_record: true,
        sensitive_own: false,
        sensitive_other: false,
        upload_own: true,
        upload_other: true,
        audit: true,
    },
    Row {
        role: "hr",
        findings_own: true,
        findings_other: false,
        employees_own: true,
        employees_other: false,
        own_record: true,
        other_record: true,
        sensitive_own: true,
        sensitive_other: true,
        upload_own: true,
        upload_other: false,
        audit: false,
    },
    Row {
        role: "union",
        findings_own: true,
        findings_other: false,
        employees_own: true,
        employees_other: false,
        own_record: true,
        other_record: true,
        sensitive_own: false,
        sensitive_other: false,
        upload_own: false,
        upload_other: false,
        audit: false,
    },
    Row {
        role: "employee",
        findings_own: true,
        findings_other: false,
        employees_own: true,
        employees_other: false,
        own_record: true,
        other_record: false,
        sensitive_own: true,
        sensitive_other: false,
        upload_own: false,
        upload_other: false,
        audit: false,
    },
    Row {
        role: "inspector",
        findings_own: true,
        findings_other: false,
        employees_own: true,
        employees_other: false,
        own_record: true,
        other_record: true,
        sensitive_own: false,
        sensitive_other: false,
        upload_own: false,
        upload_other: false,
        audit: false,
    },
];

/// Whether a record page shows the sensitive facts (the marker every sensitive fact carries).
fn shows_sensitive(status: u16, body: &str) -> bool {
    status == 200 && body.contains("class=\"sensitive\"")
}

#[test]
fn every_role_sees_exactly_what_it_may() {
    for row in &MATRIX {
        let who = row.role;
        let (c, csrf) = login(who);
        let cell = |path: &str| status_allows(get(&c, path).0);
        assert_eq!(cell("/employers/care-home/findings"), row.findings_own, "{who}: own employer's findings");
        assert_eq!(cell("/employers/home-care/findings"), row.findings_other, "{who}: another employer's findings");
        assert_eq!(cell("/employers/home-care/findings.csv"), row.findings_other, "{who}: another employer's export");
        assert_eq!(cell("/employers/care-home/employees"), row.employees_own, "{who}: own employer's employees");
        assert_eq!(cell("/employers/home-care/employees"), row.employees_other, "{who}: another employer's employees");
        let (s2, b2) = get(&c, "/employers/care-home/employees/CH002");
        let (s1, b1) = get(&c, "/employers/care-home/employees/CH001");
        assert_eq!(status_allows(s2), row.own_record, "{who}: the record CH002 (the employee's own)");
        assert_eq!(status_allows(s1), row.other_record, "{who}: the record CH001 (another employee's)");
        assert_eq!(shows_sensitive(s2, &b2), row.sensitive_own, "{who}: sensitive data of CH002");
        assert_eq!(shows_sensitive(s1, &b1), row.sensitive_other, "{who}: sensitive data of CH001");
        assert_eq!(cell("/employers/care-home/upload"), row.upload_own, "{who}: upload form, own employer");
        assert_eq!(cell("/employers/home-care/upload"), row.upload_other, "{who}: upload form, another employer");
        // Posting an upload obeys the same cells (and stores nothing when refused).
        let roster = "employee_id,start,end\nZ9,2026-05-04T08:00,2026-05-04T16:00\n";
        let (s, _) = upload(&c, &csrf, "home-care", &[("shifts", "s.csv", roster)]);
        assert_eq!(status_allows(s), row.upload_other, "{who}: posting an upload to another employer");
        assert_eq!(cell("/admin/audit"), row.audit, "{who}: the audit log");
        // Tokens: everyone has their own list; nobody revokes someone else's.
        assert!(cell("/tokens"), "{who}: own tokens");
        let r = c.post(format!("{}/tokens/1/revoke", server())).form(&[("csrf", csrf.as_str())]).send().unwrap();
        assert_eq!(r.status(), 404, "{who}: a token that is not theirs (or none) cannot be revoked");
    }
}

#[test]
fn an_employee_sees_only_their_own_findings_everywhere() {
    let (c, _) = login("employee");
    let (_, csv) = get(&c, "/employers/care-home/findings.csv");
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert!(!rows.is_empty(), "CH002 has findings in the demo year");
    assert!(rows.iter().all(|r| r.split(',').nth(3) == Some("CH002")), "only CH002's rows");
    let (_, other) = get(&c, "/employers/care-home/findings.csv?employee=CH001");
    assert_eq!(other.lines().count(), 1, "asking for another employee gives nothing");
    let (_, list) = get(&c, "/employers/care-home/employees");
    assert!(list.contains("CH002") && !list.contains("CH001"));
}

#[test]
fn reading_sensitive_data_is_audited_and_the_admin_reads_the_log() {
    let (hr, _) = login("hr");
    let (s, _) = get(&hr, "/employers/care-home/employees/CH003");
    assert_eq!(s, 200);
    let (admin, _) = login("admin");
    let (s, log) = get(&admin, "/admin/audit");
    assert_eq!(s, 200);
    assert!(log.contains("read-employee") && log.contains("CH003 (sensitive data)"), "{log}");
    // Reading a record without its sensitive data is not such a read.
    let (union, _) = login("union");
    get(&union, "/employers/care-home/employees/CH004");
    let (_, log) = get(&admin, "/admin/audit");
    assert!(!log.contains("CH004"));
}
