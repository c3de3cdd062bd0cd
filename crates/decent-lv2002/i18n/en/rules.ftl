# Messages of the lv-2002 pack's rules, in English (the same keys as i18n/lv/rules.ftl).

## Public holidays by name (law/holidays.toml; the key is data::holiday_key_of of the name).

holiday-unnamed = a public holiday
holiday-new-years-day = New Year's Day
holiday-good-friday = Good Friday
holiday-easter-sunday = Easter Sunday
holiday-easter-monday = Easter Monday
holiday-labour-day = Labour Day
holiday-restoration-of-independence-day = Restoration of Independence Day
holiday-mothers-day = Mother's Day
holiday-whit-sunday = Whit Sunday
holiday-midsummer-eve = Midsummer Eve (Līgo Day)
holiday-midsummer-day = Midsummer Day (Jāņi)
holiday-song-and-dance-festival-closing-day = Song and Dance Festival closing day
holiday-day-of-the-pastoral-visit-of-pope-francis = Day of the pastoral visit of Pope Francis
holiday-day-of-the-hockey-teams-bronze-medal = Day of the hockey team's bronze medal
holiday-proclamation-day-of-the-republic-of-latvia = Proclamation Day of the Republic of Latvia
holiday-christmas-eve = Christmas Eve
holiday-christmas-day = Christmas Day
holiday-second-day-of-christmas = Second Day of Christmas
holiday-new-years-eve = New Year's Eve

## Working time (s131–s138): src/rules/working_time/.

normal-working-time-day = { $hours } of normal working time on { $day }, above the { $limit } a day s131 allows even with the one-hour extension of s131(2): shorten the day by { $excess }, or record the extra time as overtime with the employee's written consent (s136)
normal-working-time-unoffset = { $hours } of normal working time on { $day }, above the daily norm of { $limit }, and no shorter working day of that week is left to offset the extension (s131(2): one shorter day for each extended day, s131.offset_pairing): shorten the day by { $excess } or another working day of the week, or record the extra time as overtime with written consent (s136)
normal-working-time-week = { $hours } of normal working time in the week from { $week }, above the { $limit } a week s131 allows, by { $excess }: reschedule, or record the hours beyond the norm as overtime with written consent (s136)
minors-working-time-day = { $hours } of working time on { $day } for { $who ->
        [child-school] a child in the school year, who may work at most { $limit } a day (s132(2) 1)
        [child-holiday] a child in the school holidays, who may work at most { $limit } a day (s132(2) 2)
        [child-15-holiday] a child of 15 or older in the school holidays, who may work at most { $limit } a day (s132(2) 2)
       *[adolescent] an adolescent, who may work at most { $limit } a day (s132(3))
    }: shorten the day
minors-working-time-week = { $hours } of working time in the week from { $week } for { $who ->
        [child-school] a child in the school year, who may work at most { $limit } a week (s132(2) 1)
        [child-holiday] a child in the school holidays, who may work at most { $limit } a week (s132(2) 2)
        [child-15-holiday] a child of 15 or older in the school holidays, who may work at most { $limit } a week (s132(2) 2)
       *[adolescent] an adolescent, who may work at most { $limit } a week (s132(3))
    }: reschedule the week
minors-working-time-days = work on { $days } days in the week from { $week } for a person under 18, who has a five-day working week (s132(1)): give the sixth day off
working-week-six-day = { $hours } of normal working time on { $day }, a six-day working week whose day may not exceed { $limit } (s133(2)): shorten the day by { $excess }, or record the extra time as overtime with written consent (s136)
working-week-five-day = ordinary work on { $days } days in the week from { $week }, though the employee has a five-day working week (s133(1)): give a day off, or set a six-day week only where the nature of the work requires it, after consulting the employees' representatives
part-time-on-request = { $hours } of normal working time in the week from { $week }, a full week of { $limit }, though the employee asked for part-time work and is one of those s134(2) obliges the employer to grant it to: set part-time work, shorter than the normal daily or weekly working time
holiday-eve = { $hours } of normal working time on { $day }, the day before { $name } ({ $holiday }), which s135 shortens by one hour, to at most { $limit }: shorten the day by { $excess }, or record the extra time as overtime with written consent (s136)
overtime-consent = { $hours } of overtime from { $from } to { $to } with no written agreement on overtime on record (s136(2)): agree on overtime in writing and record it in employees.csv (overtime_consent), unless one of the exceptional cases of s136(3) applies
overtime-limit-total = { $hours } of overtime in the reference period { $from } to { $to }, above the { $limit } s136(5) allowed then, by { $excess }: stop ordering overtime from this employee for the rest of the period
overtime-limit-average = { $hours } of overtime in the reference period { $from } to { $to }, above the average of eight hours per seven days that s136(5) allows ({ $limit } over the period), by { $excess }: stop ordering overtime from this employee for the rest of the period, or plan the work to fit normal working time
overtime-minors = { $hours } of overtime from { $from } to { $to } by an employee aged { $age }: s136(6) prohibits employing persons under 18 in overtime work, consent or not — give the work to an adult employee
overtime-protected = { $hours } of overtime from { $from } to { $to } by { $why ->
        [pregnant] a pregnant employee
        [postnatal] an employee within a year of giving birth
       *[breastfeeding] a breastfeeding employee whose child is under two,
    } with no written consent on record: s136(7) allows it only with her written consent, with no exception — obtain it, or give the work to someone else
night-worker-day = { $hours } of normal working time on { $day } by a night worker ({ $whence ->
        [marked] marked night_worker
       *[days] night work on at least { $days } days of the calendar year, s138(2)
    }), whose normal daily working time s138(3) shortens by one hour, to { $limit }: shorten the day by { $excess }
night-worker-day-special-risk = { $hours } of work in the 24 hours from { $from }, in which a night worker in special-risk work ({ $whence ->
        [marked] marked night_worker
       *[days] night work on at least { $days } days of the calendar year, s138(2)
    }) performed night work: s138(3) allows at most { $limit } — shorten the work by { $excess }
night-minors = { $hours } at night time in the shift from { $from } to { $to } by { $who ->
        [child] a child (night time for children is 20:00–06:00, s138(1))
       *[adolescent] a person under 18
    }: s138(6) prohibits employing persons under 18 at night time — end the shift before night time or give it to an adult
night-parent-consent = { $hours } at night time in the shift from { $from } to { $to } by an employee with a child under three, with no consent to night work on record (s138(7)): obtain the employee's consent (night_consent) or give the shift to someone else
## Rest (s139–s146)

daily-rest = From { $from } to { $to } the longest rest is { $longest }: s142(1) requires a daily rest of at least { $limit } in a row in each 24-hour period. Rearrange the shifts so that { $limit } off in a row follow each day's work
daily-rest-child = From { $from } to { $to } the longest rest is { $longest }: s142(2) requires a child's daily rest of at least { $limit } in a row in each 24-hour period. Shorten the child's working day or move the shifts apart
weekly-rest = From { $from } to { $to } ({ $days } days { $and }) there is no rest of { $limit } in a row (the longest is { $longest }): s143(1) requires a weekly rest of at least { $limit } in a row in each seven-day period, so no seven days may pass without one. Give the employee { $limit } off in a row inside this stretch
weekly-rest-calendar-week = In the week from { $week } the longest rest is { $longest }: s143(1) requires a weekly rest of at least { $limit } in a row. Rearrange the week's shifts so that { $limit } off in a row fall inside it
weekly-rest-call-in = From { $from } to { $to } ({ $days } days { $and }) overtime leaves no rest of { $limit } in a row (the longest is { $longest }): lawful only as a call-in during weekly rest by the employer's written order in a case s143(4) names, with equivalent compensatory rest. Keep the order on file and give the rest
weekly-rest-call-in-fourteen = From { $from } to { $to } ({ $days } days { $and }) overtime leaves no rest of { $limit } in a row (the longest is { $longest }), and some 14 days around it hold fewer than two such rests: s143(4) allows a call-in during weekly rest only while at least two weekly rests remain in any 14 days. Give the employee { $limit } off in a row in this fortnight
weekly-rest-call-in-protected = From { $from } to { $to } ({ $days } days { $and }) overtime leaves no rest of { $limit } in a row (the longest is { $longest }): s143(5) forbids calling in persons under 18, pregnant women, women within a year after giving birth and breastfeeding women during weekly rest. Take this employee off the call-in
two-shifts-in-a-row = The shift starting { $start } follows the shift { $prev_start }–{ $prev_end } after only { $rest } of rest: s139(2) prohibits assigning an employee to two shifts in a row. Give the second shift to someone else, or let the daily rest pass between them
two-shifts-in-a-row-no-rest = The shift starting { $start } follows the shift { $prev_start }–{ $prev_end } with no rest between them: s139(2) prohibits assigning an employee to two shifts in a row. Give the second shift to someone else, or let the daily rest pass between them
shift-schedule-notice = The shift schedule of { $shifts ->
        [one] { $shifts } shift
       *[other] { $shifts } shifts
    } starting { $first } was made known on { $published }, { $days } days before it took effect: s139(5) requires employees to be acquainted with shift schedules at least one month before they take effect, by { $deadline }. Make schedules known a month ahead
public-holiday-work = { $hours } of work on { $day } ({ $name }), a public holiday: s144(1) says employees are not employed on public holidays; s144(2) allows it only where continuous operation must be ensured, with rest on another day of the week or appropriate compensation (s68). Keep the reason on file, and give the rest or the pay
work-break-missing = The shift starting { $start } has { $measured } of working time and no break recorded: s145(1) gives a break when the daily working time is longer than { $limit }, and s145(5) says it is granted in any case. Record the break, or note that it is counted as working time (s145(3))
work-break-short = The break in the shift starting { $start } lasts { $measured } min: s145(2) says a break may not be shorter than { $limit } min. Lengthen the break
work-break-late = The break in the shift starting { $start } begins { $measured } after the start of work: s145(2) says it is granted not later than { $limit } after the start. Move the break earlier
feeding-breaks = The shift starting { $start } gave { $given } min of breaks for feeding a child; s146(2) owes { $breaks ->
        [one] { $breaks } break
       *[other] { $breaks } breaks
    } of at least { $each } min, { $owed } min in all, not less often than every three hours, once the employee has told the employer of the need (s146(1)). Grant the breaks and record them in feeding_minutes
summarised-time-cap-in-a-row = From { $from } to { $to } the employee works { $measured } in a row: under summarised working time s140(4) prohibits in any case employing an employee for more than { $limit } in a row, and rest is granted immediately after the work. Split the stretch between employees
summarised-time-cap-week = In the week from { $week } the employee works { $measured }: under summarised working time s140(4) prohibits in any case more than { $limit } a week. Move hours to another week or another employee
summarised-time-cap-seven-days = From { $from } to { $to } the employee works up to { $measured } in seven days: under summarised working time s140(4) prohibits in any case more than { $limit } a week. Move hours to another week or another employee
summarised-average-rest-daily = In the reference period { $first } to { $last } daily rest averages { $average } per 24 hours: under summarised working time s140(6) requires on average at least { $limit }. Give more rest within the period
summarised-average-rest-weekly = In the reference period { $first } to { $last } the longest rest of each whole week averages { $average }: under summarised working time s140(6) requires weekly rest of on average at least { $limit } a week, daily rest included. Give longer rests within the period
