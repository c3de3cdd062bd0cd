# lv-1994's deadlines and terminations, English: the kinds of deadline (what the event is, what
# the date means, the options), the terms' names, why a day is not a working day, the steps of
# the maternity leave, and every check of a termination (s33–s37, s178, s239).

## deadline kinds (`decent deadline KIND`)

deadline-probation-event = the day of hiring
deadline-probation-meaning = the last day the probation may last
deadline-resignation-event = the day the employee gave notice of resignation
deadline-resignation-meaning = the last day of the notice of resignation
deadline-notice-event = the day the employer's written notice was given
deadline-notice-meaning = the earliest day the employer may end the contract
deadline-notice-option-point-5 = firing under point 5) of s33: temporary disablement is counted
deadline-roster-publication-event = the day the shift schedule takes effect
deadline-roster-publication-meaning = the latest day to acquaint the employees with the schedule
deadline-leave-schedule-event = any day of the calendar year the schedule is for
deadline-leave-schedule-meaning = the latest day to make the leave schedule and acquaint the employees with it
deadline-change-notice-event = the day the new conditions take effect
deadline-change-notice-meaning = the latest day to inform the employees
deadline-change-notice-option-remuneration = new or changed remuneration conditions (s90; the default)
deadline-change-notice-option-work-quotas = new, substituted or revised work quotas (s106)
deadline-discipline-event = the day the violation was discovered
deadline-discipline-meaning = the last day to apply the disciplinary punishment
deadline-discipline-expiry-event = the day the disciplinary punishment was applied
deadline-discipline-expiry-meaning = the last day of the year after which the punishment lapses if no new one is received
deadline-maternity-event = the first day of the maternity leave
deadline-maternity-meaning = the last day of the maternity and childbirth leave
deadline-maternity-option-early-care = treatment from before the twelfth week of pregnancy: 14 days added to the maternity leave
deadline-maternity-option-complications = complications, or two or more children born: 14 days added to the childbirth leave
deadline-dispute-event = the day the employee learned (or had to learn) of the violation, or received the log-book on firing
deadline-dispute-meaning = the last day to apply to the labour dispute commission (on firing: the court)
deadline-decision-event = the day of the labour dispute commission's decision
deadline-decision-meaning = the last day for the employer to comply with the decision

## the terms and their steps

term-label-resignation = one calendar month advance notice of resignation
term-label-notice = the employer's written notice of termination, one month in advance
term-label-probation = the period of probation (at most three months)
term-label-discipline = the term to apply a disciplinary punishment
term-label-discipline-expiry = the year after a disciplinary punishment
term-label-dispute = the term to apply on a labour dispute
term-label-decision = the term to comply with the labour dispute commission's decision
term-label-leave-schedule = the schedule of the leaves for { $year }
term-label-roster-publication = acquaint the employees with the shift schedule that takes effect on the date
term-label-change-work-quotas = inform the employees of the new or revised work quotas
term-label-change-remuneration = inform the employees of the new or changed remuneration conditions
term-notice-point-5 = firing under point 5) of s33: temporary disablement is not excluded from the term
term-result = { $meaning }: { $date }
term-absence = absence ({ $kind }, absences line { $line })
non-working-moved = a day off moved by the employer (moved days)
non-working-festive = { $name }, a festive day (s68)
non-working-sunday = Sunday, the generally observed holiday (s61)
non-working-saturday = Saturday, a holiday (interpretation s257.weekly_holiday)

absence-sick = temporary disablement
absence-annual-leave = annual leave
absence-maternity = maternity leave
absence-childcare = child-care leave
absence-unpaid = leave without pay
absence-study = study leave
absence-business-trip = business trip
absence-day-off = day off
absence-other = other justified absence

maternity-begins = the maternity leave begins on { $first }
maternity-early-care = treatment from before the twelfth week of pregnancy: { $days } days added to the maternity leave
maternity-leave = maternity leave of { $days } calendar days: { $from } to { $to }
maternity-complications = complications, or two or more children born: { $days } days added to the childbirth leave
maternity-childbirth = childbirth leave of { $days } calendar days: { $from } to { $to }
maternity-total = { $days } calendar days in all, granted irrespective of the days of maternity leave used before childbirth
maternity-moved = { $end } is not a working day ({ $reason }): the leave ends on the next working day, { $last }
maternity-not-moved = { $end } is not a working day ({ $reason }); a leave in calendar days is not moved (interpretation s173.moves_off_holiday)

## termination by the employer (`decent termination`)

termination-no-transfer = firing on this ground is permitted only if the employee cannot be transferred to another work with his consent; decent cannot see that from the data
termination-liquidation-s34 = the employer is being completely liquidated: the bar on firing during disablement or leave does not apply
termination-disabled = the employee is temporarily disabled on { $day } (absences line { $line }, { $from } to { $to }): firing is not permitted during temporary disablement
termination-disabled-point-5 = the employee is temporarily disabled on { $day }, but firing under point 5) of s33 is excepted
termination-not-disabled = no temporary disablement recorded on { $day }
termination-on-leave = the employee is on leave on { $day } ({ $kind }, absences line { $line }, { $from } to { $to }): firing is not permitted during leave
termination-no-leave = no leave recorded on { $day }
termination-no-birth-date = point 1.1) of s33 is for employees who have reached the age of retirement; the employee's birth date is not recorded
termination-under-retirement-age = the employee is { $age } on { $day }, under the retirement age of { $limit } (s34_1.retirement_age)
termination-retirement-age = the employee is { $age } on { $day }, at or over the retirement age of { $limit }; s34.1 lets the employer end the contract
termination-no-notice = the termination must be communicated personally in written form no later than one month in advance; no notice is recorded (--notice-given DATE)
termination-notice-after = notice given on { $given } is after the day of termination { $day }
termination-notice-runs = notice given on { $given } runs to { $end }{ $excluded ->
    [0] {""}
    [one] {" "}({ $excluded } day of disablement not counted)
   *[other] {" "}({ $excluded } days of disablement not counted)
}: the contract may not end before then
termination-notice-ran = notice given on { $given } ran to { $end }, not after { $day }
termination-notice-not-required = s35 does not require notice for ground { $ground }
termination-union-consent = the trade union gave its prior consent
termination-union-liquidation = liquidation of the employer: read as an exception to s36 (its list of exceptions is lost; notes.toml)
termination-union-member = the employee is a trade-union member: the employer may not terminate the contract without the prior consent of the trade union (--union-consent)
termination-not-union-member = the employee is not recorded as a trade-union member
termination-pregnant = the employee is pregnant on the day
termination-mother = the employee is a woman with a child under { $age }
termination-child-s176 = a minor under 14 (a handicapped child under 16), s176-ages reading
termination-child-s178 = a child under the age s178 states
termination-single-father = the employee is { $who ->
    [trustee] a trustee
   *[father] a single father
} of { $child }: s176 extends the second part of s178 to him
termination-protected = { $why }; the employer shall not be allowed to fire pregnant women and women who have a child under the age of three
termination-protected-liquidation = { $why }, but firing is permitted when the employer is completely liquidated
termination-not-protected = not pregnant, no child under three recorded for a woman, not a single father or trustee of a protected child
termination-official-consent = an elected trade-union official: the consent given is read as that of the union's supreme institution
termination-official = the employee is an elected trade-union official: firing needs the prior consent of the supreme institution of the trade union (--union-consent)
termination-not-official = the employee is not recorded as an elected trade-union official
termination-severance = a firing benefit of not less than the average wage of { $months ->
    [1] one month
    [6] six months
   *[other] { $months } months
}, or the amount the collective agreement or the contract sets
termination-severance-s30-8 = a firing benefit of not less than the average wage of { $months ->
    [1] one month
    [6] six months
   *[other] { $months } months
} (point 8) of s30)

## grounds of termination (`--ground`; a dot of the name is `_` in the key)

termination-ground-s33-1 = point 1) of s33 (s35 notice, s37 severance; s35 speaks of reducing the number of employees)
termination-ground-s33-1_1 = point 1.1) of s33: an employee who has reached the retirement age (s34.1)
termination-ground-s33-1_2 = point 1.2) of s33 (s35 notice, s37 severance; only if no transfer is possible)
termination-ground-s33-2 = point 2) of s33 (s35 notice, s37 severance; only if no transfer is possible)
termination-ground-s33-5 = point 5) of s33 (s35 notice; s34 allows it during temporary disablement)
termination-ground-s33-6 = point 6) of s33 (s35 notice, s37 severance; only if no transfer is possible)
termination-ground-s33-other = another point of s33, not cited by s34–s37 (no s35 notice, no s37 severance)
termination-ground-s30-3 = point 3) of s30 (s37 severance of one month; no s35 notice)
termination-ground-s30-6 = point 6) of s30 (s37 severance of one month; no s35 notice)
termination-ground-s30-8 = point 8) of s30: the contract does not comply with labour protection (s37: six months)
termination-ground-liquidation = the complete liquidation of the employer (s34, s178)

# The words of a termination verdict that cite this law's own sections (the command line shows them).
termination-severance-amount = At least { $months } months x { $monthly } = { $total }, paid on { $day } (s102), no deductions (s125).
termination-no-severance = Severance: s37 owes none on ground { $ground }.
termination-notice-term = Notice term (s35):

## errors of terms
term-error-unknown-kind = unknown deadline kind { $kind }: expected one of { $kinds }
term-error-unknown-option = unknown option { $option } for { $kind }: { $valid }
term-options-none = it takes none
term-options-expected = expected { $list }
term-error-unknown-ground = unknown ground { $ground }: expected one of { $grounds }
term-error-outside-calendar = { $day } is outside the years the festive calendar covers ({ $first }–{ $last })
