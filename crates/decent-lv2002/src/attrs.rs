//! The employee statuses, choices and the shift column this pack's rules read beyond the
//! engine's neutral model, declared with the section that needs each. `decent-io` reads the
//! columns of these names; the rules read the values through the handles below, fixed at
//! compile time.

use decent_core::attr::{Attr, AttrType, Flag, Pick, Schema, ShiftCol};

/// What lv-2002 reads beyond the neutral model.
pub static SCHEMA: Schema = Schema {
    employee: &[
        Attr {
            name: "pay_regime",
            ty: AttrType::Choice(&["labour-law", "remuneration-law"]),
            meaning: "Which law sets the employee's pay: the Labour Law (default), or the Remuneration Law \
                      for employees of state and municipal institutions (s2(2) of the Labour Law; the \
                      Remuneration Law's s14 then sets the supplements).",
            section: "2",
        },
        Attr {
            name: "part_time_requested",
            ty: AttrType::Flag,
            meaning: "The employee asked for part-time work, which s134(2) obliges the employer to grant \
                      to the employees it names.",
            section: "134",
        },
        Attr {
            name: "breastfeeding",
            ty: AttrType::Flag,
            meaning: "A woman breastfeeding her child (s134(2), s136(7), s138).",
            section: "136",
        },
        Attr {
            name: "disability",
            ty: AttrType::Flag,
            meaning: "An employee with a disability (s134(2); s103 gives a longer notice).",
            section: "134",
        },
        Attr {
            name: "special_risk",
            ty: AttrType::Flag,
            meaning: "Work involving special risk, for which s131(3) sets a shorter normal working time.",
            section: "131",
        },
        Attr {
            name: "night_worker",
            ty: AttrType::Flag,
            meaning: "A night worker as s138(2) defines one (night work by the schedule, or on at least 50 \
                      days a year); when not given, the rules read it from the roster.",
            section: "138",
        },
        Attr {
            name: "night_consent",
            ty: AttrType::Flag,
            meaning: "The employee consented to night work (s138(7): a parent of a child under three works \
                      at night only with consent).",
            section: "138",
        },
    ],
    shift: &[Attr {
        name: "feeding_minutes",
        ty: AttrType::Minutes,
        meaning: "Breaks for feeding a child granted inside the shift, minutes (s146).",
        section: "146",
    }],
};

/// `pay_regime`: 0 the Labour Law, 1 the Remuneration Law.
pub const PAY_REGIME: Pick = SCHEMA.pick("pay_regime");
/// `part_time_requested`.
pub const PART_TIME_REQUESTED: Flag = SCHEMA.flag("part_time_requested");
/// `breastfeeding`.
pub const BREASTFEEDING: Flag = SCHEMA.flag("breastfeeding");
/// `disability`.
pub const DISABILITY: Flag = SCHEMA.flag("disability");
/// `special_risk`.
pub const SPECIAL_RISK: Flag = SCHEMA.flag("special_risk");
/// `night_worker`.
pub const NIGHT_WORKER: Flag = SCHEMA.flag("night_worker");
/// `night_consent`.
pub const NIGHT_CONSENT: Flag = SCHEMA.flag("night_consent");
/// `feeding_minutes`.
pub const FEEDING_MINUTES: ShiftCol = SCHEMA.shift_column("feeding_minutes");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declaration_is_valid_and_every_section_exists() {
        decent_io::check_schema(&SCHEMA).expect("a valid declaration");
        let law = crate::law().expect("the law loads");
        for a in SCHEMA.employee.iter().chain(SCHEMA.shift) {
            assert!(law.section(a.section).is_some(), "{} names s{}, which the pack does not hold", a.name, a.section);
        }
    }

    /// Every declared column has its meaning in the Latvian catalogue (`decent laws --lang lv`).
    #[test]
    fn every_declared_column_has_its_latvian_meaning() {
        let text = include_str!("../i18n/lv/attrs.ftl");
        for a in SCHEMA.employee.iter().chain(SCHEMA.shift) {
            let key = format!("\nattr-{} = ", a.name);
            assert!(text.contains(&key), "{key:?} missing from i18n/lv/attrs.ftl");
        }
        assert_eq!(text.matches("\nattr-").count(), SCHEMA.employee.len() + SCHEMA.shift.len());
    }
}
