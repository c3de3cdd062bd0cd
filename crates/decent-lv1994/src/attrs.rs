//! The employee statuses and the shift column this pack's rules read beyond the engine's
//! neutral model, declared with the section that needs each. `decent-io` reads the columns of
//! these names; the rules read the values through the handles below, fixed at compile time.

use decent_core::attr::{Attr, AttrType, Flag, Schema, ShiftCol};

/// What lv-1994 reads beyond the neutral model.
pub static SCHEMA: Schema = Schema {
    employee: &[
        Attr {
            name: "business_trip_consent",
            ty: AttrType::Flag,
            meaning: "The employee consented to business trips (s171: women with children under 14, \
                      or disabled children under 16, are sent on business trips only with their consent).",
            section: "171",
        },
        Attr {
            name: "union_official",
            ty: AttrType::Flag,
            meaning: "An elected official of a trade union not freed from the primary job (s239: dismissal \
                      needs the prior consent of the union's body).",
            section: "239",
        },
        Attr {
            name: "single_parent",
            ty: AttrType::Flag,
            meaning: "Brings up the children without their mother (s176 extends the guarantees for women \
                      with children to such fathers).",
            section: "176",
        },
        Attr {
            name: "trustee",
            ty: AttrType::Flag,
            meaning: "Trustee (guardian) of the children listed (s176 extends the guarantees for women \
                      with children to trustees).",
            section: "176",
        },
        Attr {
            name: "night_barred",
            ty: AttrType::Flag,
            meaning: "In a category of employees the law bars from night work (s51; the list is the \
                      user's, the translation lost it).",
            section: "51",
        },
        Attr {
            name: "part_time",
            ty: AttrType::Flag,
            meaning: "A weekly norm below the statute's is a reduced week agreed with the employer \
                      (s52), not the shortened working hours of s46.",
            section: "52",
        },
    ],
    shift: &[Attr {
        name: "feeding_minutes",
        ty: AttrType::Minutes,
        meaning: "Intervals for feeding a child granted inside the shift, minutes (s177).",
        section: "177",
    }],
};

/// `business_trip_consent`.
pub const BUSINESS_TRIP_CONSENT: Flag = SCHEMA.flag("business_trip_consent");
/// `union_official`.
pub const UNION_OFFICIAL: Flag = SCHEMA.flag("union_official");
/// `single_parent`.
pub const SINGLE_PARENT: Flag = SCHEMA.flag("single_parent");
/// `trustee`.
pub const TRUSTEE: Flag = SCHEMA.flag("trustee");
/// `night_barred`.
pub const NIGHT_BARRED: Flag = SCHEMA.flag("night_barred");
/// `part_time`.
pub const PART_TIME: Flag = SCHEMA.flag("part_time");
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
}
