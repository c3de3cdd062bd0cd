# The Latvian of the rest rules' titles, documentation and examples (s139–s146; the English is
# in each rule's RuleMeta), shown by `decent rules --lang lv` and `decent explain --lang lv`.
# Above each entry, `# en:` marks the English it translates (the first 12 hex digits of the
# SHA-256 of that exact text): tests/catalogue_rest.rs fails when the English changes and the
# Latvian is not re-translated.

## daily-rest

# en: 061e0dd6d12f
rule-daily-rest-title = Diennakts atpūta 12 stundas pēc kārtas (bērniem 14)
# en: 9461de76bb40
rule-daily-rest-example = Maiņa 08:00–20:00 un nākamā 06:00–14:00: 24 stundās no 08:00 garākā atpūta ir 10 h — viens pārkāpums (konstatēts 10 h, robeža 12 h).
# en: 5fca04e43392
rule-daily-rest-doc =
    142. panta pirmā daļa: „Diennakts atpūtas ilgums 24 stundu periodā nedrīkst būt īsāks par 12 stundām pēc kārtas. Šo noteikumu var nepiemērot, ja noteikts summētais darba laiks.” Otrā daļa: bērnu diennakts atpūta nedrīkst būt īsāka par 14 stundām pēc kārtas.

    Atpūta ir laiks bez jebkādas maiņas; maiņas, kas pārklājas vai saskaras, ir viens darba posms; darbu ārpus datiem neņem vērā. Kur atrodas 24 stundu periods, nosaka `s142.period`: `from-shift-start` (noklusējums) — 24 stundās no katra darba posma sākuma jābūt robežas garumā atpūtai, atpūtu pēc pēdējā darba tajās nogriežot perioda beigās; periodi, kas neiztur pārbaudi un pārklājas vai saskaras, ir viens konstatējums, mērot īsāko no to garākajām atpūtām; `calendar-day` — katrā kalendāra dienā ar darbu jābūt atpūtai tās robežās, nogriežot pusnaktī; pēc kārtas sekojošas dienas ir viens konstatējums.

    Robeža ir `s142.daily_rest` (12 h), bērnam (37. pants; `s37.child_by_age_only`) perioda pirmajā dienā — `s142.daily_rest_children` (14 h). Darbiniekiem ar summēto darba laiku (`summary_period_months` > 0) 12 stundas nepārbauda, ja ir ieslēgts `s142.summarised_exempt` (izņēmums ir 142. panta pirmās daļas, nevis bērnu otrās daļas); tad piemēro 140. panta sestās daļas vidējos rādītājus (`summarised-average-rest`). Iztrūkums ir **pārkāpums**.

## weekly-rest

# en: baab5698746c
rule-weekly-rest-title = Nedēļas atpūta 42 stundas pēc kārtas
# en: 665f1e7773ec
rule-weekly-rest-example = Astoņas dienas pēc kārtas, no pirmdienas, 2026. gada 2. marta, līdz pirmdienai, 9. martam, 08:00–16:30: 7 dienas un 8,5 h bez 42 stundu atpūtas — viens pārkāpums (garākā atpūta tajā ir 15,5 h).
# en: 93645cc98a6e
rule-weekly-rest-doc =
    143. panta pirmā daļa: „Nedēļas atpūtas ilgums septiņu dienu periodā nedrīkst būt īsāks par 42 stundām pēc kārtas. Šo noteikumu var nepiemērot, ja noteikts summētais darba laiks.” Ceturtā daļa ļauj ar darba devēja rakstveida rīkojumu steidzamos gadījumos iesaistīt darbinieku darbā nedēļas atpūtas laikā, „nodrošinot ne mazāk kā divus šā panta pirmajā daļā minētos nedēļas atpūtas periodus jebkurā 14 dienu laikā”; piektā daļa to aizliedz attiecībā uz personām, kuras jaunākas par 18 gadiem, grūtniecēm, sievietēm pēcdzemdību periodā līdz vienam gadam un sievietēm, kas baro bērnu ar krūti (līdz bērna divu gadu vecumam).

    Atpūta ir laiks bez jebkādas maiņas; maiņas, kas pārklājas vai saskaras, ir viens darba posms; darbu ārpus datiem neņem vērā. Kur meklē atpūtu, nosaka `s143.window`: `every-seven-days` (noklusējums) — vismaz `s143.weekly_rest` (42 h) gara atpūta skaitās pilnībā, lai kur tā atrastos, un nedrīkst paiet septiņas dienas (7 × 24 h), to nesastopot; garāks posms ir viens konstatējums. Iesaistīšanu darbā ievaddati parāda, cik spēj: virsstundu rindas ir darbs ārpus grafika. Posms, kas veidojas arī bez tām (tikai no darba un dežūru rindām), ir 143. panta pirmās daļas **pārkāpums**. Posms, ko rada tikai virsstundu rindas, ir iesaistīšana darbā: **pārkāpums**, ja kādās `s143.call_in_window` (14) dienās ap to ir mazāk nekā `s143.call_in_rests` (2) atpūtas periodi pa 42 h vai ja darbinieku aizsargā 143. panta piektā daļa; citādi **brīdinājums** — likumīgi tikai ar rakstveida rīkojumu ceturtās daļas gadījumā un ar līdzvērtīgu kompensējošo atpūtu, ko ievaddati neparāda. `calendar-week` — katrā nedēļā no pirmdienas līdz svētdienai, kurā ir darbs, jābūt atpūtai tās robežās (nogriežot svētdienas pusnaktī); nedēļa bez tās ir **pārkāpums**.

    Darbiniekiem ar summēto darba laiku (`summary_period_months` > 0) noteikumu nepārbauda, ja ir ieslēgts `s143.summarised_exempt`; tad piemēro 140. panta sestās daļas vidējos rādītājus. Nepārbauda 143. panta sestās daļas 35 stundas nedēļā, kuras darba diena pārcelta uz sestdienu (pārbaude nelasa pārceltās dienas), un to, vai abas otrās daļas nedēļas atpūtas dienas ir parastās.

## two-shifts-in-a-row

# en: 44de5e5c5c4f
rule-two-shifts-in-a-row-title = Divas maiņas pēc kārtas
# en: 7d52053c5d45
rule-two-shifts-in-a-row-example = Maiņa 06:00–14:00 un otra maiņa 14:00–22:00 tajā pašā dienā: viens pārkāpums, konstatētas 0 h atpūtas, robeža 0,5 h.
# en: ce58a41f072f
rule-two-shifts-in-a-row-doc =
    139. panta otrā daļa: „Aizliegts norīkot darbinieku divās maiņās pēc kārtas.” Lasa rindas ar veidu `work`: virsstundu rinda pēc maiņas ir 139. panta trešās daļas gadījums (nenomainītais darbinieks turpina darbu, un šis laiks ir virsstundu darbs), un dežūra nav maiņa. Kad otrā maiņa ir „pēc kārtas”, nosaka `s139.in_a_row`: `back-to-back` (noklusējums) — tā sākas ne vēlāk kā `s145.break_min` (30 min) pēc iepriekšējās beigām, t. i., pēc pārtraukuma, nevis atpūtas, garuma; `within-daily-rest` — tā sākas, pirms pagājusi 142. panta diennakts atpūta (`s142.daily_rest`, 12 h).

    Abos gadījumos divas rindas, kurās kopā nostrādāts ne vairāk par normālo dienas darba laiku (`s131.daily_norm`, 8 h), ir viena maiņa, kas ierakstīta pa daļām, nevis divas: 139. panta pirmā daļa to nosaka kā maiņas garāko ilgumu (darbiniekam ar summēto darba laiku — `s140.max_in_a_row`, 24 h: 140. panta ceturtā daļa ļauj darba dienai ilgt tik ilgi). Katra otrā maiņa ir **pārkāpums**, mērot atpūtu starp abām.

## shift-schedule-notice

# en: 7b795110b446
rule-shift-schedule-notice-title = Maiņu grafiks darīts zināms mazāk nekā mēnesi iepriekš
# en: 54858908dbc4
rule-shift-schedule-notice-example = Grafiks publicēts 2026-03-10, tā pirmā maiņa ir 2026-04-01: tas bija jādara zināms līdz 2026-03-01 — viens pārkāpums, konstatētas 22 dienas, robeža 31 diena.
# en: d2dfcf30fdc3
rule-shift-schedule-notice-doc =
    139. panta piektā daļa: „Darba devējam ir pienākums iepazīstināt darbiniekus ar maiņu grafikiem ne vēlāk kā vienu mēnesi pirms to stāšanās spēkā.” Darbojas tikai tad, ja shifts.csv ir kolonna `published_on`, un lasa rindas, kurās tā aizpildīta (ne virsstundu rindas, kuras neietver neviens grafiks). Grafiks ir darbinieka pēc kārtas sekojošu rindu virkne ar vienu `published_on` datumu; tas stājas spēkā tā pirmās maiņas dienā un bija jādara zināms līdz tam pašam datumam `s139.publication` (1) mēnesi iepriekš vai līdz šā mēneša pēdējai dienai, ja tajā nav tāda datuma (mēnesi pirms 31. marta ir 28. vai 29. februāris); darīts zināms šajā dienā — laikā. Viens **pārkāpums** par katru novēloto grafiku, par tā pirmo maiņu.

## public-holiday-work

# en: c54fa9f34ff1
rule-public-holiday-work-title = Darbs svētku dienā
# en: f57245999e5a
rule-public-holiday-work-example = Maiņa no 2026-12-24 20:00 līdz 2026-12-25 08:00: divi brīdinājumi — 4 h Ziemassvētku vakarā un 8 h Pirmajos Ziemassvētkos.
# en: ee405f7b9b86
rule-public-holiday-work-doc =
    144. panta pirmā daļa: „Darbinieki netiek nodarbināti likumā noteiktajās svētku dienās.” Otrā daļa: ja nepieciešams nodrošināt nepārtrauktu darba gaitu, atļauts nodarbināt darbinieku svētku dienā, piešķirot viņam atpūtu citā nedēļas dienā vai izmaksājot atbilstošu atlīdzību (samaksu nosaka 68. pants).

    Katras rindas pulksteņa minūtes, kas iekrīt paketes kalendāra svētku dienā (rinda pāri pusnaktij skaitās katrā dienā ar savu daļu), ir viens **brīdinājums** par katru rindu un svētku dienu: likumīgi tikai tad, ja jānodrošina nepārtraukta darba gaita — fakts, ko grafiks neparāda —, un tad ar atpūtu citā dienā vai 68. panta atlīdzību.

## work-break

# en: 9c8f75c6c679
rule-work-break-title = Pārtraukums darbā
# en: 884e3095e908
rule-work-break-example = Maiņa 08:00–16:30 ar 20 minūšu pārtraukumu: viens pārkāpums, konstatētas 20 min, robeža 30 min.
# en: a3187e3a9c75
rule-work-break-doc =
    145. panta pirmā daļa: „Ikvienam darbiniekam ir tiesības uz pārtraukumu darbā, ja viņa dienas darba laiks ir ilgāks par sešām stundām. Pusaudžiem ir tiesības uz pārtraukumu darbā, ja viņu darba laiks ir ilgāks par četrarpus stundām.” Otrā daļa: pārtraukumu piešķir ne vēlāk kā pēc četrām stundām no darba sākuma, un tas nedrīkst būt īsāks par 30 minūtēm (darba koplīgumā var noteikt citu kārtību); piektā daļa: pārtraukumu atpūtai piešķir jebkurā gadījumā, un to var sadalīt daļās, kas nav īsākas par 15 minūtēm.

    Darbojas tikai tad, ja shifts.csv ir kolonna `break_minutes` (neapmaksātais pārtraukums rindā). Lasa darba un virsstundu rindas. Kura darba laiks dod tiesības uz pārtraukumu, nosaka `s145.daily_time`: `shift` (noklusējums) — katra rinda; `day` — rindas, kas sākas vienā kalendāra dienā, un atstarpes starp tām, kas nav īsākas par `s145.break_part_min` (15 min), skaitās pārtraukuma daļas. Ja darba laiks (pulksteņa laiks bez pārtraukumiem) ir ilgāks par `s145.break_after` (6 h; pusaudzim — `s145.break_after_adolescent`, 4,5 h, 37. pants): pārtraukuma trūkums ir **brīdinājums** (darba laikā ieskaitīts pārtraukums — 145. panta otrā un trešā daļa — kolonnā `break_minutes` neparādās); pārtraukums, kas īsāks par `s145.break_min` (30 min), ir **pārkāpums**; ja reģistrēts `break_start` (vai ir atstarpe starp rindām), pirmais pārtraukums, kas sākas vēlāk nekā `s145.break_latest_after` (4 h) pēc darba sākuma, ir **pārkāpums**.

    Nepārbauda, kā sadalītas viena reģistrētā pārtraukuma daļas (`break_minutes` ir kopsumma), un 145. panta sestās daļas papildu pārtraukumu īpaša riska darbā, kas ieskaitāms darba laikā.

## feeding-breaks

# en: cf9cc3c83f82
rule-feeding-breaks-title = Pārtraukumi bērna līdz pusotra gada vecumam barošanai
# en: 83c457a04e21
rule-feeding-breaks-example = Māte, kuras bērnam ir 10 mēneši, strādā 8 h, reģistrētas 30 barošanas minūtes: pienākas divi pārtraukumi pa 30 minūtēm — viens brīdinājums (konstatētas 30 min, robeža 60 min).
# en: c6060f5133dd
rule-feeding-breaks-doc =
    146. panta pirmā daļa: darbiniekam, kuram ir bērns līdz pusotra gada vecumam, piešķir papildu pārtraukumus bērna barošanai, un darbinieks par to nepieciešamību laikus paziņo darba devējam. Otrā daļa: „Pārtraukumus bērna barošanai, kas nav īsāki par 30 minūtēm, piešķir ne retāk kā pēc katrām trim stundām. Ja darbiniekam ir divi vai vairāki bērni līdz pusotra gada vecumam, piešķirams vismaz stundu ilgs pārtraukums.” Ceturtā daļa: tos ieskaita darba laikā.

    Darbojas tikai tad, ja shifts.csv ir kolonna `feeding_minutes`, un izlaiž rindas, kurās tā ir tukša. Rindas sākuma dienā jebkura dzimuma darbiniekam ar n bērniem, kas jaunāki par `s146.child_age_months` (18), par W nostrādātajām minūtēm pienākas viens pārtraukums par katrām pilnām `s146.feeding_every` (3 h), pēc kurām darbs turpinās — (W − 1) ÷ 180, tātad 6 h dod vienu un 8 h divus —, pa `s146.feeding_break` (30 min) vai pa `s146.feeding_break_two_children` (1 h), ja n ≥ 2. Mazāk `feeding_minutes` ir **brīdinājums**: pārtraukumi pienākas, kad darbinieks paziņojis darba devējam par to nepieciešamību (146. panta pirmā daļa), ko ievaddati neparāda. Pārtraukumus, kas pievienoti pārtraukumam darbā vai pārcelti uz darba laika beigām (trešā daļa), arī ieraksta `feeding_minutes`.

## summarised-time-cap

# en: 866a13785bdd
rule-summarised-time-cap-title = Summētais darba laiks: ne vairāk kā 24 stundas pēc kārtas un 56 stundas nedēļā
# en: 69839dc950c1
rule-summarised-time-cap-example = Darbinieks ar summēto darba laiku strādā no 2026-03-02 08:00 līdz 2026-03-03 10:00: viens pārkāpums, 26 h pēc kārtas, robeža 24 h.
# en: 0489902acd7c
rule-summarised-time-cap-doc =
    140. panta ceturtā daļa: „Summētā darba laika ietvaros jebkurā gadījumā aizliegts nodarbināt darbinieku ilgāk par 24 stundām pēc kārtas un 56 stundām nedēļā.” Lasa darbiniekus ar summēto darba laiku (`summary_period_months` > 0) un visu veidu rindas.

    Darba posms (rindas, kas pārklājas vai saskaras, ieskaitot pārtraukumus tajās), kas garāks par `s140.max_in_a_row` (24 h), ir **pārkāpums**, mērot tā garumu. Darba laiks (pulksteņa laiks bez pārtraukumiem; rinda pāri nedēļas robežai skaitās katrā nedēļā proporcionāli pulksteņa laikam), kas nedēļā pārsniedz `s140.max_weekly` (56 h), ir **pārkāpums**. Nedēļu nosaka `s140.week`: `calendar-week` (noklusējums) — no pirmdienas līdz svētdienai; `every-seven-days` — septiņas dienas no katras rindas sākuma; periodi, kas neiztur pārbaudi un pārklājas, ir viens konstatējums, mērot lielāko nostrādāto laiku kādā no tiem.

## summarised-average-rest

# en: 7fa2a840c721
rule-summarised-average-rest-title = Summētais darba laiks: vidējā diennakts un nedēļas atpūta pārskata periodā
# en: 88419de98b34
rule-summarised-average-rest-example = Darbinieks ar summēto darba laiku un viena mēneša pārskata periodu visu 2026. gada martu strādā 24 stundu maiņās no 08:00 līdz 08:00 ik pārdienas: vidēji 12 h atpūtas diennaktī — likumīgi, taču nevienā nedēļā nav vairāk par 24 h atpūtas pēc kārtas — viens nedēļas vidējā rādītāja (35 h) pārkāpums.
# en: c9bd8bfc4ce1
rule-summarised-average-rest-doc =
    140. panta sestā daļa: „Ja ir noteikts summētais darba laiks, darba devējs nodrošina, ka pārskata periodā diennakts atpūtas laiks nav īsāks par vidēji 12 stundām diennaktī un nedēļas atpūtas laiks nav īsāks par vidēji 35 stundām nedēļā, ieskaitot diennakts atpūtas laiku.” Šie vidējie rādītāji ir spēkā arī tad, ja 142. un 143. pants netiek piemērots (140. panta otrā daļa).

    Lasa darbiniekus ar summēto darba laiku (`summary_period_months` > 0); viņu pārskata periods ir tik mēnešu, skaitot no 1. janvāra (140. panta trešā daļa: viens mēnesis, ja darba līgumā nav noteikts līdz `s140.reference_period_contract_max` vai darba koplīgumā līdz `s140.reference_period_agreement_max`; garāku periodu lasa kā pēdējo). Lasa tikai periodus ar darbu; atpūta ir laiks bez jebkādas rindas.

    Diennakts atpūta: perioda laiks bez darba (atpūta, 141. panta pirmā daļa, jebkura garuma posmos; pārtraukumi rindās skaitās darbs), dalīts ar perioda dienu skaitu; mazāk par `s140.average_daily_rest` (12 h) ir **pārkāpums**. Nedēļas atpūta: katra nedēļa no pirmdienas līdz svētdienai, kas pilnībā ietilpst periodā, skaita savu garāko atpūtu nedēļas robežās (nedēļa bez darba — 168 h); to vidējais, kas mazāks par `s140.average_weekly_rest` (35 h), ir **pārkāpums**. Viens konstatējums par katru neizpildīto vidējo rādītāju, tā logs ir pārskata periods, mērot vidējo (noapaļotu uz leju līdz minūtei).
