//! `decent pay --law lv-2002` on the built binary: the Remuneration Law against the Labour Law on
//! the same roster, the law of each line named in `section` and `rate_source`.

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

mod common;

use common::{decent, Dir};

/// Source: Labour Law s67(1), s68(1), s68(3), s75³; Remuneration Law s14(4), (6), (11). A
/// municipal employee (pay_regime remuneration-law) and a private one (the default), each on a
/// salary of 1,200.00, a night shift 5–6 March 2026 22:00–06:00 and a row of 2 h overtime: March
/// has 176 working hours, the hourly rate 1,200.00 ÷ 176. Night supplement 8 h × rate × 0.5 =
/// 27.27 for both, cited AL14(4) and s67(1). With a general agreement of s68(3) at 50 %
/// (`--set`), the private employee's overtime supplement is 2 h × rate × 0.5 = 6.82, the
/// rate_source naming the override; the municipal employee's stays 13.64 (AL14(6)).
#[test]
fn the_remuneration_law_and_the_labour_law_on_one_roster() {
    let d = Dir::new("lv2002-pay");
    let emp =
        d.file_str("employees.csv", "employee_id,monthly_salary,pay_regime\nM,1200.00,remuneration-law\nP,1200.00,\n");
    let shifts = d.file_str(
        "shifts.csv",
        "employee_id,start,end,kind\nM,2026-03-05T22:00,2026-03-06T06:00,work\nM,2026-03-06T16:00,2026-03-06T18:00,overtime\n\
         P,2026-03-05T22:00,2026-03-06T06:00,work\nP,2026-03-06T16:00,2026-03-06T18:00,overtime\n",
    );
    let (code, out, err) = decent(&[
        "pay",
        "--law",
        "lv-2002",
        "--shifts",
        &shifts,
        "--employees",
        &emp,
        "--month",
        "2026-03",
        "--format",
        "json",
        "--set",
        "s68.general_agreement=true",
        "--set",
        "s68.general_agreement_overtime=50",
    ]);
    assert_eq!(code, 0, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["law"], "lv-2002");
    let line = |who: usize, key: &str| -> serde_json::Value {
        doc["payslips"][who]["lines"].as_array().unwrap().iter().find(|l| l["message_key"] == key).cloned().unwrap()
    };
    assert_eq!(line(0, "pay2002-night-supplement")["section"], "AL14(4)+AL14(11)");
    assert_eq!(line(0, "pay2002-night-supplement")["amount"], "27.27");
    assert_eq!(line(1, "pay2002-night-supplement")["section"], "s67(1)+s75.3");
    assert_eq!(line(0, "pay2002-overtime-supplement")["amount"], "13.64");
    assert_eq!(line(0, "pay2002-overtime-supplement")["rate_source"]["layer"], "law");
    let p = line(1, "pay2002-overtime-supplement");
    assert_eq!((p["section"].as_str(), p["amount"].as_str()), (Some("s68(3)+s75.3"), Some("6.82")));
    assert_eq!(p["rate_source"]["layer"], "override", "{p}");
    assert_eq!(doc["payslips"][0]["total"], "1254.55");
    assert_eq!(doc["payslips"][1]["total"], "1247.73");
    // In Latvian the lines read in the statute's terms.
    let (_, table, _) = decent(&[
        "pay",
        "--law",
        "lv-2002",
        "--shifts",
        &shifts,
        "--employees",
        &emp,
        "--month",
        "2026-03",
        "--lang",
        "lv",
    ]);
    assert!(table.contains("piemaksa par nakts darbu") && table.contains("AL14(6)+AL14(11)"), "{table}");
}
