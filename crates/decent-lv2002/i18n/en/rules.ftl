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
