# lv-1994 darba samaksa, latviski: ko samaksā katra rinda, uz ko tā balstās, minimālās darba
# samaksas pārbaude (s83), vidējā izpeļņa (s103), atvaļinājuma nauda (s72, s101), atlaišanas
# pabalsts (s37) un ieturējumi (s124, s125).

## samaksas rindas

pay-normal-hours = normālais darba laiks
pay-overtime = virsstundu darbs
pay-night-hours = nakts darbs
pay-festive-day-work = darbs svētku dienā
pay-weekly-holiday-work = darbs iknedēļas brīvdienā
pay-idle-time = dīkstāve
pay-monthly-salary = mēnešalga
pay-premium-over-salary = { $what } (piemaksa virs mēnešalgas)
pay-leave = atvaļinājuma nauda
pay-severance = atlaišanas pabalsts, pamats { $ground }
pay-list = { $list }, { $item }
pay-concat = { $a }{ $b }
pay-nothing = {""}
pay-weekly-holiday = iknedēļas brīvdiena

## uz ko rinda balstās (`--explain`)

pay-basis-shift = maiņa { $from }–{ $to } ({ $line }. rinda): { $hours } dienā { $day }{ $more }
pay-basis-night = {" "}naktī ({ $from }–{ $to }, s50)
pay-basis-overtime-row = , rinda atzīmēta kā virsstundu darbs (s57)
pay-basis-overtime-derived = , pāri nedēļas vai pārskata perioda normai (s57)
pay-basis-festive = , svētku diena: { $name }
pay-basis-holiday = , iknedēļas brīvdiena (s61)
pay-basis-idle = , dīkstāve (s99)
pay-basis-salary = mēnešalga (monthly_salary) no darbinieku faila; mēneša normālais darba laiks ir { $hours }
pay-note-duty = dežūra { $from }–{ $to } ({ $line }. rinda): pēc vienošanās kompensē ar citu brīvdienu vai divkāršu vidējo izpeļņu (s94), šeit netiek apmaksāta
pay-note-compensated = darbs { $worked } ({ $name }) kompensēts ar brīvdienu { $off } (s94, s67): apmaksāts vienkāršā apmērā

## minimālā darba samaksa (s83)

pay-minimum-not-checked = nav pārbaudīts: avotā nav norādīta minimālā summa; norādiet spēkā esošo iztikas minimumu ar --set s83.minimum_monthly@{ $day }=SUMMA
pay-minimum = minimums { $minimum }, prasīts { $how }; samaksa par normālo darba laiku { $normal_pay }
pay-minimum-pro-rata = proporcionāli: { $worked } no mēneša { $norm } normālā darba laika stundām (s83.minimum_pro_rata)
pay-minimum-minor = pilnā apmērā: nepilngadīgais ar saīsinātu darba laiku (s185)
pay-minimum-full = pilnā apmērā

## vidējā izpeļņa (s103) un atvaļinājuma nauda (s72, s101)

pay-average-how = ({ $earlier_amount } par { $earlier } + { $last_amount } par { $last }) ÷ 2 = { $monthly }; atvaļinājumam: ÷ { $leave_divisor }; citos gadījumos: ÷ { $work_days } darba dienas mēnesī
pay-average-short = nostrādāti mazāk nekā divi mēneši: { $amount } par { $last } ÷ { $days } nostrādātās dienas = { $daily } dienā (s103.short_service); mēnesī = tas × { $work_days } darba dienas mēnesī
pay-due-festive = { $day } ir { $name }, svētku diena (s68)
pay-due-sunday = { $day } ir svētdiena, vispārējā brīvdiena (s61)
pay-due-saturday = { $day } ir sestdiena, piecu dienu darba nedēļas otrā brīvdiena (s61)
pay-basis-festive-excluded = svētku diena { $name }: neieskaita (s72)
pay-basis-sundays = { $count ->
    [one] { $count } svētdiena: nav kalendāra darba diena
   *[other] { $count } svētdienas: nav kalendāra darba dienas
}
pay-basis-day-rate = dienas likme: { $how }
pay-basis-due = izmaksājama ne vēlāk kā vienu dienu pirms atvaļinājuma (s101): { $day }
pay-basis-due-moved = izmaksājama ne vēlāk kā vienu dienu pirms atvaļinājuma (s101): { $day }, pārcelta uz agrāku dienu, jo { $passed }

## atlaišanas pabalsts (s37) un ieturējumi (s124, s125)

pay-basis-severance = darba līguma izbeigšana saskaņā ar { $section } { $point }. punktu: vismaz { $months } mēn. vidējās izpeļņas (s37), izmaksājams atlaišanas dienā (s102); ieturējumi nav pieļaujami (s125)
pay-deduction-severance = no atlaišanas pabalsta ieturējumus neizdara (s125)
pay-deduction-compensation = no kompensācijām ieturējumus neizdara (s125)
pay-deduction-alimony = uzturlīdzekļi nepilngadīgiem bērniem: s124 ierobežojumi nav piemērojami
pay-deduction-punitive = labošanas darbi: s124 ierobežojumi nav piemērojami
pay-deduction-ordinary = ne vairāk kā { $percent } % no katras izmaksas (s124)
pay-deduction-special = ne vairāk kā { $percent } % likumos paredzētajos īpašajos gadījumos (s124)
pay-deduction-several = ja ieturējumus izdara pēc vairākiem izpildu dokumentiem, darbiniekam saglabā { $percent } % (s124)

## samaksas kļūdas
pay-error-no-earnings = nav izpeļņas par { $month } — pēdējo kalendāra mēnesi pirms jautātās dienas (s103)
pay-error-days-worked-missing = darbinieks nostrādājis mazāk par diviem mēnešiem (nav izpeļņas par { $earlier }); tad s103 dala { $last } izpeļņu ar tajā nostrādātajām dienām: norādiet kolonnu days_worked vai --days-worked
pay-error-outside-calendar = { $day } ir ārpus gadiem, ko aptver svētku dienu kalendārs ({ $first }–{ $last }): tās svētku dienas nav zināmas; no svētku dienām (s68) atkarīga šī samaksa (s72, s94, s101), tāpēc to neaprēķina
pay-error-leave-too-long = atvaļinājums no { $from } līdz { $to } ilgst { $days } dienas; aprēķina ne vairāk par { $max } dienām (desmit gadiem): pārbaudiet --from un --to
pay-error-params = likuma parametri: { $text }
pay-error-employee = darbinieks { $id } (darbinieku faila { $line }. rinda): { $error }
pay-error-range = { $what }: atrasts { $value }, gaidīts { $expected }
pay-range-amount = summa no 0 līdz { $max }
pay-range-multiplier = reizinātājs no 0 līdz { $max }
pay-range-divisor = dalītājs, kas nav 0
pay-range-fits = rezultāts, kas iekļaujas precīzā decimālaritmētikā (summas no 0 līdz { $money }, reizinātāji no 0 līdz { $multiplier })
pay-what-text = { $text }
pay-what-amount = summa
pay-what-total = algas lapiņas kopsumma
pay-what-cap = ieturējumu robeža (s124)
pay-what-payment = izmaksa
pay-what-deductions = ieturējumi
pay-what-pro-rata = minimums proporcionāli nostrādātajam (s83)
pay-what-salary-rate = mēnešalgas stundas likme (s93)
pay-what-two-months = divu mēnešu izpeļņa (s103)
pay-what-day-rate-other = dienas likme citos gadījumos (s103)
pay-what-day-rate-leave = atvaļinājuma dienas likme (s103.leave_divisor)
pay-what-day-rate-short = dienas likme (s103.short_service)
pay-what-normal-pay = samaksa par normālo darba laiku (s83)
pay-what-average-short = vidējā mēneša izpeļņa (s103.short_service)
pay-what-average = vidējā mēneša izpeļņa (s103)
pay-what-average-given = vidējā mēneša izpeļņa
pay-what-monthly-salary = monthly_salary
pay-what-hourly-rate = hourly_rate
pay-what-earnings-of = { $month } izpeļņa
pack-error-unknown = nezināms { $what } { $name }: gaidīts viens no { $names }
pack-unknown-ground = pamats
pack-unknown-kind-of-deduction = ieturējuma veids
pack-unknown-payment = izmaksas veids
