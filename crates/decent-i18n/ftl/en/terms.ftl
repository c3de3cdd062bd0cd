# The steps of the engine's term arithmetic (decent-core `term`), English. A pack names the
# term ($label), what a period is ($what) and why a day is not a working day ($reason).
term-length = { $unit ->
    [days] { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
    [weeks] { $n ->
        [one] { $n } week
       *[other] { $n } weeks
    }
    [years] { $n ->
        [one] { $n } year
       *[other] { $n } years
    }
   *[months] { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
}
term-step-counted = { $label } is counted from the event on { $event }
term-step-starts = the term sets in on the next day after the event, { $start }
term-step-starts-on-event = the term begins on the day of the event, { $start }
term-step-expires-days = a term of { $length } expires on the { $n }th day after the event, { $end }
term-step-expires-days-on-event = a term of { $length } counted from the day of the event expires on its { $n }th day, { $end }
term-step-expires-weeks = a term of { $length } expires on the same weekday of the last week, { $end }
term-step-expires-clamped = a term of { $length } expires in a month that has no day { $date }: on its last day, { $end }
term-step-expires-months = a term of { $length } expires on the same date of the last month, { $end }
term-step-expires-years = a term of { $length } expires on the same month and date of the last year ({ $month_day }), { $end }
term-step-excluded = { $what } from { $from } to { $to } is not counted: { $days ->
    [one] { $days } day added
   *[other] { $days } days added
}
term-step-extended = extended by { $days } excluded days, the term expires on { $end }
term-step-ceiling = never more than { $length } after the event: the term ends on { $cap } instead of { $end }
term-step-within-ceiling = within the ceiling of { $length } after the event ({ $cap })
term-day-reason = { $day } ({ $reason })
term-list = { $list }, { $item }
term-step-moved = { $day } is not a working day ({ $reason }): the next working day, { $moved }, is the last day of the term
term-step-moved-also = { $day } is not a working day ({ $reason }), as is { $also }: the next working day, { $moved }, is the last day of the term
term-step-on-date = { $label }: no later than { $date }
term-step-before = { $label }: no later than { $length } before { $date }
term-step-back = counting { $length } back from { $date } gives { $raw }
term-step-back-clamped = counting { $length } back from { $date } reaches a month without that date: its last day, { $raw }
term-step-back-moved = { $raw } is not a working day ({ $reason }): the last working day before it, { $end }, is the latest day
term-step-back-kept = { $raw } is not a working day ({ $reason }); the day is kept
