# The command line's own words (English): headers, summary lines, labels.
error = error: { $text }
input-warning = warning: { $text }

check-col-severity = severity
check-col-section = section
check-col-rule = rule
check-col-employee = employee
check-col-from = from
check-col-message = message
check-col-violations = violations
check-col-warnings = warnings
check-col-info = info
check-totals = { $employees } employees, { $shifts } shifts: { $violations } violations, { $warnings } warnings, { $info } info
check-not-checked = not checked: { $rule } ({ $section }): shifts.csv has no { $column } column
check-note = note: { $text }

laws-default = (default)
laws-jurisdiction = jurisdiction
laws-in-force = in force
laws-in-force-range = { $from } to { $to }
laws-in-force-from = from { $from }
laws-consolidated = text consolidated to
laws-text = text
laws-contents = contents
laws-contents-value = { $sections } sections, { $rules } rules, { $params } parameters
laws-hash = hash
laws-sources = sources:
laws-used-for = used for: { $text }
laws-columns = columns this law reads beyond the common ones:
laws-type-flag = yes/no
laws-type-minutes = minutes
laws-type-choice = one of

rules-col-rule = rule
rules-col-section = section
rules-col-title = title
rules-parameters = Parameters and interpretations:
rules-no-value = (no value: the user supplies it)
rules-value-from = { $value } from { $day }
rules-interpretations = Interpretations:
rules-parameters-only = Parameters:
rules-override = Override any of them with --set NAME=VALUE. `decent explain RULE` shows one rule in full.
rules-quotes-language = Quotes of the statute are in the language of the pack's text ({ $status }).
explain-kind-parameter = parameter
explain-kind-interpretation = interpretation
explain-enforces = Enforces: "{ $quote }"
explain-example = Example: { $text }
explain-why = why: { $text }
explain-choices = choices: { $text }
explain-statute = The statute:
explain-statute-language = (the statute's text as the pack holds it: { $status })
explain-section = Section { $number }. { $title }
explain-note = Note: { $text }
explain-translation = Working translation, unofficial (not the law; the text above is the statute): { $title }
