# lv-1994 noteikumu konstatējumu ziņojumi latviski. Atslēgas ir tās pašas, kas ../../en/rules.ftl;
# argumentus nosaka noteikums: ilgumi stundās („7,5 h“), laiks `GGGG-MM-DD SS:MM`, dienas
# `GGGG-MM-DD`, panti ar priekšzīmi „s“ (s65). Skaitļu formas izvēlas pēc latviešu valodas
# daudzskaitļa kategorijām (zero, one, other).

overlapping-shifts = maiņa { $line }. rindā pārklājas ar maiņu { $other }. rindā laikā no { $from } līdz { $to }: viena no rindām ir kļūdaina

## darba laiks

weekly-norm = Nedēļā no { $week } normālais darba laiks ir { $hours }, kas pārsniedz normu { $limit }: { $excess } virs tās ir virsstundas (s57) — noformējiet tās kā virsstundu darbu ar rakstveida piekrišanu vai pārplānojiet maiņas
shortened-week = Nedēļā no { $week } normālais darba laiks ir { $hours }, kas pārsniedz šī darbinieka saīsināto normu { $limit } nedēļā (s46): { $excess } virs tās ir virsstundas (s57) — noformējiet tās kā virsstundu darbu ar rakstveida piekrišanu vai pārplānojiet maiņas
six-day-daily-cap = Dienā { $day } normālais darba laiks ir { $hours }, bet sešu dienu darba nedēļā darba diena nedrīkst pārsniegt { $limit } (s47): saīsiniet dienu par { $excess } vai noformējiet papildu laiku kā virsstundu darbu ar rakstveida piekrišanu
festive-eve = Dienā { $day } normālais darba laiks ir { $hours }, bet darba dienu pirms svētku dienas „{ $name }“ ({ $festive_day }) saīsina par vienu stundu, līdz ne vairāk kā { $limit } (s49): saīsiniet dienu par { $excess } vai noformējiet papildu laiku kā virsstundu darbu ar rakstveida piekrišanu
festive-eve-holiday = Dienā { $day } normālais darba laiks ir { $hours }, bet sešu dienu darba nedēļā diena pirms iknedēļas brīvdienas nedrīkst pārsniegt { $limit } (s49): saīsiniet dienu par { $excess } vai noformējiet papildu laiku kā virsstundu darbu ar rakstveida piekrišanu
night-shift-length = nakts maiņa no { $from } līdz { $to } ilgst { $hours }: noteiktais maiņas ilgums ir { $established } ({ $whence }), un s50 nakts maiņu saīsina par vienu stundu, līdz ne vairāk kā { $limit } — saīsiniet to par { $excess } vai atzīmējiet papildu laiku kā virsstundas ar rakstveida piekrišanu
schedule-publication = maiņu grafiks ({ $shifts } { $shifts ->
        [one] maiņa
       *[other] maiņas
    }), kas sākas { $first }, tika paziņots { $published }, { $days } { $days ->
        [one] dienu
       *[other] dienas
    } pirms stāšanās spēkā; s54 prasa to paziņot mēnesi iepriekš, līdz { $deadline } — publicējiet grafikus vismaz mēnesi iepriekš un katru izmaiņu saskaņojiet ar darbinieku
successive-shifts = maiņa, kas sākas { $start }, seko maiņai { $prev_start }–{ $prev_end } tikai pēc { $rest } atpūtas: divas maiņas pēc kārtas ir aizliegtas (s54) — starp maiņām nodrošiniet vismaz { $gap } atpūtas vai otro maiņu nododiet citam darbiniekam
successive-shifts-no-rest = maiņa, kas sākas { $start }, seko maiņai { $prev_start }–{ $prev_end } bez jebkādas atpūtas starp tām: divas maiņas pēc kārtas ir aizliegtas (s54) — starp maiņām nodrošiniet vismaz { $gap } atpūtas vai otro maiņu nododiet citam darbiniekam
summary-period-norm = Summētā darba laika uzskaites periodā no { $first } līdz { $last } normālais darba laiks ir { $hours }, kas pārsniedz perioda normu { $limit } (s55): { $excess } virs tās ir virsstundas (s57) — noformējiet tās kā virsstundu darbu ar rakstveida piekrišanu vai kompensējiet šo laiku tā paša perioda ietvaros
overtime-without-consent = Virsstundu darbs { $hours } apmērā no { $from } līdz { $to } bez reģistrētas darbinieka rakstveida piekrišanas (s57): pirms virsstundu darba noteikšanas saņemiet rakstveida piekrišanu vai reģistrējiet doto piekrišanu failā employees.csv
overtime-two-day-cap = Virsstundu darbs { $hours } apmērā { $day1 } un { $day2 } ({ $hours1 } un { $hours2 }) pārsniedz { $limit }, ko s59 pieļauj divās dienās pēc kārtas: sadaliet virsstundas pa vairākām dienām vai nododiet tās citam darbiniekam, kurš tam piekrīt
overtime-two-day-cap-one-day = Virsstundu darbs { $hours } apmērā { $day1 } ({ $day2 } — nav) pārsniedz { $limit }, ko s59 pieļauj divās dienās pēc kārtas: sadaliet virsstundas pa vairākām dienām vai nododiet tās citam darbiniekam, kurš tam piekrīt
overtime-annual-cap = Virsstundu darbs { $hours } apmērā { $year }. gadā pārsniedz s59 pieļautās { $limit } gadā par { $excess }: līdz gada beigām vairs nenosakiet šim darbiniekam virsstundu darbu un plānojiet darbinieku skaitu tā, lai darbs iekļautos normālajā darba laikā

## atpūta

meal-break-too-long = Pārtraukums šajā maiņā ilgst { $measured }; pārtraukums atpūtai un ēšanai nedrīkst pārsniegt { $limit } (s60). Saīsiniet pārtraukumu vai uzskaitiet laiku virs { $limit } kā darba laiku
meal-break-missing = { $year }. gada { $month } maiņas, kas garākas par { $limit }, bez reģistrēta pārtraukuma: { $count } (sākums: { $starts }): s60 paredz pārtraukumu atpūtai un ēšanai, parasti pirmo { $limit } laikā no darba sākuma. Piešķiriet un reģistrējiet pārtraukumu vai pierādiet, ka ražošanas apstākļi to neļauj un ēšana notiek darba laikā saskaņā ar arodbiedrībā saskaņotu sarakstu
meal-break-late = Pārtraukums sākas { $measured } pēc maiņas sākuma; s60 nosaka, ka to parasti piešķir ne vēlāk kā { $limit } pēc darba sākuma. Pārceliet pārtraukumu agrāk vai norādiet, kāpēc šī maiņa ir izņēmums
weekly-rest = Nedēļā no { $week } garākā nepārtrauktā atpūta ir { $longest }: s65 prasa iknedēļas nepārtrauktu atpūtu vismaz { $limit } apmērā. Pārkārtojiet nedēļas maiņas tā, lai tajā būtu { $limit } brīva laika pēc kārtas
weekly-rest-rolling = No { $from } līdz { $to } nav nepārtrauktas atpūtas { $limit } apmērā (garākā ir { $longest }): s65 prasa iknedēļas nepārtrauktu atpūtu vismaz { $limit } apmērā. Nodrošiniet darbiniekam { $limit } brīva laika pēc kārtas ik septiņās dienās
weekly-holiday-work = Darbs { $hours } apmērā { $weekday ->
        [sunday] svētdien
       *[saturday] sestdien
    }, { $day }, iknedēļas brīvdienā: s66 atļauj iknedēļas brīvdienā nodarbināt darbinieku tikai izņēmuma gadījumos, ar arodbiedrības piekrišanu un ar rakstveida rīkojumu — glabājiet abus. s67: kompensējiet ar citu brīvdienu vai divkāršu samaksu, kā vienojaties ar darbinieku
festive-day-work = Darbs { $hours } apmērā { $day } („{ $name }“), svētku dienā: tas ir likumīgs tikai nepārtrauktā ražošanā, iedzīvotāju apkalpošanā, steidzamos remontdarbos, iekraušanā vai izkraušanā (s68). Samaksājiet par šīm stundām divkāršā stundas vai dienas likmē vai, ja darbinieks to lūdz, piešķiriet papildu brīvdienu (s94)
festive-day-work-duty = Dežūra { $hours } apmērā { $day } („{ $name }“), svētku dienā: s94 prasa par to piešķirt citu brīvdienu vai samaksāt divkāršu vidējo izpeļņu, kā vienojaties ar darbinieku

## sieviešu, vecāku un nepilngadīgo aizsardzība

women-night-work = Sievietes nakts darbs (s50 nakts laiks) { $year }. gada { $month }: maiņu skaits { $count } (sākums: { $starts }), naktī kopā { $hours }: s169 atļauj nodarbināt sievietes naktī tikai tādos darbos, kur tas ir īpaši nepieciešams. Pierakstiet, kāpēc šis darbs ir tāds, vai pārceliet to ārpus nakts laika
night-barred = Nakts darbs { $hours } apmērā (s50 nakts laiks) maiņā, kas sākas { $start }, ko veic darbinieks, kuram nakts darbs ir aizliegts (s51): pārceliet darbu ārpus nakts laika vai nododiet maiņu citam darbiniekam
pregnant-or-young-child = Likums aizliedz nodarbināt { $who ->
        [s176] vientuļu tēvu vai aizbildni, kuram ir mazs bērns (s170, attiecināts ar s176)
       *[own] grūtnieci vai sievieti, kurai ir bērns līdz trīs gadu vecumam (s170)
    } { $limb ->
        [night] nakts darbā ({ $hours } naktī maiņā, kas sākas { $start })
        [overtime] virsstundu darbā ({ $hours } virsstundu maiņā, kas sākas { $start })
        [holiday] darbā brīvdienā ({ $hours } iknedēļas brīvdienā { $day })
        [festive] darbā svētku dienā ({ $hours } { $day }, „{ $name }“)
       *[trip] komandējumā (no { $first } līdz { $last })
    }. Nododiet šo darbu citam darbiniekam
pregnant-or-young-child-trip = Likums aizliedz sūtīt komandējumā { $who ->
        [s176] vientuļu tēvu vai aizbildni, kuram ir mazs bērns (s170, attiecināts ar s176)
       *[own] grūtnieci vai sievieti, kurai ir bērns līdz trīs gadu vecumam (s170)
    } (no { $first } līdz { $last }). Atceliet komandējumu vai sūtiet citu darbinieku
child-under-14-consent-overtime = Nav reģistrēta piekrišana virsstundu darbam { $who ->
        [s176] vientuļajam tēvam vai aizbildnim, kuram ir bērns līdz 14 gadu vecumam (bērns invalīds — līdz 16 gadu vecumam) (s171, attiecināts ar s176)
       *[own] sievietei, kurai ir bērns līdz 14 gadu vecumam (bērns invalīds — līdz 16 gadu vecumam) (s171)
    }, tomēr darbinieks nodarbināts virsstundu darbā ({ $hours } virsstundu maiņā, kas sākas { $start }). Saņemiet un reģistrējiet darbinieka piekrišanu vai nododiet virsstundu darbu citam darbiniekam
child-under-14-consent-trip = Nav reģistrēta piekrišana komandējumiem { $who ->
        [s176] vientuļajam tēvam vai aizbildnim, kuram ir bērns līdz 14 gadu vecumam (bērns invalīds — līdz 16 gadu vecumam) (s171, attiecināts ar s176)
       *[own] sievietei, kurai ir bērns līdz 14 gadu vecumam (bērns invalīds — līdz 16 gadu vecumam) (s171)
    }, tomēr darbinieks nosūtīts komandējumā (no { $first } līdz { $last }). Saņemiet un reģistrējiet darbinieka piekrišanu vai atceliet komandējumu
duty-restriction = Dežūra { $hours } apmērā, kas sākas { $start }, ir { $limbs ->
        [1] { $limb1 }
        [2] { $limb1 }, { $limb2 }
        [3] { $limb1 }, { $limb2 }, { $limb3 }
       *[other] { $limb1 }, { $limb2 }, { $limb3 }, { $limb4 }
    }: likums aizliedz šādā laikā nodarbināt dežūrās { $who ->
        [s176] vientuļu tēvu vai aizbildni, kuram ir bērns līdz 14 gadu vecumam (bērns invalīds — līdz 16 gadu vecumam) (s171.1, attiecināts ar s176)
       *[own] grūtnieci vai sievieti, kurai ir bērns līdz 14 gadu vecumam (bērns invalīds — līdz 16 gadu vecumam) (s171.1)
    }. Nododiet dežūru citam darbiniekam
duty-after-hours = pēc darba dienas beigām
duty-night = nakts laikā
duty-holiday = iknedēļas brīvdienā
duty-festive = svētku dienā
feeding-breaks = Maiņā, kas sākas { $start }, bērna barošanas pārtraukumi bija { $given } min; s177 { $who ->
        [s176] šim vientuļajam tēvam vai aizbildnim (s176), kuram
       *[own] šai mātei, kurai
    } { $children ->
        [0] ir bērns
        [one] ir bērns
       *[other] ir divi vai vairāk bērni
    } līdz 18 mēnešu vecumam, piešķir { $intervals } { $intervals ->
        [one] pārtraukumu
       *[other] pārtraukumus
    } pa vismaz { $interval } min ({ $owed } min). Piešķiriet un reģistrējiet trūkstošās { $missing } min
minor-restrictions = s186 aizliedz nodarbināt personas, kas jaunākas par 18 gadiem, { $limb ->
        [night] nakts darbā ({ $hours } naktī maiņā, kas sākas { $start })
        [overtime] virsstundu darbā ({ $hours } virsstundu maiņā, kas sākas { $start })
        [holiday] darbā brīvdienā ({ $hours } iknedēļas brīvdienā { $day })
        [festive] darbā svētku dienā ({ $hours } { $day }, „{ $name }“)
       *[trip] komandējumā (no { $first } līdz { $last })
    }. Nododiet šo darbu pilngadīgam darbiniekam vai pārceliet nepilngadīgā darba stundas uz normālo darba laiku darba dienā, ārpus nakts laika

## svētku dienu nosaukumi (festive.toml)

festive-unnamed = svētku diena
festive-new-years-day = Jaunais gads
festive-good-friday = Lielā Piektdiena
festive-easter-sunday = Lieldienas
festive-easter-monday = Otrās Lieldienas
festive-labour-day = Darba svētki
festive-restoration-of-independence-day = Latvijas Republikas Neatkarības atjaunošanas diena
festive-mothers-day = Mātes diena
festive-whit-sunday = Vasarsvētki
festive-midsummer-eve = Līgo diena
festive-midsummer-day = Jāņu diena
festive-proclamation-day-of-the-republic-of-latvia = Latvijas Republikas proklamēšanas diena
festive-christmas-eve = Ziemassvētku vakars
festive-christmas-day = Ziemassvētki
festive-second-day-of-christmas = Otrie Ziemassvētki
festive-new-years-eve = Vecgada vakars
weekly-rest-seven-days = No { $from } līdz { $to } ({ $days } d. { $and }) nav nepārtrauktas atpūtas { $limit } apmērā (garākā ir { $longest }): s65 prasa nepārtrauktu iknedēļas atpūtu vismaz { $limit } apmērā, tāpēc nedrīkst paiet septiņas dienas bez tās. Piešķiriet darbiniekam { $limit } brīvu laiku pēc kārtas šajā posmā
night-shift-length-from-norm = dienas norma: nav dienas maiņu, pēc kurām vadīties
night-shift-length-from-day-shifts = šī darbinieka dienas maiņu parastais ilgums
