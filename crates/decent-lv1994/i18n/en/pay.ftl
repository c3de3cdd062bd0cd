# lv-1994's pay, English: what each pay line pays, what it rests on, the minimum-pay check
# (s83), average earnings (s103), leave pay (s72, s101), severance (s37) and deductions (s124,
# s125).

## pay lines

pay-normal-hours = normal hours
pay-overtime = overtime
pay-night-hours = night hours
pay-festive-day-work = festive-day work
pay-weekly-holiday-work = weekly-holiday work
pay-idle-time = idle time
pay-monthly-salary = monthly salary
pay-premium-over-salary = { $what } (premium over the salary)
pay-leave = leave pay
pay-severance = severance, ground { $ground }
pay-list = { $list }, { $item }
pay-concat = { $a }{ $b }
pay-nothing = {""}
pay-weekly-holiday = weekly holiday

## what a line rests on (`--explain`)

pay-basis-shift = shift { $from }–{ $to } (line { $line }): { $hours } on { $day }{ $more }
pay-basis-night = {" "}at night ({ $from }–{ $to }, s50)
pay-basis-overtime-row = , a row marked overtime (s57)
pay-basis-overtime-derived = , past the norm of the week or period (s57)
pay-basis-festive = , festive day: { $name }
pay-basis-holiday = , a weekly holiday (s61)
pay-basis-idle = {" "}of idle time (s99)
pay-basis-salary = monthly_salary of the employees file; the month's normal hours are { $hours }
pay-note-duty = duty { $from }–{ $to } (line { $line }): compensated by agreement with another holiday or double average earnings (s94), not paid here
pay-note-compensated = work on { $worked } ({ $name }) compensated by the day off on { $off } (s94, s67): paid at the single rate

## the minimum pay (s83)

pay-minimum-not-checked = not checked: the seed states no minimum amount; supply the living wage in force with --set s83.minimum_monthly@{ $day }=AMOUNT
pay-minimum = minimum { $minimum } required { $how }; pay for normal hours { $normal_pay }
pay-minimum-pro-rata = pro rata: { $worked } of the month's { $norm } normal hours (s83.minimum_pro_rata)
pay-minimum-minor = in full: a minor on reduced working time (s185)
pay-minimum-full = in full

## average earnings (s103) and leave pay (s72, s101)

pay-average-how = ({ $earlier_amount } for { $earlier } + { $last_amount } for { $last }) ÷ 2 = { $monthly }; leave: ÷ { $leave_divisor }; other cases: ÷ { $work_days } work-days per month
pay-average-short = worked less than two months: { $amount } for { $last } ÷ { $days } days worked = { $daily } a day (s103.short_service); monthly = that × { $work_days } work-days per month
pay-due-festive = { $day } is { $name }, a festive day (s68)
pay-due-sunday = { $day } is Sunday, the generally observed holiday (s61)
pay-due-saturday = { $day } is Saturday, the second holiday of a five-day week (s61)
pay-basis-festive-excluded = festive day { $name }: excluded (s72)
pay-basis-sundays = { $count ->
    [one] { $count } Sunday: not calendar work-days
   *[other] { $count } Sundays: not calendar work-days
}
pay-basis-day-rate = day rate: { $how }
pay-basis-due = due no later than one day before the leave (s101): { $day }
pay-basis-due-moved = due no later than one day before the leave (s101): { $day }, moved earlier as { $passed }

## severance (s37) and deductions (s124, s125)

pay-basis-severance = termination under point { $point } of { $section }: at least { $months } month(s) of average earnings (s37), paid on the day of firing (s102); no deductions (s125)
pay-deduction-severance = no deductions from the firing benefit (s125)
pay-deduction-compensation = no deductions from compensations (s125)
pay-deduction-alimony = alimony for minors: the caps of s124 do not apply
pay-deduction-punitive = punitive labour: the caps of s124 do not apply
pay-deduction-ordinary = at most { $percent } % of each payment (s124)
pay-deduction-special = at most { $percent } % in the special cases of the laws (s124)
pay-deduction-several = under several warrants the employee keeps { $percent } % (s124)

## errors of pay
pay-error-no-earnings = no earnings for { $month }, the last calendar month before the day asked about (s103)
pay-error-days-worked-missing = the employee worked less than two months (no earnings for { $earlier }); s103 then divides the earnings of { $last } by the days worked in it: give a days_worked column or --days-worked
pay-error-outside-calendar = { $day } is outside the years the festive calendar covers ({ $first }–{ $last }): its festive days are not known; festive days (s68) decide this pay (s72, s94, s101), so it is not computed
pay-error-leave-too-long = a leave from { $from } to { $to } is { $days } days long; at most { $max } days (ten years) are computed: check --from and --to
pay-error-params = the law's parameters: { $text }
pay-error-employee = employee { $id } (employees line { $line }): { $error }
pay-error-range = { $what }: found { $value }, expected { $expected }
pay-range-amount = an amount from 0 to { $max }
pay-range-multiplier = a multiplier from 0 to { $max }
pay-range-divisor = a divisor other than 0
pay-range-fits = a result that fits exact decimal arithmetic (amounts 0 to { $money }, multipliers 0 to { $multiplier })
pay-what-text = { $text }
pay-what-amount = amount
pay-what-total = the payslip's total
pay-what-cap = the cap (s124)
pay-what-payment = the payment
pay-what-deductions = the deductions
pay-what-pro-rata = the minimum pro rata (s83)
pay-what-salary-rate = the hourly rate of the salary (s93)
pay-what-two-months = the earnings of two months (s103)
pay-what-day-rate-other = the day rate for other cases (s103)
pay-what-day-rate-leave = the day rate for leave (s103.leave_divisor)
pay-what-day-rate-short = the day rate (s103.short_service)
pay-what-normal-pay = pay for normal hours (s83)
pay-what-average-short = average monthly earnings (s103.short_service)
pay-what-average = average monthly earnings (s103)
pay-what-average-given = average monthly earnings
pay-what-monthly-salary = monthly_salary
pay-what-hourly-rate = hourly_rate
pay-what-earnings-of = earnings of { $month }
pack-error-unknown = unknown { $what } { $name }: expected one of { $names }
pack-unknown-ground = ground
pack-unknown-kind-of-deduction = kind of deduction
pack-unknown-payment = payment
