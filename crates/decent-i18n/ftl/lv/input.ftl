# Ko ievades failā gaidīja (decent-io kļūdas), latviski.
# Ietvars: kur ($at ir fails:rinda:kolonna), kolonnas nosaukums, atrastā vērtība (pēdiņās).
input-error = { $at }: gaidīts { $expected }
input-error-value = { $at }: atrasts { $value }, gaidīts { $expected }
input-error-column = { $at } (kolonna `{ $column }`): gaidīts { $expected }
input-error-column-value = { $at } (kolonna `{ $column }`): atrasts { $value }, gaidīts { $expected }
# Ko gaidīja. Teksts, kas veidots no ievades, paliek angliski ($text).
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
