# What an input file was expected to hold (decent-io errors), English.
# The frame: where ($at is file:line:column), the column's name, the value found (quoted).
input-error = { $at }: expected { $expected }
input-error-value = { $at }: found { $value }, expected { $expected }
input-error-column = { $at } (column `{ $column }`): expected { $expected }
input-error-column-value = { $at } (column `{ $column }`): found { $value }, expected { $expected }
# What was expected.
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
