# The Latvian of the working-time rules' titles, documentation and examples (s131–s138; the
# English is in each rule's RuleMeta), shown by `decent rules --lang lv` and `decent explain
# --lang lv`. Above each entry, `# en:` marks the English it translates (the first 12 hex digits
# of the SHA-256 of that exact text): tests/catalogue_working_time.rs fails when the English
# changes and the Latvian is not re-translated.

## normal-working-time

# en: dddbfc5f700a
rule-normal-working-time-title = Normālais darba laiks pārsniedz 8 stundas dienā vai 40 stundas nedēļā
# en: ee8dbb29ab56
rule-normal-working-time-example = No pirmdienas līdz ceturtdienai 08:00–17:00 ar 30 minūšu pārtraukumu (8,5 h) un piektdien 8 h: četras pagarinātas dienas bez īsākas dienas — četri konstatējumi (robeža 8 h), un nedēļā 42 h virs 40 h.
# en: 149e6f840ea7
rule-normal-working-time-doc =
    Saskaita katras dienas un katras kalendārās nedēļas (pirmdiena–svētdiena) parastās stundas (rindas ar veidu `work`, bez pārtraukumiem). 131. panta pirmā daļa: „Darbinieka normālais dienas darba laiks nedrīkst pārsniegt astoņas stundas, bet normālais nedēļas darba laiks — 40 stundas”; dienas darba laiks ir „darba laiks diennakts periodā”, ko nolasa pēc `s131.day`. 131. panta otrā daļa: ja kāda nedēļas darba diena ir īsāka par normu, citu tās nedēļas darba dienu „var pagarināt, bet ne vairāk kā par vienu stundu”, ievērojot nedēļas normu; cik dienu ļauj pagarināt viena īsāka diena, nosaka `s131.offset_pairing`. 131. panta trešā daļa: darbiniekam ar atzīmi `special_risk` normas ir „septiņas stundas dienā un 35 stundas nedēļā”. Paziņo dienu virs normas un pagarinājuma, dienu virs normas bez īsākas dienas, ar ko to līdzsvarot, un nedēļu virs nedēļas normas. Stundas virs normas ir virsstundu darbs (136. panta pirmā daļa): reģistrējiet tās kā rindas ar veidu `overtime` ar rakstveida piekrišanu. Darbiniekus summētā darba laikā (`summary_period_months` > 0, 140. pants) dienas un nedēļas normai nepakļauj.

## minors-working-time

# en: a058bbc1f83f
rule-minors-working-time-title = Personu, kas jaunākas par 18 gadiem, darba laiks pārsniedz 132. panta ierobežojumus
# en: 5af5ec496b1c
rule-minors-working-time-example = 16 gadus vecs darbinieks pirmdien strādā 08:00–16:30 ar 30 minūšu pārtraukumu (8 h): viens konstatējums, izmērīts 8 h, robeža 7 h.
# en: 4d9934a1b4a1
rule-minors-working-time-doc =
    Darbiniekam, kas dienā ir jaunāks par 18 gadiem (pēc `birth_date`), saskaita visu katras dienas un kalendārās nedēļas darba laiku (rindas ar veidu `work` un `overtime`, bez pārtraukumiem; 132. panta piektā daļa: pie vairākiem darba devējiem darba laiku summē, kā to dara viens darbinieka identifikators). 132. panta pirmā daļa: „Personām, kuras ir jaunākas par 18 gadiem, tiek noteikta piecu dienu darba nedēļa” — paziņo nedēļu ar darbu vairāk nekā piecās dienās. 132. panta otrā daļa: bērnus (37. panta pirmā daļa: jaunākus par 15 gadiem; `s37.child_by_age_only`) nedrīkst nodarbināt „ilgāk par divām stundām dienā un vairāk par 10 stundām nedēļā, ja darbs tiek veikts mācību gada laikā”, bet brīvlaikā — ne ilgāk par četrām stundām dienā un 20 nedēļā, no 15 gadu vecuma — septiņām un 35; ievaddati nesaka, vai nedēļa ir mācību gadā, tāpēc `s132.child_period` nosaka, kuri ierobežojumi piemērojami (pēc noklusējuma — mācību gada). 132. panta trešā daļa: „Pusaudžus nedrīkst nodarbināt ilgāk par septiņām stundām dienā un vairāk par 35 stundām nedēļā.” Nedēļai piemēro ierobežojumus, kas atbilst darbinieka statusam tās pirmajā darba dienā. Dienas nosaka `s131.day`. Mācību laika (132. panta ceturtā daļa) ievaddatos nav.

## working-week

# en: 0354aa532b26
rule-working-week-title = Piecu dienu darba nedēļā strādā vairāk dienu vai sešu dienu nedēļas diena pārsniedz 7 stundas
# en: 181e5dc6d153
rule-working-week-example = Sešu dienu nedēļas darbinieks otrdien strādā 8 h: viens konstatējums, izmērīts 8 h, robeža 7 h. Piecu dienu nedēļas darbinieks strādā no pirmdienas līdz sestdienai: viens konstatējums, 6 dienas, robeža 5.
# en: f94911e3f1de
rule-working-week-doc =
    133. panta pirmā daļa: „Darbiniekam ir noteikta piecu dienu darba nedēļa”; sešu dienu darba nedēļu nosaka tikai tad, ja to prasa darba raksturs (`week_days` = 6 failā employees.csv). Piecu dienu nedēļas darbiniekam paziņo kalendāro nedēļu (pirmdiena–svētdiena), kurā parastais darbs (rindas ar veidu `work`) ir vairāk nekā piecās dienās. 133. panta otrā daļa: „Ja noteikta sešu dienu darba nedēļa, dienas darba laika ilgums nedrīkst pārsniegt septiņas stundas”, bet darbiniekam ar atzīmi `special_risk` — sešas (131. panta trešā daļa); paziņo sešu dienu nedēļas darbinieka dienu virs šīs robežas. Dienas nosaka `s131.day`. Darbiniekus summētā darba laikā (140. pants) nepārbauda.

## part-time-on-request

# en: 58c13b4271ec
rule-part-time-on-request-title = Pilnas darba nedēļas pēc 134. panta otrajā daļā paredzēta nepilna darba laika pieprasījuma
# en: bd537feb3b85
rule-part-time-on-request-example = Piecgadīga bērna māte, kas pieprasījusi nepilnu darba laiku, grafikā ir 8 h no pirmdienas līdz piektdienai: viens konstatējums nedēļā, izmērīts 40 h, robeža (pilns laiks) 40 h.
# en: 8d376f019910
rule-part-time-on-request-doc =
    134. panta otrā daļa: „Darba devējs nosaka nepilnu darba laiku, ja to pieprasa grūtniece, sieviete pēcdzemdību periodā līdz vienam gadam, bet, ja sieviete baro bērnu ar krūti, — visā barošanas laikā, darbinieks ar invaliditāti, darbinieks, kuram ir bērns līdz 14 gadu vecumam vai bērns ar invaliditāti līdz 18 gadu vecumam”. Darbiniekam ar atzīmi `part_time_requested`, kurš kalendārās nedēļas pirmajā darba dienā ir grūtniece (`pregnancies`), sieviete `s134.postnatal_months` laikā pēc dzemdībām (`children_birth_dates`), ar atzīmi `breastfeeding` vai `disability`, vai kuram ir bērns, jaunāks par `s134.child_under`, vai bērns ar invaliditāti, jaunāks par `s134.disabled_child_under`, paziņo nedēļu, kuras parastās stundas (rindas ar veidu `work`) sasniedz normālo nedēļas darba laiku (131. pants: 40 h, īpaša riska darbā 35 h): nepilns darba laiks ir „īsāks par normālo dienas vai nedēļas darba laiku” (134. panta pirmā daļa). Darbiniekus summētā darba laikā (140. pants) nepārbauda; pilngadīgas personas ar invaliditāti no bērnības aprūpes ievaddatos nav.

## holiday-eve

# en: 725014cfa56a
rule-holiday-eve-title = Darba diena pirms svētku dienas nav saīsināta par vienu stundu
# en: e34a265ab8cb
rule-holiday-eve-example = Ceturtdien, 2026. gada 17. novembrī, dienā pirms Proklamēšanas dienas, strādā 08:00–16:30 ar 30 minūšu pārtraukumu (8 h): viens konstatējums, izmērīts 8 h, robeža 7 h.
# en: 1732b3905495
rule-holiday-eve-doc =
    135. pants: „Pirms svētku dienām darba dienas ilgums saīsināms par vienu stundu”, ja nav noteikts īsāks darba laiks. Katrai dienai, kas pati nav svētku diena un kurai seko svētku diena (pakotnes svētku dienu kalendārs), parastās stundas (rindas ar veidu `work`, bez pārtraukumiem) salīdzina ar darbinieka normālo dienas darba laiku, atskaitot `s135.eve_reduction`: 8 h (131. panta pirmā daļa), īpaša riska darbā 7 h (131. panta trešā daļa), sešu dienu nedēļā 7 h un 6 h (133. panta otrā daļa) — tātad 7 h, 6 h vai 5 h. Dienas nosaka `s131.day`. Darbiniekus summētā darba laikā (140. pants) nepārbauda.

## overtime-consent

# en: 4b76fe971e47
rule-overtime-consent-title = Virsstundu darbs bez rakstveida vienošanās
# en: 0bb275b4969b
rule-overtime-consent-example = Darbinieks bez overtime_consent strādā virsstundu rindu 17:00–19:00: viens brīdinājums, izmērīts 2 h.
# en: ef88aaf6153d
rule-overtime-consent-doc =
    136. panta pirmā daļa: „Virsstundu darbs ir darbs, kuru darbinieks veic virs normālā darba laika”; ievaddatos to atzīmē kā rindas ar veidu `overtime` (parastās rindas virs normas paziņo `normal-working-time`). 136. panta otrā daļa: „Virsstundu darbs ir pieļaujams, ja darbinieks un darba devējs par to vienojušies rakstveidā.” Katru virsstundu rindu darbiniekam bez `overtime_consent` paziņo kā brīdinājumu: 136. panta trešā daļa pieļauj virsstundu darbu bez piekrišanas izņēmuma gadījumos (sabiedrības visneatliekamākās vajadzības, nepārvarama vara, steidzams, iepriekš neparedzēts darbs), kurus ievaddati nereģistrē, — un ilgāk par sešām dienām pēc kārtas tikai ar Valsts darba inspekcijas atļauju (136. panta ceturtā daļa).

## overtime-limit

# en: f13af310cacc
rule-overtime-limit-title = Virsstundu darbs pārsniedz 136. panta piektās daļas robežu pārskata periodā
# en: 26b1368d0221
rule-overtime-limit-example = No 2026. gada janvāra līdz aprīlim (120 dienas) darbinieks strādā 140 virsstundas: robeža ir 8 h × 120 ÷ 7 = 137,13 h, viens pārkāpums, izmērīts 140 h.
# en: e97efd82a65f
rule-overtime-limit-doc =
    136. panta piektā daļa: „Virsstundu darbs nedrīkst pārsniegt vidēji astoņas stundas septiņu dienu periodā, ko aprēķina pārskata periodā, kas nepārsniedz četrus mēnešus”; līdz 2014. gada 31. decembrim — 144 stundas četru mēnešu periodā (`s136.overtime_limit` un `s136.overtime_limit_basis`, ar datumiem). Virsstundu darbs ir darbs „virs normālā darba laika” (136. panta pirmā daļa): pēc `s136.overtime_reading` — rindu ar veidu `overtime` nostrādātās minūtes (pēc dienas, kurā rinda sākas) un pēc noklusējuma katras kalendārās nedēļas parastās stundas virs normas (lielākais no stundām virs 8 h un 131. panta otrās daļas viena stundas pagarinājuma katrā dienā un stundām virs 40 h nedēļā; īpaša riska darbā 7 h un 35 h; skaitot nedēļas pēdējā darba dienā; ne summētajā darba laikā). Tās saskaita katrā pārskata periodā (`s136.reference_period`: pēc noklusējuma janvāris–aprīlis, maijs–augusts, septembris–decembris, `s136.reference_months` gari) un paziņo periodu virs robežas: kopsummu vai vidējo robežu × perioda dienas ÷ 7. Parametrus nolasa perioda pirmajā dienā.

## overtime-minors

# en: 10c76b3d6c00
rule-overtime-minors-title = Virsstundu darbs personai, kas jaunāka par 18 gadiem
# en: ad1e738bc580
rule-overtime-minors-example = 17 gadus vecs darbinieks strādā virsstundu rindu 16:00–18:00: viens pārkāpums, izmērīts 2 h.
# en: a8ed34f795d9
rule-overtime-minors-doc =
    136. panta sestā daļa: „Aizliegts nodarbināt virsstundu darbā personas, kas ir jaunākas par 18 gadiem.” Paziņo katru rindu ar veidu `overtime`, kas sākas dienā, kad darbinieks ir jaunāks par `s37.adolescent_under` (pēc `birth_date`), neatkarīgi no piekrišanas.

## overtime-protected

# en: 8e296ce8bbf4
rule-overtime-protected-title = Virsstundu darbs grūtniecei, sievietei pēc dzemdībām vai sievietei, kas baro bērnu ar krūti, bez viņas rakstveida piekrišanas
# en: 658ddaf35a49
rule-overtime-protected-example = Grūtniece bez overtime_consent strādā virsstundu rindu 17:00–19:00: viens pārkāpums, izmērīts 2 h.
# en: a2ee6a033be4
rule-overtime-protected-doc =
    136. panta septītā daļa: „Grūtnieci, sievieti pēcdzemdību periodā līdz vienam gadam un sievieti, kas baro bērnu ar krūti, visā barošanas laikā, bet ne ilgāk kā līdz bērna divu gadu vecumam, var nodarbināt virsstundu darbā, ja viņa devusi rakstveida piekrišanu” — atšķirībā no 136. panta trešās daļas, bez izņēmumiem. Paziņo katru rindu ar veidu `overtime` bez `overtime_consent`, ja dienā, kurā tā sākas, darbiniece ir grūtniece (`pregnancies`), sieviete, kuras bērns dzimis mazāk nekā `s136.postnatal_months` iepriekš (`children_birth_dates`), vai ar atzīmi `breastfeeding` un bērnu, kas jaunāks par `s136.breastfeeding_child_months`.

## night-worker-day

# en: cabad5c9d6b5
rule-night-worker-day-title = Nakts darbinieka darba diena nav saīsināta par vienu stundu
# en: 808f559d8afc
rule-night-worker-day-example = Darbinieks ar atzīmi night_worker strādā 20:00–08:00 bez pārtraukuma: otrajā dienā ir 8 h, vairāk nekā 8 h − 1 h = 7 h, viens pārkāpums.
# en: 831e11c5da1f
rule-night-worker-day-doc =
    138. panta trešā daļa: „Nakts darbiniekam normālais dienas darba laiks saīsināms par vienu stundu”, izņemot darbiniekus, kuriem noteikts normālais saīsinātais darba laiks (šeit: `special_risk`, 131. panta trešā daļa); nakts darbinieku īpaša riska darbā toties aizliegts nodarbināt „vairāk par astoņām stundām diennakts periodā, kurā viņš veicis nakts darbu” (`s138.special_risk_night_cap`): to nolasa kā 24 stundas no katras maiņas ar nakts darbu sākuma, skaitot visas rindas. 138. panta otrā daļa: nakts darbinieks ir darbinieks, „kurš parasti veic nakts darbu saskaņā ar maiņu grafiku vai vismaz 50 dienas kalendāra gadā” — ar atzīmi `night_worker` vai nolasīts no grafika: nakts darbs (138. panta pirmā daļa: vairāk nekā `s138.night_threshold` stundas nakts laikā, 22:00–06:00, skaitot pēc `s138.night_work_unit`) vismaz `s138.night_worker_days` kalendāra gada dienās, no 1. janvāra vai no dienas, kad skaits sasniegts (`s138.night_worker_count`). Paziņo nakts darbinieka dienu, kuras parastās stundas (rindas ar veidu `work`, dienas pēc `s131.day`) pārsniedz normālo dienas darba laiku (8 h vai sešu dienu nedēļā 7 h, 133. panta otrā daļa), atskaitot `s138.night_worker_reduction`. Izņēmuma uzņēmuma darbības īpatnību dēļ ievaddatos nav; darbiniekus summētā darba laikā (140. pants) pa dienām nepārbauda.

## night-minors

# en: bfe9cd0dd0bc
rule-night-minors-title = Persona, kas jaunāka par 18 gadiem, nodarbināta nakts laikā
# en: 6712753399b1
rule-night-minors-example = 16 gadus vecs darbinieks strādā 18:00–23:00: viens pārkāpums, nakts laikā izmērīta 1 h.
# en: 5bbd2bae2192
rule-night-minors-doc =
    138. panta sestā daļa: „Aizliegts nodarbināt nakts laikā personas, kuras ir jaunākas par 18 gadiem”. Nakts laiks ir 22:00–06:00, bet bērniem (37. panta pirmā daļa) 20:00–06:00 (138. panta pirmā daļa: „Attiecībā uz bērniem nakts laiks šā likuma izpratnē ir laikposms no pulksten 20 līdz 6”). Paziņo katru maiņu (jebkura veida) ar nostrādātām minūtēm nakts laikā, kas sākas dienā, kad darbinieks ir jaunāks par 18 gadiem (`birth_date`), lai cik maz minūšu tas būtu: aizliegums attiecas uz nodarbināšanu nakts laikā, ne tikai uz nakts darbu, kas ilgāks par divām stundām.

## night-parent-consent

# en: e4c08f20a21d
rule-night-parent-consent-title = Darbinieks ar bērnu līdz triju gadu vecumam nodarbināts nakts laikā bez piekrišanas
# en: 07796e0c1a2c
rule-night-parent-consent-example = Divgadīga bērna tēvs bez night_consent strādā 20:00–23:00: viens pārkāpums, nakts laikā izmērīta 1 h.
# en: 6e44d44287e7
rule-night-parent-consent-doc =
    138. panta septītā daļa: „Darbinieku, kuram ir bērns līdz triju gadu vecumam, nodarbināt nakts laikā atļauts tikai ar viņa piekrišanu.” Darbiniekam bez `night_consent`, kuram dienā, kad maiņa sākas, ir bērns (`children_birth_dates`), kas jaunāks par `s138.consent_child_age`, paziņo maiņu, ja tās nostrādātās minūtes nakts laikā (22:00–06:00, 138. panta pirmā daļa) sasniedz to, ko nosaka `s138.consent_reach`: jebkura minūte (night-time, noklusējums, 138. panta septītās daļas vārdi) vai vairāk nekā divas stundas (night-work, 138. panta pirmās daļas nakts darbs).
