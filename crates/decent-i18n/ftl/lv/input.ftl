# Ko ievades failā gaidīja (decent-io kļūdas), latviski.
# Ietvars: kur ($at ir fails:rinda:kolonna), kolonnas nosaukums, atrastā vērtība (pēdiņās).
input-error = { $at }: gaidīts { $expected }
input-error-value = { $at }: atrasts { $value }, gaidīts { $expected }
input-error-column = { $at } (kolonna `{ $column }`): gaidīts { $expected }
input-error-column-value = { $at } (kolonna `{ $column }`): atrasts { $value }, gaidīts { $expected }
# Ko gaidīja. $text ir vērtība vai kolonnas nosaukums no ievades, kā tas rakstīts.
input-expect-text = { $text }
input-expect-date = datums GGGG-MM-DD (no 1000. līdz 5000. gadam)
input-expect-datetime = vietējais datums un laiks GGGG-MM-DDTSS:MM[:SS] (T vietā der arī atstarpe)
input-expect-bool = true vai false (arī yes/no, 1/0 vai tukšs, kas nozīmē false)
input-expect-id = identifikators: UTF-8 teksts, ne tukšs, ne tikai atstarpes, bez vadības rakstzīmēm
input-expect-utf8 = UTF-8 teksts (saglabājiet failu UTF-8 kodējumā)
input-expect-header = virsraksta rinda
input-expect-employee-id = darbinieka identifikators (ne tukšs)
input-expect-known-employee = darbinieks, kas ir darbinieku failā
input-expect-employee-rows = pēc virsraksta vismaz viena darbinieka rinda
input-expect-shift-rows = pēc virsraksta vismaz viena maiņas rinda
input-expect-amount = summa, piemēram, 4.50 (decimāldaļu atdala ar punktu)
input-expect-sex = F vai M
input-expect-weekly-hours = nedēļas stundas: skaitlis no vienas minūtes (0.0167) līdz 168
input-expect-week-days = 5 vai 6 (darba dienas nedēļā)
input-expect-summary-months = mēneši no 0 (nav) līdz 12
input-expect-dates = datumi GGGG-MM-DD, atdalīti ar ;
input-expect-shift-length = maiņa, kas nav garāka par 7 dienām (168 h)
input-expect-break = pārtraukuma veselas minūtes no 0 līdz maiņas ilgumam
input-expect-shift-kind = veids: work, overtime vai duty
input-expect-break-start = pārtraukuma sākums: laiks (SS:MM) vai datums un laiks maiņas laikā
input-expect-feeding = barošanas pārtraukumu veselas minūtes no 0 līdz maiņas ilgumam
input-expect-idle = dīkstāves veselas minūtes no 0 līdz maiņas ilgumam
input-expect-moved-kind = working vai day_off
input-expect-month = mēnesis GGGG-MM
input-expect-earnings = summa, ne mazāka par 0, piemēram, 1234.50 (decimāldaļu atdala ar punktu)
input-expect-minutes = veselas minūtes no 0 līdz maiņas ilgumam
input-expect-intervals = intervāli NO/LĪDZ (GGGG-MM-DD/GGGG-MM-DD, NO ne vēlāk par LĪDZ), atdalīti ar ;
input-expect-days-worked = mēnesī nostrādātās dienas, no 0 līdz 31
input-expect-employers = mazāk par 65 535 dažādām employer_id vērtībām
# Gaidītais, kas veidots no ievades: dublikāta otra rinda, lauku skaits, izvēļu saraksti.
input-expect-nonempty = virsraksta rinda ({ $header }) un datu rindas; fails ir tukšs
input-expect-readable = nolasāms fails ({ $reason })
input-io-not-found = šāda faila nav
input-io-denied = nav atļaujas to lasīt
input-io-directory = tā ir mape
input-io-other = { $detail }
# CSV lasītāja paša vārdi ($detail) ir angliski, tāpēc latviski tos nerāda: vietu nosauc rindas numurs.
input-expect-csv-header = derīga CSV virsraksta rinda
input-expect-csv-row = derīga CSV rinda
input-expect-column-once = katra kolonna vienreiz; `{ $name }` ir arī { $other }. kolonna
input-expect-required-columns = virsraksts ar { $count ->
        [one] obligāto kolonnu
       *[other] obligātajām kolonnām
    } { $columns } (savējās pārdēvējiet ar --map VECAIS=JAUNAIS)
input-expect-fields = { $width } { $width ->
        [one] lauks
       *[other] lauki
    }, pa vienam katrai virsraksta kolonnai; šajā rindā ir { $found }: { $why }
input-fields-missing = trūkst lauku (ja vērtība nav dota, starp komatiem atstājiet tukšu lauku)
input-fields-extra = lauku ir vairāk nekā kolonnu (vērtībai, kurā ir komats, jābūt pēdiņās)
input-expect-header-size = virsraksta rinda, ne garāka par { $block } baitiem (pirmajos { $read } baitos nav rindas beigu)
input-expect-max-rows = ne vairāk par { $max } rindām (šajā failā to ir vairāk)
input-expect-end-after-start = beigas pēc sākuma ({ $start })
input-expect-together = pārtraukuma, { $column } un dīkstāves minūtes kopā ne vairāk par maiņas ilgumu ({ $clock } min); šeit { $brk } + { $fed } + { $idle } = { $together }
input-declared-column = deklarētās kolonnas
input-expect-employee-once = katrs darbinieks vienreiz; šis identifikators ir arī { $line }. rindā
input-expect-one-of = viena no vērtībām { $values }
input-expect-absence-kind = prombūtnes veids: { $kinds }
input-expect-last-day = pēdējā diena, ne agrāka par pirmo ({ $first })
input-expect-day-once = katra diena vienreiz; šī diena ir arī { $line }. rindā (atstājiet to rindu, kas ir spēkā)
input-expect-employee-month-once = katrs darbinieks un mēnesis vienreiz; { $id } { $month } ir arī { $line }. rindā
input-expect-declaration = derīga deklarācija ({ $detail })

# Brīdinājums, kas neaptur importu.
input-warning-ignored-column = { $column }. kolonna `{ $name }` decent netiek izmantota un tiek ignorēta
