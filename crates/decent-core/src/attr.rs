//! Attributes a pack declares: the employee statuses and extra shift columns its rules read
//! beyond the engine's neutral model.
//!
//! A pack lists them in a [`Schema`] (name, type, meaning, the section that needs them); the
//! input layer reads the named columns from that declaration, and the pack's rules read the
//! values through handles ([`Flag`], [`ShiftCol`]) fixed when the schema is compiled, so no
//! name is looked up while rules run. The engine knows no attribute by name.

/// What values an attribute takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttrType {
    /// Yes or no (`1`/`0`, `true`/`false`, `yes`/`no`), on an employee; absent means no.
    Flag,
    /// Whole minutes inside a shift (at most the shift's length, and counted with its break
    /// and idle minutes against that length); absent means not recorded.
    Minutes,
    /// One of the listed values, on an employee; absent or empty means the first.
    Choice(&'static [&'static str]),
}

impl AttrType {
    /// The type's name as documentation shows it.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Flag => "flag",
            Self::Minutes => "minutes",
            Self::Choice(_) => "choice",
        }
    }
}

/// One declared attribute: a column of the employees or shifts file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attr {
    /// The column's name in the file.
    pub name: &'static str,
    /// What values it takes.
    pub ty: AttrType,
    /// What it means, in English (the pack's catalogues hold it in every language, under
    /// `attr-` and the name).
    pub meaning: &'static str,
    /// The section that needs it, as the pack numbers sections.
    pub section: &'static str,
}

/// Handle of a declared employee flag: its place in [`Schema::employee`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Flag(pub u8);

/// Handle of a declared employee choice: its place in [`Schema::employee`] and the slot of
/// [`crate::Employee::choices`] holding the index of its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Pick {
    /// Place in [`Schema::employee`].
    pub attr: u8,
    /// Slot of [`crate::Employee::choices`].
    pub slot: u8,
}

/// Handle of a declared shift column: its place in [`Schema::shift`], which is the slot of
/// [`crate::Shift::extra`] holding its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ShiftCol(pub u8);

/// Most employee flags a schema may declare (they are bits of one word).
pub const MAX_FLAGS: usize = 64;
/// Most employee choices a schema may declare (each is a slot of every employee).
pub const MAX_CHOICES: usize = crate::model::CHOICE_SLOTS;
/// Most shift columns a schema may declare (each is a slot of every shift).
pub const MAX_SHIFT_COLUMNS: usize = crate::model::EXTRA_SLOTS;

/// The attributes one pack declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schema {
    /// Employee statuses (columns of the employees file), of type [`AttrType::Flag`] or
    /// [`AttrType::Choice`]. A flag's handle counts the flags before it, a choice's the choices.
    pub employee: &'static [Attr],
    /// Extra shift columns, of type [`AttrType::Minutes`].
    pub shift: &'static [Attr],
}

/// A schema that declares nothing.
pub static EMPTY: Schema = Schema { employee: &[], shift: &[] };

impl Default for &'static Schema {
    fn default() -> Self {
        &EMPTY
    }
}

/// Whether two names are equal, at compile time.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The place of `name` in `attrs` and how many attributes of its kind (choice or not) come
/// before it, at compile time.
const fn place(attrs: &[Attr], name: &str) -> Option<(u8, u8, bool)> {
    let (mut i, mut flags, mut choices) = (0, 0u8, 0u8);
    while i < attrs.len() {
        let choice = matches!(attrs[i].ty, AttrType::Choice(_));
        if same(attrs[i].name, name) {
            return Some((i as u8, if choice { choices } else { flags }, choice));
        }
        if choice {
            choices += 1;
        } else {
            flags += 1;
        }
        i += 1;
    }
    None
}

impl Schema {
    /// The handle of the employee flag `name`. Meant for constants: a name the schema does not
    /// declare stops the build.
    ///
    /// # Panics
    /// When `name` is not declared (at compile time in a constant).
    #[must_use]
    pub const fn flag(&self, name: &str) -> Flag {
        match place(self.employee, name) {
            Some((_, n, false)) => Flag(n),
            _ => panic!("not an employee flag of this schema"),
        }
    }

    /// The handle of the employee choice `name`, as [`Schema::flag`].
    ///
    /// # Panics
    /// When `name` is not a declared choice (at compile time in a constant).
    #[must_use]
    pub const fn pick(&self, name: &str) -> Pick {
        match place(self.employee, name) {
            Some((attr, slot, true)) => Pick { attr, slot },
            _ => panic!("not an employee choice of this schema"),
        }
    }

    /// The handle of the shift column `name`, as [`Schema::flag`].
    ///
    /// # Panics
    /// When `name` is not declared (at compile time in a constant).
    #[must_use]
    pub const fn shift_column(&self, name: &str) -> ShiftCol {
        match place(self.shift, name) {
            Some((i, _, _)) => ShiftCol(i),
            None => panic!("not a shift column of this schema"),
        }
    }

    /// Checks the declaration: types, counts, and that no name is declared twice or is one of
    /// `reserved` (the columns the input layer reads for every pack).
    ///
    /// # Errors
    /// The first problem, naming the attribute.
    pub fn validate(&self, reserved: &[&str]) -> Result<(), String> {
        let choices = self.employee.iter().filter(|a| matches!(a.ty, AttrType::Choice(_))).count();
        if self.employee.len() - choices > MAX_FLAGS {
            return Err(format!("{} employee flags declared; at most {MAX_FLAGS}", self.employee.len() - choices));
        }
        if choices > MAX_CHOICES {
            return Err(format!("{choices} employee choices declared; at most {MAX_CHOICES}"));
        }
        if self.shift.len() > MAX_SHIFT_COLUMNS {
            return Err(format!("{} shift columns declared; at most {MAX_SHIFT_COLUMNS}", self.shift.len()));
        }
        let mut seen: Vec<&str> = reserved.to_vec();
        for (attrs, ty, what) in
            [(self.employee, AttrType::Flag, "employee attribute"), (self.shift, AttrType::Minutes, "shift column")]
        {
            for a in attrs {
                if let (AttrType::Choice(values), AttrType::Flag) = (a.ty, ty) {
                    if values.is_empty() || values.iter().any(|v| v.is_empty() || v.contains(char::is_whitespace)) {
                        return Err(format!("{what} {:?}: a list of values without blanks", a.name));
                    }
                } else if a.ty != ty {
                    return Err(format!("{what} {:?} is of type {}; expected {}", a.name, a.ty.name(), ty.name()));
                }
                let plain = !a.name.is_empty()
                    && a.name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
                if !plain {
                    return Err(format!("{what} {:?}: a name of lower-case letters, digits and _", a.name));
                }
                if a.section.is_empty() || a.meaning.is_empty() {
                    return Err(format!("{what} {:?}: a meaning and the section that needs it", a.name));
                }
                if seen.contains(&a.name) {
                    return Err(format!("{what} {:?} is declared twice or is a column every pack reads", a.name));
                }
                seen.push(a.name);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static TEST: Schema = Schema {
        employee: &[
            Attr { name: "a", ty: AttrType::Flag, meaning: "A.", section: "1" },
            Attr { name: "b", ty: AttrType::Flag, meaning: "B.", section: "2" },
        ],
        shift: &[Attr { name: "c", ty: AttrType::Minutes, meaning: "C.", section: "3" }],
    };
    const B: Flag = TEST.flag("b");

    #[test]
    fn handles_are_places_fixed_at_compile_time() {
        assert_eq!(B, Flag(1));
        assert_eq!(TEST.shift_column("c"), ShiftCol(0));
        assert_eq!(TEST.validate(&["employee_id"]), Ok(()));
    }

    #[test]
    fn a_bad_declaration_is_refused_naming_the_attribute() {
        static TWICE: Schema = Schema {
            employee: &[
                Attr { name: "a", ty: AttrType::Flag, meaning: "A.", section: "1" },
                Attr { name: "a", ty: AttrType::Flag, meaning: "A.", section: "1" },
            ],
            shift: &[],
        };
        assert!(TWICE.validate(&[]).unwrap_err().contains("\"a\" is declared twice"));
        assert!(TEST.validate(&["b"]).unwrap_err().contains("\"b\""));
        static WRONG: Schema =
            Schema { employee: &[Attr { name: "m", ty: AttrType::Minutes, meaning: "M.", section: "1" }], shift: &[] };
        assert!(WRONG.validate(&[]).unwrap_err().contains("expected flag"));
        static TOO_MANY: Schema = Schema {
            employee: &[],
            shift: &[Attr { name: "c", ty: AttrType::Minutes, meaning: "C.", section: "3" }; MAX_SHIFT_COLUMNS + 1],
        };
        assert!(TOO_MANY.validate(&[]).unwrap_err().contains("at most"));
    }
}
