# What an input file was expected to hold (decent-io errors), English.
# The frame: where ($at is file:line:column), the column's name, the value found (quoted).
input-error = { $at }: expected { $expected }
input-error-value = { $at }: found { $value }, expected { $expected }
input-error-column = { $at } (column `{ $column }`): expected { $expected }
input-error-column-value = { $at } (column `{ $column }`): found { $value }, expected { $expected }
# What was expected. $text is a value or a column's name from the input, as written.
input-expect-text = { $text }
input-expect-date = a date YYYY-MM-DD (years 1000 to 5000)
input-expect-datetime = a local date-time YYYY-MM-DDTHH:MM[:SS] (a space instead of T accepted)
input-expect-bool = true or false (also yes/no, 1/0, or empty for false)
input-expect-id = an id: UTF-8 text, not empty, not only blanks, without control characters
input-expect-utf8 = UTF-8 text (save the file as UTF-8)
input-expect-header = a header row
input-expect-employee-id = an employee id (not empty)
input-expect-known-employee = an employee listed in the employees file
input-expect-employee-rows = at least one employee row after the header
input-expect-shift-rows = at least one shift row after the header
input-expect-amount = an amount like 4.50 (a dot as decimal separator)
input-expect-sex = F or M
input-expect-weekly-hours = weekly hours, a number of at least one minute (0.0167) and at most 168
input-expect-week-days = 5 or 6 (days in the working week)
input-expect-summary-months = months from 0 (none) to 12
input-expect-dates = dates YYYY-MM-DD separated by ;
input-expect-shift-length = a shift of at most 7 days (168 h)
input-expect-break = whole minutes of break, from 0 to the shift's length
input-expect-shift-kind = a kind: work, overtime or duty
input-expect-break-start = the break's start: a time (HH:MM) or date-time within the shift
input-expect-feeding = whole minutes of feeding intervals, from 0 to the shift's length
input-expect-idle = whole minutes of idle time, from 0 to the shift's length
input-expect-moved-kind = working or day_off
input-expect-month = a month YYYY-MM
input-expect-earnings = an amount of at least 0 like 1234.50 (a dot as decimal separator)
input-expect-minutes = whole minutes, from 0 to the shift's length
input-expect-intervals = intervals FROM/TO (YYYY-MM-DD/YYYY-MM-DD, FROM not after TO) separated by ;
input-expect-days-worked = days worked in the month, 0 to 31
input-expect-employers = fewer than 65,535 distinct employer_id values
# Expectations built from the input: a duplicate's other line, field counts, lists of choices.
input-expect-nonempty = a header row ({ $header }) and data rows; the file is empty
input-expect-readable = a readable file ({ $reason })
input-io-not-found = no such file
input-io-denied = permission denied
input-io-directory = it is a directory
input-io-other = { $detail }
input-expect-csv-header = a CSV header row ({ $detail })
input-expect-csv-row = a CSV row ({ $detail })
input-expect-column-once = each column once; `{ $name }` is also column { $other }
input-expect-required-columns = a header with the required { $count ->
        [one] column
       *[other] columns
    } { $columns } (rename yours with --map OLD=NEW)
input-expect-fields = { $width } { $width ->
        [one] field
       *[other] fields
    }, one per column of the header; this row has { $found }: { $why }
input-fields-missing = fields are missing (write an empty field between commas for a value not given)
input-fields-extra = there are more fields than columns (a value holding a comma must be in double quotes)
input-expect-header-size = a header row of at most { $block } bytes (no line break in the first { $read } bytes)
input-expect-max-rows = at most { $max } rows (this file has more)
input-expect-end-after-start = an end after the start ({ $start })
input-expect-together = break, { $column } and idle minutes together at most the shift's length ({ $clock } min); here { $brk } + { $fed } + { $idle } = { $together }
input-declared-column = declared
input-expect-employee-once = each employee once; this id is also on line { $line }
input-expect-one-of = one of { $values }
input-expect-absence-kind = an absence kind: { $kinds }
input-expect-last-day = a last day on or after the first ({ $first })
input-expect-day-once = each day once; this day is also on line { $line } (keep the row that holds)
input-expect-employee-month-once = each employee and month once; { $id } { $month } is also on line { $line }
input-expect-declaration = a valid declaration ({ $detail })

# A warning that does not stop the import.
input-warning-ignored-column = column { $column } `{ $name }` is not used by decent and is ignored
