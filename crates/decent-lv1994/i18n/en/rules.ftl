# Messages of the lv-1994 rules' findings, in English. One key per rule, or per variant of a
# rule's finding (`<rule-id>-<variant>`); arguments are typed by the rule (see
# decent_core::message): hours come as durations, times as `YYYY-MM-DD HH:MM`, days as
# `YYYY-MM-DD`. The Latvian catalogue (../../lv/rules.ftl) has exactly the same keys.

overlapping-shifts = the shift on line { $line } overlaps the shift on line { $other } from { $from } to { $to }: one of the rows is wrong

## working time

weekly-norm = { $hours } of normal working hours in the week from { $week }, above the { $limit } norm: the { $excess } beyond it are overtime (s57) — mark them as overtime with written consent, or reschedule
shortened-week = { $hours } of normal working hours in the week from { $week }, above this employee's shortened norm of { $limit } a week (s46): the { $excess } beyond it are overtime (s57) — mark them as overtime with written consent, or reschedule
six-day-daily-cap = { $hours } of normal working hours on { $day }, a six-day week whose working day may not exceed { $limit } (s47): shorten the day by { $excess } or mark the extra time as overtime with written consent
festive-eve = { $hours } of normal working hours on { $day }, the working day before { $name } ({ $festive_day }), shortened by one hour to at most { $limit } (s49): shorten the day by { $excess }, or mark the extra time as overtime with written consent
festive-eve-holiday = { $hours } of normal working hours on { $day }, the day before the weekly holiday of a six-day week, which may not exceed { $limit } (s49): shorten the day by { $excess }, or mark the extra time as overtime with written consent
night-shift-length = the night shift from { $from } to { $to } lasts { $hours }: the established shift is { $established } ({ $whence }), and s50 shortens a night shift by one hour, to at most { $limit } — shorten it by { $excess }, or mark the extra time as overtime with written consent
schedule-publication = the shift schedule of { $shifts ->
        [one] { $shifts } shift
       *[other] { $shifts } shifts
    } starting { $first } was made known on { $published }, { $days } days before it took effect; s54 requires one month's notice, by { $deadline } — publish schedules at least a month ahead, and agree any change with the employee
successive-shifts = the shift starting { $start } follows the shift { $prev_start }–{ $prev_end } after only { $rest } of rest: two successive shifts are prohibited (s54) — give at least { $gap } of rest between shifts, or assign the second shift to someone else
successive-shifts-no-rest = the shift starting { $start } follows the shift { $prev_start }–{ $prev_end } with no rest between them: two successive shifts are prohibited (s54) — give at least { $gap } of rest between shifts, or assign the second shift to someone else
summary-period-norm = { $hours } of normal working hours in the summary-registration period { $first } to { $last }, above its norm of { $limit } (s55): the { $excess } beyond it are overtime (s57) — mark them as overtime with written consent, or give the time back within the period
overtime-without-consent = { $hours } of overtime from { $from } to { $to } without the employee's written consent on record (s57): obtain written consent before ordering overtime, or record the consent given in employees.csv
overtime-two-day-cap = { $hours } of overtime on { $day1 } and { $day2 } ({ $hours1 } and { $hours2 }), above the { $limit } s59 allows in two successive days: spread the overtime over more days or give it to another employee who consents
overtime-two-day-cap-one-day = { $hours } of overtime on { $day1 } (none on { $day2 }), above the { $limit } s59 allows in two successive days: spread the overtime over more days or give it to another employee who consents
overtime-annual-cap = { $hours } of overtime in { $year }, above the { $limit } a year s59 allows, by { $excess }: stop ordering overtime from this employee for the rest of the year and plan staffing so that the work fits in normal hours

## rest

meal-break-too-long = The break in this shift lasts { $measured }; the interval for rest and nourishment may not exceed { $limit } (s60). Shorten the break, or record the time beyond { $limit } as working time
meal-break-missing = { $count ->
        [one] { $count } shift
       *[other] { $count } shifts
    } longer than { $limit } with no break recorded in { $month } { $year } (starting { $starts }): s60 grants an interval for rest and nourishment, usually within the first { $limit } of work. Give and record the break, or show that production does not permit one and meals are taken during working time under a list agreed with the trade union
meal-break-late = The break starts { $measured } after the start of the shift; s60 says it should usually be given no later than { $limit } after the beginning of work. Move the break earlier, or note why this shift is an exception
weekly-rest = In the week from { $week } the longest continuous rest is { $longest }: s65 requires a weekly rest of at least { $limit }. Rearrange the week's shifts so that { $limit } off in a row fall inside it
weekly-rest-rolling = From { $from } to { $to } there is no continuous rest of { $limit } (the longest is { $longest }): s65 requires a weekly rest of at least { $limit }. Give the employee { $limit } off in a row within every seven days
weekly-holiday-work = { $hours } of work on { $weekday ->
        [sunday] Sunday
       *[saturday] Saturday
    } { $day }, a weekly holiday: s66 allows calling an employee to work on a holiday only in exceptional cases, with the trade union's consent and a written order — keep both on file. s67: compensate with another day off or double pay, as agreed with the employee
festive-day-work = { $hours } of work on { $day } ({ $name }), a festive day: lawful only for continuous production, services to the population, urgent repairs, loading or unloading (s68). Pay these hours at twice the hourly or daily rate, or give an additional day off if the employee asks for one (s94)
festive-day-work-duty = { $hours } of duty on { $day } ({ $name }), a festive day: s94 requires another day off or double average earnings for it, as agreed with the employee

## protection of women, parents and minors

women-night-work = { $count ->
        [one] { $count } shift
       *[other] { $count } shifts
    } with night work (s50 night-time) by a woman in { $month } { $year } (starting { $starts }), { $hours } at night in all: s169 allows women at night only in kinds of work where it is highly necessary. Record why this work is, or move it out of night-time
night-barred = { $hours } of night work (s50 night-time) in the shift starting { $start } by an employee marked as barred from night work (s51): move the work out of night-time or give the shift to someone else
pregnant-or-young-child = The law forbids involving { $who ->
        [s176] a single father or trustee of a young child (s170, extended by s176)
       *[own] a pregnant woman or a woman with a child under three (s170)
    } in { $limb ->
        [night] night-time work ({ $hours } at night in the shift starting { $start })
        [overtime] overtime work ({ $hours } of overtime in the shift starting { $start })
        [holiday] work on a holiday ({ $hours } on the weekly holiday { $day })
        [festive] work on a festive day ({ $hours } on { $day }, { $name })
       *[trip] a business trip ({ $first } to { $last })
    }. Give this work to another employee
pregnant-or-young-child-trip = The law forbids sending { $who ->
        [s176] a single father or trustee of a young child (s170, extended by s176)
       *[own] a pregnant woman or a woman with a child under three (s170)
    } on a business trip ({ $first } to { $last }). Cancel the trip or send another employee
child-under-14-consent-overtime = No consent to overtime is recorded for { $who ->
        [s176] a single father or trustee of a child under 14 (a disabled child under 16) (s171, extended by s176)
       *[own] a woman with a child under 14 (a disabled child under 16) (s171)
    }, yet the employee was involved in overtime work ({ $hours } of overtime in the shift starting { $start }). Obtain and record the employee's consent, or give the overtime to someone else
child-under-14-consent-trip = No consent to business trips is recorded for { $who ->
        [s176] a single father or trustee of a child under 14 (a disabled child under 16) (s171, extended by s176)
       *[own] a woman with a child under 14 (a disabled child under 16) (s171)
    }, yet the employee was sent on a business trip ({ $first } to { $last }). Obtain and record the employee's consent, or cancel the trip
duty-restriction = { $hours } of duty starting { $start } is { $limbs ->
        [1] { $limb1 }
        [2] { $limb1 }, { $limb2 }
        [3] { $limb1 }, { $limb2 }, { $limb3 }
       *[other] { $limb1 }, { $limb2 }, { $limb3 }, { $limb4 }
    }: the law forbids involving { $who ->
        [s176] a single father or trustee of a child under 14 (a disabled child under 16) (s171.1, extended by s176)
       *[own] a pregnant woman or a woman with a child under 14 (a disabled child under 16) (s171.1)
    } in duty at such times. Give the duty to another employee
duty-after-hours = after the end of the working day
duty-night = during night-time
duty-holiday = on a weekly holiday
duty-festive = on a festive day
feeding-breaks = The shift starting { $start } gave { $given } min of feeding intervals; s177 owes this { $who ->
        [s176] single father or trustee (s176)
       *[own] mother
    } of { $children ->
        [one] a child
        [0] a child
       *[other] two or more children
    } under 18 months { $intervals } intervals of at least { $interval } min ({ $owed } min). Grant and record the missing { $missing } min
minor-restrictions = s186 forbids employing a person under 18 in { $limb ->
        [night] night-time work ({ $hours } at night in the shift starting { $start })
        [overtime] overtime work ({ $hours } of overtime in the shift starting { $start })
        [holiday] work on a holiday ({ $hours } on the weekly holiday { $day })
        [festive] work on a festive day ({ $hours } on { $day }, { $name })
       *[trip] a business trip ({ $first } to { $last })
    }. Give this work to an adult employee, or move the minor's hours into normal hours on a working day, outside night-time

## names of festive days (festive.toml), as the messages above name them

festive-unnamed = a festive day
festive-new-years-day = New Year's Day
festive-good-friday = Good Friday
festive-easter-sunday = Easter Sunday
festive-easter-monday = Easter Monday
festive-labour-day = Labour Day
festive-restoration-of-independence-day = Restoration of Independence Day
festive-mothers-day = Mother's Day
festive-whit-sunday = Whit Sunday
festive-midsummer-eve = Midsummer Eve (Līgo Day)
festive-midsummer-day = Midsummer Day (Jāņi)
festive-proclamation-day-of-the-republic-of-latvia = Proclamation Day of the Republic of Latvia
festive-christmas-eve = Christmas Eve
festive-christmas-day = Christmas Day
festive-second-day-of-christmas = Second Day of Christmas
festive-new-years-eve = New Year's Eve
weekly-rest-seven-days = From { $from } to { $to } ({ $days } days { $and }) there is no continuous rest of { $limit } (the longest is { $longest }): s65 requires a continuous weekly rest of at least { $limit }, so no seven days may pass without one. Give the employee { $limit } off in a row inside this stretch
night-shift-length-from-norm = the daily norm: there is no day shift to go by
night-shift-length-from-day-shifts = the usual length of this employee's day shifts
