# Dzinēja termiņu aprēķina soļi (decent-core `term`), latviski. Pakete nosauc termiņu ($label),
# periodu ($what) un iemeslu, kāpēc diena nav darba diena ($reason).
term-length = { $unit ->
    [days] { $n ->
        [one] { $n } diena
       *[other] { $n } dienas
    }
    [weeks] { $n ->
        [one] { $n } nedēļa
       *[other] { $n } nedēļas
    }
    [years] { $n ->
        [one] { $n } gads
       *[other] { $n } gadi
    }
   *[months] { $n ->
        [one] { $n } mēnesis
       *[other] { $n } mēneši
    }
}
term-step-counted = { $label }: termiņu skaita no notikuma dienas, { $event }
term-step-starts = termiņa tecējums sākas nākamajā dienā pēc notikuma, { $start }
term-step-starts-on-event = termiņš sākas notikuma iestāšanās dienā, { $start }
term-step-expires-days = termiņš ({ $length }) izbeidzas { $n }. dienā pēc notikuma, { $end }
term-step-expires-days-on-event = termiņš ({ $length }), skaitot notikuma dienu kā pirmo, izbeidzas tā { $n }. dienā, { $end }
term-step-expires-weeks = termiņš ({ $length }) izbeidzas termiņa pēdējās nedēļas attiecīgajā dienā, { $end }
term-step-expires-clamped = termiņš ({ $length }) izbeidzas mēnesī, kurā nav { $date }. datuma: šā mēneša pēdējā dienā, { $end }
term-step-expires-months = termiņš ({ $length }) izbeidzas termiņa pēdējā mēneša attiecīgajā datumā, { $end }
term-step-expires-years = termiņš ({ $length }) izbeidzas termiņa pēdējā gada attiecīgajā mēnesī un datumā ({ $month_day }), { $end }
term-step-excluded = { $what } no { $from } līdz { $to } termiņā neieskaita: { $days ->
    [one] pieskaitīta { $days } diena
   *[other] pieskaitītas { $days } dienas
}
term-step-extended = termiņš pagarināts par neieskaitītajām dienām ({ $days }), tas izbeidzas { $end }
term-step-ceiling = augšējā robeža ir { $length } pēc notikuma: termiņš izbeidzas { $cap }, nevis { $end }
term-step-within-ceiling = nepārsniedz augšējo robežu ({ $length } pēc notikuma, { $cap })
term-day-reason = { $day } ({ $reason })
term-list = { $list }, { $item }
term-step-moved = { $day } nav darba diena ({ $reason }): par termiņa pēdējo dienu uzskatāma nākamā darba diena, { $moved }
term-step-moved-also = { $day } nav darba diena ({ $reason }), tāpat arī { $also }: par termiņa pēdējo dienu uzskatāma nākamā darba diena, { $moved }
term-step-on-date = { $label }: ne vēlāk kā { $date }
term-step-before = { $label }: ne vēlāk kā noteiktu laiku ({ $length }) pirms { $date }
term-step-back = skaitot atpakaļ no { $date } ({ $length }), iegūst { $raw }
term-step-back-clamped = skaitot atpakaļ no { $date } ({ $length }), iegūst mēnesi, kurā šāda datuma nav: tā pēdējā diena ir { $raw }
term-step-back-moved = { $raw } nav darba diena ({ $reason }): vēlākā pieļaujamā diena ir pēdējā darba diena pirms tās, { $end }
term-step-back-kept = { $raw } nav darba diena ({ $reason }); diena netiek pārcelta
