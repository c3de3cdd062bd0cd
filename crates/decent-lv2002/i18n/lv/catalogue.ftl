# The Latvian catalogue of the lv-2002 pack: every parameter's doc and every interpretation's
# rationale in Latvian (the English is in law/params/*.toml). Statute words are quoted from the
# official Latvian text (law/sections.toml). Above each entry, `# en:` marks the English it
# translates (the first 12 hex digits of the SHA-256 of that exact text): a test fails when the
# English changes and the Latvian is not re-translated.

## law/params/working_time.toml

# en: 3e49ff706ce8
param-s131-daily_norm-doc = „Darbinieka normālais dienas darba laiks nedrīkst pārsniegt astoņas stundas” (131. panta pirmā daļa).

# en: 661f33d8281c
param-s131-weekly_norm-doc = Normālais nedēļas darba laiks nedrīkst pārsniegt „40 stundas” (131. panta pirmā daļa).

# en: 4a83799826b3
param-s131-offset-doc = Ja kādā nedēļas darba dienā dienas darba laiks ir īsāks, citā nedēļas darba dienā normālo dienas darba laiku „var pagarināt, bet ne vairāk kā par vienu stundu” (131. panta otrā daļa), ievērojot nedēļas normu.

# en: e7c7d07bb78f
param-s131-special_risk_daily-doc = Darbs, kas saistīts ar īpašu risku: normālais darba laiks „nedrīkst pārsniegt septiņas stundas dienā” (131. panta trešā daļa).

# en: 9ebbe303eb54
param-s131-special_risk_weekly-doc = Darbs, kas saistīts ar īpašu risku: normālais darba laiks nedrīkst pārsniegt „35 stundas nedēļā” (131. panta trešā daļa).

# en: 6e97160dc404
param-s131-special_risk_share-doc = Saīsināto normu piemēro, ja darbinieki īpaša riska darbā „ir nodarbināti ne mazāk kā 50 procentus no normālā dienas vai nedēļas darba laika” (131. panta trešā daļa).

# en: b2be0c7ce003
param-s131-day-doc = Diennakts periods („darba laiks diennakts periodā”), kurā skaita dienas darba laiku (131. panta pirmā daļa).
# en: 43c9b9eda47a
param-s131-day-rationale = 131. panta pirmā daļa dienas darba laiku definē kā darba laiku „diennakts periodā”, nenosakot, kad šis periods sākas. calendar-day (noklusējums): no pusnakts līdz pusnaktij, kā darba laiku uzskaita 137. pants un kā stundas parāda darba samaksas aprēķins (71. pants); maiņa pāri pusnaktij skaitās katrā dienā ar savu daļu; from-shift-start: 24 stundas no katras maiņas sākuma, tāpēc nakts maiņa pilnībā skaitās tās sākuma dienā.

# en: e7fb3f8ee808
param-s132-working_days-doc = „Personām, kuras ir jaunākas par 18 gadiem, tiek noteikta piecu dienu darba nedēļa” (132. panta pirmā daļa).

# en: f7ea26e26ae1
param-s132-child_min_age-doc = 132. panta otrās daļas ierobežojumi attiecas uz bērniem no 13 gadiem: „Bērnus, kuri sasnieguši 13 gadu vecumu, nedrīkst nodarbināt”.

# en: dccff419d465
param-s132-child_school_daily-doc = Bērnu (13 gadus vecu vai vecāku) mācību gada laikā nedrīkst nodarbināt „ilgāk par divām stundām dienā” (132. panta otrās daļas 1. punkts).

# en: d1213d9c7331
param-s132-child_school_weekly-doc = Bērnu mācību gada laikā nedrīkst nodarbināt „vairāk par 10 stundām nedēļā” (132. panta otrās daļas 1. punkts).

# en: c47ad79a5dba
param-s132-child_holiday_daily-doc = Bērnu laikā, kad izglītības iestādē ir brīvlaiks, nedrīkst nodarbināt „ilgāk par četrām stundām dienā” (132. panta otrās daļas 2. punkts).

# en: 21725d597e5f
param-s132-child_holiday_weekly-doc = Bērnu brīvlaikā nedrīkst nodarbināt „vairāk par 20 stundām nedēļā” (132. panta otrās daļas 2. punkts).

# en: 4285319219ae
param-s132-child_15_holiday_daily-doc = Brīvlaikā bērnu, kurš sasniedzis 15 gadu vecumu, — „ne ilgāk par septiņām stundām dienā” (132. panta otrās daļas 2. punkts).

# en: d8565491a536
param-s132-child_15_holiday_weekly-doc = Brīvlaikā bērnu, kurš sasniedzis 15 gadu vecumu, — „ne vairāk par 35 stundām nedēļā” (132. panta otrās daļas 2. punkts).

# en: bdf78ec42891
param-s132-adolescent_daily-doc = „Pusaudžus nedrīkst nodarbināt ilgāk par septiņām stundām dienā” (132. panta trešā daļa); tāds pats ierobežojums ir mācībās un darbā pavadītajam laikam kopā (132. panta ceturtā daļa).

# en: 8644798f6694
param-s132-adolescent_weekly-doc = Pusaudžus nedrīkst nodarbināt „vairāk par 35 stundām nedēļā” (132. panta trešā daļa); tāds pats ierobežojums ir mācībās un darbā pavadītajam laikam kopā (132. panta ceturtā daļa).

# en: 29740d940e92
param-s133-six_day_daily-doc = „Ja noteikta sešu dienu darba nedēļa, dienas darba laika ilgums nedrīkst pārsniegt septiņas stundas” (133. panta otrā daļa).

# en: 9b5ad403a204
param-s133-six_day_daily_special_risk-doc = Sešu dienu darba nedēļa darbiniekiem ar 131. panta trešās daļas saīsināto normu: dienas darba laika ilgums „nedrīkst pārsniegt sešas stundas” (133. panta otrā daļa).

# en: eda96c0f043d
param-s135-eve_reduction-doc = „Pirms svētku dienām darba dienas ilgums saīsināms par vienu stundu” (135. pants).

# en: 65dfe7d0d894
param-s136-overtime_limit-doc = Virsstundu darba ierobežojums (136. panta piektā daļa); pret ko to skaita, nosaka s136.overtime_limit_basis: no 2015. gada 1. janvāra virsstundu darbs nedrīkst pārsniegt „vidēji astoņas stundas septiņu dienu periodā, ko aprēķina pārskata periodā, kas nepārsniedz četrus mēnešus”; iepriekš — 144 stundas četru mēnešu periodā.

# en: 9c1b4df8bac3
param-s136-overtime_limit_basis-doc = Kā skaita s136.overtime_limit: total-in-period (visas pārskata perioda virsstundas kopā) vai average-per-7-days (vidēji uz septiņu dienu periodu pārskata periodā, t. i., ne vairāk kā ierobežojums × perioda dienas ÷ 7).

# en: e1e1ffd94c0b
param-s136-reference_months-doc = Virsstundu ierobežojumu aprēķina „pārskata periodā, kas nepārsniedz četrus mēnešus” (136. panta piektā daļa).

# en: 868560bdfc85
param-s136-reference_period-doc = Kurā pārskata periodā (ne garākā par s136.reference_months) aprēķina virsstundu vidējo ierobežojumu.
# en: 08c3d8f9e020
param-s136-reference_period-rationale = 136. panta piektā daļa ierobežo pārskata perioda ilgumu ar četriem mēnešiem, bet nenosaka, kad tas sākas. four-months-from-january (noklusējums): janvāris–aprīlis, maijs–augusts, septembris–decembris, garākais likumā atļautais periods, tāpēc konstatējums pārkāpj ierobežojumu arī saudzīgākajā likumīgajā periodā, kas sākas ar gadu; calendar-month: katrs mēnesis atsevišķi (stingrākais); summarised-period: darbinieka 140. panta pārskata periods, ja noteikts summētais darba laiks, citādi kalendāra mēnesis.

# en: 8309fb350055
param-s136-consent_exception_days-doc = Ja 136. panta trešajā daļā minētajos izņēmuma gadījumos virsstundu darbs bez rakstveida piekrišanas „turpinās ilgāk par sešām dienām pēc kārtas”, vajadzīga Valsts darba inspekcijas atļauja (136. panta ceturtā daļa).

# en: 4ba40654387a
param-s136-time_off_within_months-doc = Apmaksātu atpūtu piemaksas par virsstundām vietā piešķir „mēneša laikā no virsstundu darba veikšanas dienas” (136. panta desmitā daļa).

# en: f958f5248022
param-s136-time_off_within_months_summarised-doc = Summētā darba laikā apmaksātu atpūtu piešķir „nākamajā pārskata periodā, bet ne vēlāk kā triju mēnešu laikā” (136. panta desmitā daļa).

# en: 51d4fcb1498f
param-s138-night_from-doc = Nakts laika sākums: „laikposms no pulksten 22 līdz 6” (138. panta pirmā daļa; diennakts stunda).

# en: 1b6d925ac9af
param-s138-night_to-doc = Nakts laika beigas (138. panta pirmā daļa; diennakts stunda).

# en: ea63ee5b024b
param-s138-night_from_children-doc = „Attiecībā uz bērniem nakts laiks šā likuma izpratnē ir laikposms no pulksten 20 līdz 6” (138. panta pirmā daļa; diennakts stunda).

# en: 51607dbdbb21
param-s138-night_threshold-doc = „Nakts darbs ir ikviens darbs, ko veic nakts laikā vairāk nekā divas stundas” (138. panta pirmā daļa): darbs ar tik daudz vai mazāk stundām nakts laikā nav nakts darbs.

# en: 6d350be8ad3a
param-s138-night_work_unit-doc = Kurā vienībā skaita 138. panta pirmās daļas „vairāk nekā divas stundas”.
# en: 6bbb5408bff7
param-s138-night_work_unit-rationale = 138. panta pirmā daļa par nakts darbu sauc ikvienu darbu, „ko veic nakts laikā vairāk nekā divas stundas”, nenosakot, vai stundas ir vienas maiņas vai vienas nakts. shift (noklusējums): vienas maiņas stundas laikā no 22.00 līdz 6.00; night: visas darbinieka stundas vienā nakts laikā (no 22.00 līdz nākamās dienas 6.00), saskaitot maiņas, kas tajā iekrīt.

# en: 9f0633b34636
param-s138-night_worker_days-doc = Nakts darbinieks parasti veic nakts darbu saskaņā ar maiņu grafiku „vai vismaz 50 dienas kalendāra gadā” (138. panta otrā daļa).

# en: d062324f9dd7
param-s138-night_worker_count-doc = Kā darba grafikā skaita 138. panta otrās daļas 50 dienas.
# en: 74c788fb6409
param-s138-night_worker_count-rationale = 138. panta otrā daļa skaita „vismaz 50 dienas kalendāra gadā”, bet nenosaka, no kuras dienas darbinieks ir nakts darbinieks. whole-year (noklusējums): dienas ar nakts darbu visā grafika kalendāra gadā, tāpēc darbinieks, kuram grafikā ir 50 vai vairāk šādu dienu, ir nakts darbinieks no 1. janvāra, kā to paredz plānotais grafiks; to-date: no 50. šādas dienas.

# en: bb883d43455f
param-s138-night_worker_reduction-doc = „Nakts darbiniekam normālais dienas darba laiks saīsināms par vienu stundu” (138. panta trešā daļa), izņemot darbiniekus ar normālo saīsināto darba laiku un gadījumus, kad tas nepieciešams uzņēmuma darbības īpatnību dēļ.

# en: d8a2f3144ff7
param-s138-special_risk_night_cap-doc = Nakts darbinieku, kura darbs saistīts ar īpašu risku, aizliegts nodarbināt „vairāk par astoņām stundām diennakts periodā”, kurā viņš veicis nakts darbu (138. panta trešā daļa).

# en: 57560c7a536a
param-s138-consent_child_age-doc = „Darbinieku, kuram ir bērns līdz triju gadu vecumam, nodarbināt nakts laikā atļauts tikai ar viņa piekrišanu” (138. panta septītā daļa).

# en: 924904a4f519
param-s139-publication-doc = Darba devējs iepazīstina darbiniekus ar maiņu grafikiem „ne vēlāk kā vienu mēnesi pirms to stāšanās spēkā” (139. panta piektā daļa).

# en: 658c5aa4974c
param-s139-in_a_row-doc = Kas ir divas maiņas pēc kārtas (139. panta otrā daļa: „Aizliegts norīkot darbinieku divās maiņās pēc kārtas”).
# en: 9745412e3b1c
param-s139-in_a_row-rationale = 139. panta otrā daļa aizliedz „norīkot darbinieku divās maiņās pēc kārtas”, nenosakot, cik tuvu tām jābūt. back-to-back (noklusējums): otrā maiņa sākas, kad pirmā beidzas (ar ne lielāku starplaiku, kā pieļauj 145. panta pārtraukums), — dubultmaiņa; otrā maiņa pēc īsākas atpūtas, nekā prasa 142. pants, ir šā panta konstatējums. within-daily-rest: jebkura otrā maiņa, kas sākas, pirms pagājusi 142. panta diennakts atpūta.

# en: 10def952d2a5
param-s140-reference_period-doc = „Ja darba koplīgumā vai darba līgumā nav noteikts garāks pārskata periods, summētā darba laika pārskata periods ir viens mēnesis” (140. panta trešā daļa).

# en: 2c14f484eb0e
param-s140-reference_period_contract_max-doc = Darba līgumā puses var vienoties par pārskata periodu, „taču ne ilgāku par trim mēnešiem” (140. panta trešā daļa).

# en: 9c8bdb65d07d
param-s140-reference_period_agreement_max-doc = Darba koplīgumā pārskata periods var būt „ne ilgāku par 12 mēnešiem” (140. panta trešā daļa).

# en: e99d1327fa0b
param-s140-max_in_a_row-doc = Summētā darba laika ietvaros „jebkurā gadījumā aizliegts nodarbināt darbinieku ilgāk par 24 stundām pēc kārtas” (140. panta ceturtā daļa).

# en: 437900cc9235
param-s140-max_weekly-doc = Summētā darba laika ietvaros jebkurā gadījumā aizliegts nodarbināt darbinieku ilgāk par „56 stundām nedēļā” (140. panta ceturtā daļa).

# en: e736719b783e
param-s140-week-doc = 140. panta ceturtās daļas 56 stundu ierobežojuma „nedēļa”.
# en: 151c7c8a780c
param-s140-week-rationale = 140. panta ceturtā daļa ierobežo darbu ar „56 stundām nedēļā”, nenosakot, kura nedēļa; 143. panta pirmā daļa runā par „septiņu dienu periodu”, kur domātas jebkuras septiņas dienas. calendar-week (noklusējums): no pirmdienas līdz svētdienai, kā nedēļu citur lasa likumā (131. panta pirmā daļa); every-seven-days: jebkuras septiņas dienas pēc kārtas.

# en: 4727a599b069
param-s140-average_daily_rest-doc = Summētā darba laikā diennakts atpūtas laiks pārskata periodā „nav īsāks par vidēji 12 stundām diennaktī” (140. panta sestā daļa).

# en: 2cb8bd469db5
param-s140-average_weekly_rest-doc = Summētā darba laikā nedēļas atpūtas laiks pārskata periodā „nav īsāks par vidēji 35 stundām nedēļā, ieskaitot diennakts atpūtas laiku” (140. panta sestā daļa).

## law/params/rest.toml

# en: 44e296aa1e8b
param-s142-daily_rest-doc = „Diennakts atpūtas ilgums 24 stundu periodā nedrīkst būt īsāks par 12 stundām pēc kārtas” (142. panta pirmā daļa); to var nepiemērot, ja noteikts summētais darba laiks.

# en: 564bff78bfcb
param-s142-daily_rest_children-doc = „Diennakts atpūtas ilgums bērniem 24 stundu periodā nedrīkst būt īsāks par 14 stundām pēc kārtas” (142. panta otrā daļa).

# en: b00362de3bf9
param-s142-period-doc = „24 stundu periodā”: kurā periodā meklē 142. panta diennakts atpūtu.
# en: 163aca7b482a
param-s142-period-rationale = 142. panta pirmā daļa prasa 12 stundas atpūtas pēc kārtas „24 stundu periodā”, nenosakot, kad periods sākas. from-shift-start (noklusējums): 24 stundas no katras darba dienas sākuma, tāpēc starp vienas darba dienas beigām un nākamās sākumu jābūt vismaz 12 stundām (ja darba diena nav garāka par 12 stundām); calendar-day: katrā diennaktī no pusnakts līdz pusnaktij jābūt 12 stundām bez darba pēc kārtas, kas atpūtu pārtrauc pusnaktī.

# en: 3edad76f869e
param-s142-summarised_exempt-doc = Vai 142. panta pirmās daļas diennakts atpūtu nepārbauda darbiniekiem ar summēto darba laiku.
# en: f88cb98ef3c9
param-s142-summarised_exempt-rationale = 142. panta pirmā daļa saka, ka noteikumu „var nepiemērot, ja noteikts summētais darba laiks”, un 140. panta otrā daļa nosaka, kad: fakts, ko grafiks neparāda. Pēc noklusējuma noteikumu pārbauda visiem (140. panta sestās daļas vidējie rādītāji ir spēkā jebkurā gadījumā), un izņēmumu lietotājs var pieprasīt ar --set.

# en: 67ca80a7ef9b
param-s143-weekly_rest-doc = „Nedēļas atpūtas ilgums septiņu dienu periodā nedrīkst būt īsāks par 42 stundām pēc kārtas” (143. panta pirmā daļa); to var nepiemērot, ja noteikts summētais darba laiks.

# en: 6e3103fb0e56
param-s143-window-doc = „septiņu dienu periodā”: kurā periodā meklē 143. panta pirmās daļas 42 stundas pēc kārtas.
# en: 52ccc2673f08
param-s143-window-rationale = 143. panta pirmā daļa runā par „septiņu dienu periodu”, nevis kalendāra nedēļu, un ceturtā daļa — par „jebkurā 14 dienu laikā”. every-seven-days (noklusējums): nevienā septiņu dienu periodā pēc kārtas (7 × 24 stundas) nedrīkst trūkt 42 stundu nepārtrauktas atpūtas, ko ieskaita pilnībā, lai kur tā atrastos; calendar-week: katrā nedēļā no pirmdienas līdz svētdienai, atpūtu pārtraucot svētdienas pusnaktī.

# en: 220211b8e046
param-s143-summarised_exempt-doc = Vai 143. panta pirmās daļas nedēļas atpūtu nepārbauda darbiniekiem ar summēto darba laiku.
# en: ee63513968e9
param-s143-summarised_exempt-rationale = 143. panta pirmā daļa saka, ka noteikumu „var nepiemērot, ja noteikts summētais darba laiks”, un 140. panta otrā daļa nosaka, kad: fakts, ko grafiks neparāda. Pēc noklusējuma noteikumu pārbauda visiem, un izņēmumu lietotājs var pieprasīt ar --set.

# en: a5b526f34fc8
param-s143-call_in_window-doc = Darbiniekam, kuru iesaista darbā nedēļas atpūtas laikā, nodrošina „ne mazāk kā divus šā panta pirmajā daļā minētos nedēļas atpūtas periodus jebkurā 14 dienu laikā” (143. panta ceturtā daļa).

# en: 667308cc29cf
param-s143-call_in_rests-doc = Cik 42 stundu nedēļas atpūtas periodu jebkurās s143.call_in_window dienās pienākas darbiniekam, kuru iesaista darbā nedēļas atpūtas laikā: „ne mazāk kā divus” (143. panta ceturtā daļa).

# en: 2c34ed5d47a6
param-s143-moved_day_rest-doc = Nedēļā, kurā darba devējs darba dienu pārcēlis uz sestdienu (133. panta ceturtā daļa), nedēļas atpūtas laika ilgums „nedrīkst būt īsāks par 35 stundām pēc kārtas” (143. panta sestā daļa).

# en: 7b32bd951857
param-s145-break_after-doc = „Ikvienam darbiniekam ir tiesības uz pārtraukumu darbā, ja viņa dienas darba laiks ir ilgāks par sešām stundām” (145. panta pirmā daļa).

# en: ab1dd0f6a940
param-s145-break_after_adolescent-doc = „Pusaudžiem ir tiesības uz pārtraukumu darbā, ja viņu darba laiks ir ilgāks par četrarpus stundām” (145. panta pirmā daļa).

# en: bd4ae39257e6
param-s145-break_latest_after-doc = „Pārtraukumu piešķir ne vēlāk kā pēc četrām stundām no darba sākuma” (145. panta otrā daļa); darba koplīgumā var noteikt citu kārtību.

# en: 867755a1f6d1
param-s145-break_min-doc = Pārtraukums „nedrīkst būt īsāks par 30 minūtēm” (145. panta otrā daļa).

# en: adb3f0020f38
param-s145-break_part_min-doc = Pārtraukumu, ko nav iespējams piešķirt visu uzreiz, drīkst sadalīt daļās, „kas nedrīkst būt īsākas par 15 minūtēm katra” (145. panta piektā daļa).

# en: 4ac31de5ff7a
param-s145-daily_time-doc = Kura „dienas darba laiks”, ilgāks par sešām stundām (145. panta pirmā daļa), dod tiesības uz pārtraukumu.
# en: f6c7c963db58
param-s145-daily_time-rationale = 145. panta pirmā daļa saista pārtraukumu ar „dienas darba laiku”, un otrā daļa to skaita „no darba sākuma”: nepārtrauktu darba posmu. shift (noklusējums): katras maiņas darba laiks (pārtraukums iekrīt maiņā); day: visu kalendāra dienas maiņu darba laiks kopā, tāpēc arī divas četru stundu maiņas vienā dienā dod tiesības uz pārtraukumu.

# en: b5888e5bc162
param-s146-child_age_months-doc = „Darbiniekam, kuram ir bērns līdz pusotra gada vecumam, piešķir papildu pārtraukumus bērna barošanai” (146. panta pirmā daļa).

# en: 427a9093a7ea
param-s146-feeding_break-doc = Pārtraukumi bērna barošanai, „kas nav īsāki par 30 minūtēm” (146. panta otrā daļa).

# en: 46aa8b87515b
param-s146-feeding_break_two_children-doc = Ja darbiniekam ir divi vai vairāki bērni līdz pusotra gada vecumam, „piešķirams vismaz stundu ilgs pārtraukums” (146. panta otrā daļa).

# en: 304b7d043a2b
param-s146-feeding_every-doc = Pārtraukumus bērna barošanai piešķir „ne retāk kā pēc katrām trim stundām” (146. panta otrā daļa).

## law/params/protection.toml

# en: 6b9f9fcbea3a
param-s37-child_under-doc = „Bērns šā likuma izpratnē ir persona, kura ir jaunāka par 15 gadiem vai kura līdz 18 gadu vecuma sasniegšanai turpina iegūt pamatizglītību” (37. panta pirmā daļa): vecums.

# en: 5b5a2d9487fd
param-s37-adolescent_under-doc = „Pusaudzis šā likuma izpratnē ir persona vecumā no 15 līdz 18 gadiem, kura nav uzskatāma par bērnu” (37. panta ceturtā daļa): vecums, kurā persona vairs nav nepilngadīga (132. panta pirmās daļas, 136. panta sestās daļas un 138. panta sestās daļas personas, kuras ir jaunākas par 18 gadiem).

# en: d1a4375fe649
param-s37-child_by_age_only-doc = Vai bērnu no pusaudža atšķir tikai pēc vecuma (jaunāks par s37.child_under), neņemot vērā personu no 15 līdz 18 gadiem, kura vēl iegūst pamatizglītību.
# en: 4d3893543b44
param-s37-child_by_age_only-rationale = 37. panta pirmā daļa par bērnu uzskata arī personu, „kura līdz 18 gadu vecuma sasniegšanai turpina iegūt pamatizglītību”, — faktu, kura nav employees.csv; pēc noklusējuma nepilngadīgo no 15 gadiem uzskata par pusaudzi (piemēro 132. panta trešās daļas un 145. panta pirmās daļas aizsardzību), un lietotājs to iestata uz false grafikam ar pamatizglītības skolēniem, uz kuriem tad attiecas bērnu ierobežojumi.

# ---- pay and terms (pay2002: law/params/pay2002.toml)

# en: 3856abd62776
param-s67-night_supplement-doc = Darbinieks, kas veic nakts darbu, saņem „piemaksu ne mazāk kā 50 procentu apmērā no viņam noteiktās stundas vai dienas algas likmes” (67. panta pirmā daļa) par nakts laika stundām (138. panta pirmā daļa).

# en: c7b50b3c5daf
param-s68-overtime_supplement-doc = Darbinieks, kas veic virsstundu darbu, saņem „piemaksu ne mazāk kā 100 procentu apmērā no viņam noteiktās stundas vai dienas algas likmes” (68. panta pirmā daļa); darba koplīgumā vai darba līgumā var noteikt lielāku (68. panta otrā daļa).

# en: 314f8e614571
param-s68-holiday_supplement-doc = Darbinieks, kas veic darbu svētku dienā, saņem „piemaksu ne mazāk kā 100 procentu apmērā no viņam noteiktās stundas vai dienas algas likmes” (68. panta pirmā daļa).

# en: 4ff03ba99b50
param-s68-general_agreement-doc = Vai darba devējam piemērojama 68. panta trešās daļas ģenerālvienošanās: noslēgta atbilstoši 18. panta ceturtajai daļai un paredz „būtisku valsts noteiktās minimālās darba algas vai stundas algas likmes paaugstināšanu nozarē” vismaz par 50 procentiem. Tikai tad piemaksa par virsstundu darbu var būt s68.general_agreement_overtime. Izslēgts, ja lietotājs nenorāda citādi.

# en: ccc767c28329
param-s68-general_agreement_overtime-doc = Ar 68. panta trešās daļas ģenerālvienošanos piemaksu par virsstundu darbu var noteikt mazāku, „bet ne mazāku kā 50 procentu apmērā no darbiniekam noteiktās stundas algas likmes”; to lasa tikai tad, ja ieslēgts s68.general_agreement, un vērtību zem 50 noraida.

# en: 4c6e6e55923b
param-s68-overtime_on_holiday-doc = Vai par virsstundu darbu svētku dienā pienākas abas 68. panta pirmās daļas piemaksas vai viena.

# en: 56495cdb9a37
param-s68-overtime_on_holiday-rationale = 68. panta pirmā daļa piešķir piemaksu darbiniekam, „kas veic virsstundu darbu vai darbu svētku dienā”, nesakot, kas pienākas par stundu, kas ir abi. both (noklusējums): katra piemaksa par to, par ko tā maksā, kā 71. pants virsstundas un svētku dienās nostrādātās stundas norāda atsevišķi; one: par šādu stundu viena piemaksa.

# en: 5ea29efc7c7f
param-AL14-night_supplement-doc = Valsts un pašvaldību institūciju darbinieki „saņem piemaksu par nakts darbu 50 procentu apmērā no tām noteiktās stundas algas likmes” (Atlīdzības likuma 14. panta ceturtā daļa).

# en: ec96600be2d7
param-AL14-holiday_supplement-doc = Viņi „saņem piemaksu par darbu (dienesta pienākumu pildīšanu) svētku dienās 100 procentu apmērā no tām noteiktās stundas algas likmes” (Atlīdzības likuma 14. panta 5.¹ daļa).

# en: 8ed66c121ae7
param-AL14-overtime_supplement-doc = Viņi „saņem piemaksu par virsstundu darbu 100 procentu apmērā no tām noteiktās stundas algas likmes” vai tiem piešķir apmaksātu atpūtas laiku (Atlīdzības likuma 14. panta sestā daļa).

# en: 5097ed10d6ac
param-AL14-reference_months-doc = Summētajā darba laikā „tā atskaites periods ir četri mēneši”, ja normatīvajos aktos vai darba koplīgumā nav noteikts cits (Atlīdzības likuma 14. panta devītā daļa): tas ir pārskata periods darbiniekam, kam piemēro Atlīdzības likumu un noteikts summētais darba laiks (summary_period_months lielāks par 0), neatkarīgi no kolonnā norādītā ilguma; norādiet citu, ja to nosaka normatīvais akts vai darba koplīgums.

# en: 2be0630757ae
param-s16-weekly_rest_days-doc = Nedēļas atpūtas dienas, pēc kurām pārceļas termiņa beigas: „Ja termiņš izbeidzas nedēļas atpūtas dienā vai svētku dienā, par termiņa pēdējo dienu atzīstama nākamā darbdiena” (16. panta piektā daļa).

# en: cbe2b708ff45
param-s16-weekly_rest_days-rationale = 16. panta piektā daļa dienas nenosauc. 143. panta otrā daļa piecu darba dienu nedēļā paredz divas nedēļas atpūtas dienas, trešā daļa par vispārējo nedēļas atpūtas dienu nosaka svētdienu. saturday-and-sunday (noklusējums): piecu darba dienu nedēļa, ko ievēro lielākā daļa darba devēju; sunday: tikai vispārējā nedēļas atpūtas diena.

# en: 0edfaee45462
param-s16-day_terms-doc = Kā skaita dienās noteiktu termiņu: „Termiņš sākas datumā vai tā notikuma iestāšanās dienā, kas nosaka šā termiņa sākumu” (16. panta pirmā daļa).

# en: 0f569ee9d0c2
param-s16-day_terms-rationale = 16. panta otrā līdz ceturtā daļa nosaka, kad beidzas gados, mēnešos un nedēļās skaitāmi termiņi, bet ne dienās skaitāmi. event-day-first (noklusējums): notikuma diena ir termiņa pirmā diena (16. panta pirmā daļa), tātad 10 dienu termiņš beidzas devītajā dienā pēc tās; day-after-first: pirmā diena ir nākamā diena, kā Civillikumā.

# en: 19d9e20910d0
param-s100-resignation_months-doc = „Darbiniekam ir tiesības rakstveidā uzteikt darba līgumu vienu mēnesi iepriekš”, ja nav noteikts īsāks uzteikuma termiņš (100. panta pirmā daļa).

# en: 86e6d9acb92a
param-s103-short_days-doc = Darba devēja uzteikuma termiņš: „10 dienas” 101. panta pirmās daļas 1., 3., 5. un 11. punkta gadījumos (103. panta pirmās daļas 2. punkts).

# en: a4098e1d0104
param-s103-notice_months-doc = Darba devēja uzteikuma termiņš: „viens mēnesis” 101. panta pirmās daļas 6., 8., 9. un 10. punkta gadījumos (103. panta pirmās daļas 3. punkts).

# en: c715e34f9e53
param-s103-disability_months-doc = Darba devēja uzteikuma termiņš: „divi mēneši” 101. panta pirmās daļas 8., 9. un 11. punkta gadījumos darbiniekam, kurš atzīts par personu ar invaliditāti (103. panta pirmās daļas 4. punkts).

# en: 6f134b586feb
param-s110-membership-doc = Vai arodbiedrības biedrs (union_member) ir biedrs pietiekami ilgi: 110. panta pirmā daļa prasa piekrišanu, „ja darbinieks ir arodbiedrības biedrs vairāk nekā sešus mēnešus”.

# en: 9fac5e80dfcb
param-s110-membership-rationale = Darbinieku fails norāda, vai darbinieks ir arodbiedrības biedrs, bet ne kopš kura laika. over-six-months (noklusējums): biedru uzskata par biedru vairāk nekā sešus mēnešus, tāpēc piekrišanu prasa — lasījums, kas aizsargātu darbinieku neatstāj bez aizsardzības; under-six-months: biedrus uzskata par nesenajiem.

# en: 4ff0c8e89c00
param-s112-band_edge-doc = Kādu atlaišanas pabalstu saņem darbinieks ar tieši desmit gadu darba stāžu: 112. panta pirmā daļa paredz divus mēnešus, ja nodarbināts „piecus līdz 10 gadus”, un trīs, ja „10 līdz 20 gadus”.

# en: 0ea50272d12a
param-s112-band_edge-rationale = Abi 112. panta pirmās daļas punkti nosauc desmit gadus. higher-band (noklusējums): tieši desmit gadi ir 3. punkts (trīs mēneši), darbiniekam labvēlīgākais lasījums; lower-band: 2. punkts (divi mēneši). Tieši 20 gadi jebkurā gadījumā ir 3. punkts: 4. punktam vajag „vairāk nekā 20 gadus”.
## law/params/rules2002a.toml

# en: 102805984e69
param-s131-offset_pairing-doc = Cik nedēļas dienu 131. panta otrā daļa ļauj pagarināt (ne vairāk kā par s131.offset), ja citas tās nedēļas dienas ir īsākas par normālo dienas darba laiku.
# en: c463508a2f28
param-s131-offset_pairing-rationale = 131. panta otrā daļa ļauj „citā nedēļas darba dienā” pagarināt normālo dienas darba laiku, ja „dienas darba laiks kādā no nedēļas darba dienām ir īsāks”, bet nesaka, vai viena īsāka diena ļauj pagarināt vairāk nekā vienu dienu. one-for-one (noklusējums): katrai pagarinātajai dienai vajadzīga sava īsāka darba diena tajā pašā nedēļā, kā to nolasa vienskaitļa vārdi; any-shorter-day: viena īsāka diena ļauj pagarināt jebkuru dienu skaitu, joprojām ievērojot nedēļas normu (arī 131. panta otrā daļa).

# en: 634710ac6269
param-s132-child_period-doc = Kuri 132. panta otrās daļas ierobežojumi piemērojami bērna darbam: mācību gada vai brīvlaika.
# en: a4653f4b5c75
param-s132-child_period-rationale = 132. panta otrā daļa nosaka vienu ierobežojumu, „ja darbs tiek veikts mācību gada laikā”, un citu laikam, „kad izglītības iestādē ir brīvlaiks”, bet ievaddati nesaka, kuras nedēļas ir brīvlaiks. school-year (noklusējums): stingrākie ierobežojumi, kas piemērojami, ja vien lietotājs nenorāda, ka grafiks ir par brīvlaiku; holidays: brīvlaika ierobežojumi (no 15 gadu vecuma septiņas stundas dienā un 35 nedēļā).

# en: ff4d3cfa120f
param-s134-postnatal_months-doc = Nepilns darba laiks pēc pieprasījuma, ja to pieprasa „sieviete pēcdzemdību periodā līdz vienam gadam” (134. panta otrā daļa).

# en: 8bc34ea7128b
param-s134-child_under-doc = Nepilns darba laiks pēc pieprasījuma darbiniekam, „kuram ir bērns līdz 14 gadu vecumam” (134. panta otrā daļa).

# en: ef50b9365a16
param-s134-disabled_child_under-doc = Nepilns darba laiks pēc pieprasījuma darbiniekam, kuram ir „bērns ar invaliditāti līdz 18 gadu vecumam” (134. panta otrā daļa).

# en: fb358d83c704
param-s136-postnatal_months-doc = Virsstundu darbs tikai ar rakstveida piekrišanu, nodarbinot „sievieti pēcdzemdību periodā līdz vienam gadam” (136. panta septītā daļa).

# en: 577c69f48a5b
param-s136-breastfeeding_child_months-doc = Virsstundu darbs tikai ar rakstveida piekrišanu sievietei, kas baro bērnu ar krūti, „visā barošanas laikā, bet ne ilgāk kā līdz bērna divu gadu vecumam” (136. panta septītā daļa).

# en: 7fe2d0b46ff8
param-s138-consent_reach-doc = Kuram darbinieka ar bērnu līdz triju gadu vecumam darbam vajadzīga viņa piekrišana pēc 138. panta septītās daļas: jebkuram darbam nakts laikā vai tikai nakts darbam, kas ilgāks par divām stundām.
# en: 543e55f1086f
param-s138-consent_reach-rationale = 138. panta septītā daļa atļauj šādu darbinieku nodarbināt „nakts laikā” tikai ar piekrišanu, bet 138. panta pirmā daļa nakts darbu definē kā darbu nakts laikā „vairāk nekā divas stundas”. night-time (noklusējums): 138. panta septītās daļas vārdi, jebkura minūte no 22:00 līdz 06:00; night-work: tikai maiņas, kas ir nakts darbs pēc 138. panta pirmās daļas.

# en: 21d39b734e90
param-s136-overtime_reading-doc = Ko 136. panta piektās daļas virsstundu robeža skaita kā virsstundu darbu: rindas, kas atzīmētas kā virsstundas, un parastās stundas virs normas, vai tikai atzīmētās rindas.
# en: 863ae05e4b91
param-s136-overtime_reading-rationale = 136. panta pirmā daļa virsstundu darbu definē kā „darbs, kuru darbinieks veic virs normālā darba laika”, lai kā to sauktu grafikā, bet grafiks atzīmē tikai daļu no tā. rows-and-excess (noklusējums): rindas ar veidu overtime un katras nedēļas parastās stundas virs 131. panta normas (lielākais no dienu stundām virs dienas normas un tās viena stundas pagarinājuma, saskaitītām pa dienām, un stundām virs nedēļas normas), tāpēc arī neatzīmētas virsstundas tiek skaitītas robežā; rows: tikai rindas, kas atzīmētas kā virsstundas.
