# lv-2002's pay lines, deadlines and terminations, English.

## pay lines (`decent pay --law lv-2002`)

pay2002-time-wage = hours worked (time wage)
pay2002-salary = monthly salary
pay2002-overtime-hours = overtime hours at the hourly rate
pay2002-night-supplement = night work supplement
pay2002-overtime-supplement = overtime supplement
pay2002-holiday-supplement = public-holiday work supplement
pay2002-leave = leave pay (days × daily average earnings)
pay2002-severance = severance pay, { $months } months of average earnings (s112(1))

## what a line rests on (`--explain`), averages

pay2002-basis-shift = shift { $from }–{ $to } (line { $line })
pay2002-basis-holiday = shift { $from }–{ $to } (line { $line }), public holiday: { $name }
pay2002-basis-overtime = overtime on { $day } (s136(1), s140(5))
pay2002-minimum-not-checked = not checked: the minimum wage is set by the Cabinet (s61), which the pack does not hold
pay2002-holiday-name = { $name }
pay2002-months-six = the last six calendar months
pay2002-months-employed = the months employed (s75(6))
pay2002-average-how = s75(4): { $total } ÷ { $days } days worked in { $months } = { $daily } a day; s75(3): × { $working } working days ÷ 6 = { $per_month } a month → { $monthly }

## deadline kinds (`decent deadline KIND --law lv-2002`)

deadline-resignation-event = the day the employee gave written notice
deadline-resignation-meaning = the last day of the employee's notice
deadline-resignation-option-sick-not-counted = at the employee's request, temporary incapacity is not counted (s100(1))
deadline-notice-event = the day the employer's written notice was given
deadline-notice-meaning = the last day of the employer's notice period
deadline-notice-option-s101-1 = s101(1) 1): a material breach of the contract or the work procedure (10 days)
deadline-notice-option-s101-2 = s101(1) 2): unlawful conduct and lost trust (immediately)
deadline-notice-option-s101-3 = s101(1) 3): conduct contrary to good morals (10 days)
deadline-notice-option-s101-4 = s101(1) 4): at work under the influence of alcohol, narcotic or toxic substances (immediately)
deadline-notice-option-s101-5 = s101(1) 5): a gross breach of occupational safety (10 days)
deadline-notice-option-s101-6 = s101(1) 6): insufficient professional ability (one month)
deadline-notice-option-s101-7 = s101(1) 7): cannot work because of the state of health (immediately)
deadline-notice-option-s101-8 = s101(1) 8): the previous employee reinstated (one month; two with a disability)
deadline-notice-option-s101-9 = s101(1) 9): the number of employees reduced (one month; two with a disability)
deadline-notice-option-s101-10 = s101(1) 10): the employer liquidated (one month)
deadline-notice-option-s101-11 = s101(1) 11): long temporary incapacity (10 days; two months with a disability)
deadline-notice-option-disability = the employee is recognised as a person with a disability (s103(1) 4))
deadline-notice-option-sick-not-counted = at the employee's request, temporary incapacity is not counted (s103(2); not on point 11)

## the terms and their steps

term-label-resignation = the employee's written notice, one month in advance
term-label-notice = the employer's notice on ground { $ground }
term-notice-immediate = on ground { $ground } the employer gives notice with immediate effect (s103(1) 1))
term-result = { $meaning }: { $date }
term-absence = temporary incapacity ({ $kind }, absences line { $line })
non-working-moved = a day off moved by the employer (moved days)
non-working-holiday = { $name }, a public holiday
non-working-sunday = Sunday, the general weekly rest day (s143(3))
non-working-saturday = Saturday, a weekly rest day (interpretation s16.weekly_rest_days)

absence-sick = temporary incapacity for work
absence-annual-leave = annual leave
absence-maternity = maternity leave
absence-childcare = parental leave
absence-unpaid = unpaid leave
absence-study = study leave
absence-business-trip = business trip
absence-day-off = day off
absence-other = other justified absence

## termination by the employer (`decent termination --law lv-2002`)

termination-2002-explanation = on point { $point } of s101(1) the employer must have asked for a written explanation (s101(2)) and give notice within one month of discovering the breach, at most 12 months after it (s101(3)); decent cannot see that from the data
termination-2002-no-transfer = on point { $point } of s101(1) notice is permitted only where the employee cannot, with his or her consent, be employed in other work (s101(4)); decent cannot see that from the data
termination-2002-pregnant = the employee is pregnant
termination-2002-post-natal = the employee is in the post-natal period of up to one year
termination-2002-breastfeeding = the employee is breastfeeding a child under two
termination-2002-protected = { $why } on { $day }: the employer may not give notice (s109(1))
termination-2002-protected-excepted = { $why }, but point { $point } of s101(1) is excepted from s109(1)
termination-2002-not-protected = not pregnant, post-natal or breastfeeding on { $day }
termination-2002-absent = on { $day } the employee is absent ({ $kind }, absences line { $line }, { $from } to { $to }): no notice may be given (s109(3))
termination-2002-absent-liquidation = the employer is being liquidated: s109(3) does not apply
termination-2002-not-absent = not on temporary incapacity, leave or other justified absence on { $day }
termination-2002-union-excepted = point { $point } of s101(1) needs no consent of the trade union (s110(1))
termination-2002-union-consent = the trade union consented in advance (s110(1)); notice must follow within one month of the consent (s110(3))
termination-2002-union-recent = the employee is a union member, taken to be one for six months or less (interpretation s110.membership): no consent needed
termination-2002-union-member = the employee is a trade-union member (taken to be one for more than six months, interpretation s110.membership): notice needs the union's prior consent (s110(1))
termination-2002-union-consult = on point { $point } of s101(1) the employer informs and consults the trade union in advance (s110(1))
termination-2002-not-union-member = the employee is not a trade-union member
termination-2002-no-notice-day = no day of notice given (--notice-given): the notice period of s103(1) is not checked
termination-2002-notice-after = notice given on { $given } is after the last day { $day }
termination-2002-notice-runs = notice given on { $given } runs to { $end }: the employment may not end on { $day }
termination-2002-notice-ran = notice given on { $given } ran to { $end }: the employment may end on { $day }
termination-2002-severance = severance of { $months } months' average earnings (s112(1) point { $band }): employed since { $hired }, { $years } full years
termination-2002-severance-no-hire-date = severance of at least one month's average earnings (s112(1)); without hired_on the years of service, and so the band, are not known
