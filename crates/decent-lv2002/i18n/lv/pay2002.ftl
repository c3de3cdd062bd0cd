# lv-2002 darba samaksas rindas, termiņi un uzteikumi, latviski.

## darba samaksas rindas (`decent pay --law lv-2002`)

pay2002-time-wage = nostrādātās stundas (laika alga)
pay2002-salary = mēneša darba alga
pay2002-overtime-hours = virsstundas pēc stundas algas likmes
pay2002-night-supplement = piemaksa par nakts darbu
pay2002-overtime-supplement = piemaksa par virsstundu darbu
pay2002-holiday-supplement = piemaksa par darbu svētku dienā
pay2002-leave = atvaļinājuma samaksa (dienas × dienas vidējā izpeļņa)
pay2002-severance = atlaišanas pabalsts, { $months } mēnešu vidējā izpeļņa (112. panta pirmā daļa)

## uz ko rinda balstās (`--explain`), vidējā izpeļņa

pay2002-basis-shift = maiņa { $from }–{ $to } ({ $line }. rinda)
pay2002-basis-holiday = maiņa { $from }–{ $to } ({ $line }. rinda), svētku diena: { $name }
pay2002-basis-overtime = virsstundu darbs { $day } (136. panta pirmā daļa, 140. panta piektā daļa)
pay2002-minimum-not-checked = netiek pārbaudīts: minimālo darba algu nosaka Ministru kabinets (61. pants), kas šajā pakā nav iekļauts
pay2002-holiday-name = { $name }
pay2002-months-six = pēdējos sešos kalendāra mēnešos
pay2002-months-employed = nodarbinātības mēnešos (75. panta sestā daļa)
pay2002-average-how = 75. panta ceturtā daļa: { $total } ÷ { $days } nostrādātās dienas { $months } = { $daily } dienā; 75. panta trešā daļa: × { $working } darba dienas ÷ 6 = { $per_month } mēnesī → { $monthly }

## termiņu veidi (`decent deadline VEIDS --law lv-2002`)

deadline-resignation-event = diena, kad darbinieks rakstveidā uzteica darba līgumu
deadline-resignation-meaning = darbinieka uzteikuma termiņa pēdējā diena
deadline-resignation-option-sick-not-counted = pēc darbinieka pieprasījuma pārejošas darbnespējas laiku neieskaita (100. panta pirmā daļa)
deadline-notice-event = diena, kad darba devējs rakstveidā uzteica darba līgumu
deadline-notice-meaning = darba devēja uzteikuma termiņa pēdējā diena
deadline-notice-option-s101-1 = 101. panta pirmās daļas 1. punkts: būtisks darba līguma vai darba kārtības pārkāpums (10 dienas)
deadline-notice-option-s101-2 = 101. panta pirmās daļas 2. punkts: prettiesiska rīcība un zaudēta uzticība (nekavējoties)
deadline-notice-option-s101-3 = 101. panta pirmās daļas 3. punkts: rīcība pretēji labiem tikumiem (10 dienas)
deadline-notice-option-s101-4 = 101. panta pirmās daļas 4. punkts: alkohola, narkotiku vai toksiska reibuma stāvoklis darbā (nekavējoties)
deadline-notice-option-s101-5 = 101. panta pirmās daļas 5. punkts: rupjš darba aizsardzības noteikumu pārkāpums (10 dienas)
deadline-notice-option-s101-6 = 101. panta pirmās daļas 6. punkts: nepietiekamas profesionālās spējas (viens mēnesis)
deadline-notice-option-s101-7 = 101. panta pirmās daļas 7. punkts: nespēja veikt darbu veselības stāvokļa dēļ (nekavējoties)
deadline-notice-option-s101-8 = 101. panta pirmās daļas 8. punkts: atjaunots darbā agrākais darbinieks (viens mēnesis; personai ar invaliditāti divi)
deadline-notice-option-s101-9 = 101. panta pirmās daļas 9. punkts: darbinieku skaita samazināšana (viens mēnesis; personai ar invaliditāti divi)
deadline-notice-option-s101-10 = 101. panta pirmās daļas 10. punkts: darba devēja likvidācija (viens mēnesis)
deadline-notice-option-s101-11 = 101. panta pirmās daļas 11. punkts: ilgstoša pārejoša darbnespēja (10 dienas; personai ar invaliditāti divi mēneši)
deadline-notice-option-disability = darbinieks atzīts par personu ar invaliditāti (103. panta pirmās daļas 4. punkts)
deadline-notice-option-sick-not-counted = pēc darbinieka pieprasījuma pārejošas darbnespējas laiku neieskaita (103. panta otrā daļa; ne 11. punkta gadījumā)

## termiņi un to soļi

term-label-resignation = darbinieka rakstveida uzteikums vienu mēnesi iepriekš
term-label-notice = darba devēja uzteikums, pamats { $ground }
term-notice-immediate = pamatojoties uz { $ground }, darba devējs uzteic darba līgumu nekavējoties (103. panta pirmās daļas 1. punkts)
term-result = { $meaning }: { $date }
term-absence = pārejoša darbnespēja ({ $kind }, prombūtņu faila { $line }. rinda)
non-working-moved = darba devēja pārcelta brīvdiena (pārceltās dienas)
non-working-holiday = { $name }, svētku diena
non-working-sunday = svētdiena, vispārējā nedēļas atpūtas diena (143. panta trešā daļa)
non-working-saturday = sestdiena, nedēļas atpūtas diena (interpretācija s16.weekly_rest_days)

absence-sick = pārejoša darbnespēja
absence-annual-leave = ikgadējais atvaļinājums
absence-maternity = grūtniecības un dzemdību atvaļinājums
absence-childcare = bērna kopšanas atvaļinājums
absence-unpaid = bezalgas atvaļinājums
absence-study = mācību atvaļinājums
absence-business-trip = komandējums
absence-day-off = brīvdiena
absence-other = cita attaisnota prombūtne

## darba devēja uzteikums (`decent termination --law lv-2002`)

termination-2002-explanation = pamatojoties uz 101. panta pirmās daļas { $point }. punktu, darba devējam jāpieprasa rakstveida paskaidrojums (101. panta otrā daļa) un jāuzteic ne vēlāk kā viena mēneša laikā no pārkāpuma atklāšanas dienas, bet ne vēlāk kā 12 mēnešu laikā no tā izdarīšanas (101. panta trešā daļa); no datiem to nevar redzēt
termination-2002-no-transfer = pamatojoties uz 101. panta pirmās daļas { $point }. punktu, uzteikt atļauts, ja darbinieku ar viņa piekrišanu nav iespējams nodarbināt citā darbā (101. panta ceturtā daļa); no datiem to nevar redzēt
termination-2002-pregnant = darbiniece ir grūtniece
termination-2002-post-natal = darbiniece ir pēcdzemdību periodā līdz vienam gadam
termination-2002-breastfeeding = darbiniece baro ar krūti bērnu līdz divu gadu vecumam
termination-2002-protected = { $why } { $day }: darba devējam aizliegts uzteikt darba līgumu (109. panta pirmā daļa)
termination-2002-protected-excepted = { $why }, bet 101. panta pirmās daļas { $point }. punkts ir 109. panta pirmās daļas izņēmums
termination-2002-not-protected = { $day } darbiniece nav grūtniece, pēcdzemdību periodā vai bērna barošanas laikā
termination-2002-absent = { $day } darbinieks ir prombūtnē ({ $kind }, prombūtņu faila { $line }. rinda, no { $from } līdz { $to }): uzteikt nav tiesību (109. panta trešā daļa)
termination-2002-absent-liquidation = darba devējs tiek likvidēts: 109. panta trešā daļa nav piemērojama
termination-2002-not-absent = { $day } darbinieks nav pārejošas darbnespējas laikā, atvaļinājumā vai citā attaisnotā prombūtnē
termination-2002-union-excepted = pamatojoties uz 101. panta pirmās daļas { $point }. punktu, arodbiedrības piekrišana nav vajadzīga (110. panta pirmā daļa)
termination-2002-union-consent = arodbiedrība iepriekš piekrita (110. panta pirmā daļa); uzteikt var ne vēlāk kā viena mēneša laikā no piekrišanas saņemšanas (110. panta trešā daļa)
termination-2002-union-recent = darbinieks ir arodbiedrības biedrs, uzskatīts par biedru ne ilgāk kā sešus mēnešus (interpretācija s110.membership): piekrišana nav vajadzīga
termination-2002-union-member = darbinieks ir arodbiedrības biedrs (uzskatīts par biedru vairāk nekā sešus mēnešus, interpretācija s110.membership): uzteikumam vajadzīga arodbiedrības iepriekšēja piekrišana (110. panta pirmā daļa)
termination-2002-union-consult = pamatojoties uz 101. panta pirmās daļas { $point }. punktu, darba devējs iepriekš informē arodbiedrību un konsultējas ar to (110. panta pirmā daļa)
termination-2002-not-union-member = darbinieks nav arodbiedrības biedrs
termination-2002-no-notice-day = uzteikuma diena nav norādīta (--notice-given): 103. panta pirmās daļas uzteikuma termiņš netiek pārbaudīts
termination-2002-notice-after = uzteikums dots { $given }, pēc pēdējās dienas { $day }
termination-2002-notice-runs = uzteikums dots { $given }, tā termiņš ilgst līdz { $end }: darba tiesiskās attiecības nevar izbeigt { $day }
termination-2002-notice-ran = uzteikums dots { $given }, tā termiņš beidzās { $end }: darba tiesiskās attiecības var izbeigt { $day }
termination-2002-severance = atlaišanas pabalsts { $months } mēnešu vidējās izpeļņas apmērā (112. panta pirmās daļas { $band }. punkts): nodarbināts kopš { $hired }, pilni gadi: { $years }
termination-2002-severance-no-hire-date = atlaišanas pabalsts vismaz viena mēneša vidējās izpeļņas apmērā (112. panta pirmā daļa); bez hired_on nodarbinātības ilgums un līdz ar to apmērs nav zināms
