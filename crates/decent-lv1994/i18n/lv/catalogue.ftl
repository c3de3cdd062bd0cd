# Noteikumu un parametru katalogs latviski: ko rāda `decent rules` un `decent explain` ar
# `--lang lv`. Angliskais teksts ir noteikumu RuleMeta un law/params/*.toml. Likuma citāti
# paliek tajā valodā, kurā pakotne glabā likuma tekstu (angliski), un ir atzīmēti „(angliski)“.
# Atslēgas: rule-<id>-title, rule-<id>-example, rule-<id>-doc, param-<nosaukums ar „.“ → „-“>-doc, …-rationale.
# Virs katra ieraksta „# en: <12 heksadecimālie cipari>“ ir tā angliskā teksta SHA-256 sākums, no kura
# ieraksts tulkots; ja angliskais teksts mainās, tests i18n.rs nosauc ieraksta atslēgu un jauno jaucējvērtību:
# pārtulkojiet ierakstu no jaunā angliskā teksta un ierakstiet jauno vērtību.

## noteikumi

# en: f924efaecf4b
rule-overlapping-shifts-title = Viena darbinieka maiņas pārklājas
# en: c66cb819596c
rule-overlapping-shifts-example = Maiņa 08:00–16:00 un maiņa 15:00–23:00 tajā pašā dienā: viens konstatējums par stundu 15:00–16:00.
# en: c806eef65485
rule-overlapping-shifts-doc =
    Divas viena darbinieka maiņas (vai maiņa un dežūra) pārklājas. Viens cilvēks nevar strādāt divās maiņās vienlaikus: ievaddati darbinieku ieplāno divreiz, un abas rindas tiek saglabātas un paziņotas, nekad klusi apvienotas. s45 (angliski): "The working time shall be fully used to perform one's direct duties." Smagums: brīdinājums (kļūdaina ir darba laika uzskaites tabele, nevis likuma ievērošana; izlabojiet rindas, pirms lasāt citus šī darbinieka konstatējumus).

# en: 73d913e66aac
rule-child-under-14-consent-title = Virsstundu darbam un komandējumiem vecākiem ar bērnu līdz 14 gadu vecumam vajadzīga viņu piekrišana
# en: c39f741fe302
rule-child-under-14-consent-example = Sievietei ar 10 gadus vecu bērnu un bez overtime_consent ir 2 stundu virsstundu rinda: viens pārkāpums.
# en: d4cb595e8d59
rule-child-under-14-consent-doc =
    s171 (angliski): "It shall be prohibited to involve women who have a child under 14 years of age (a handicapped child - under 16 years of age) in overtime work or send on business trips without their consent." s176 to attiecina arī uz vientuļiem tēviem un aizbildņiem (employees.csv `single_parent` ar dzimumu M vai `trustee`; `s176.age_reading`); šādi konstatējumi atsaucas uz s176.

    Statusu nosaka katras maiņas dienā (`s171.child_age`, `s171.disabled_child_age`). Aizsargāta darbinieka rinda ar veidu `overtime` bez `overtime_consent` ir **pārkāpums**; tāpat arī komandējums (prombūtne ar veidu `business_trip`), kas aptver dienu, kurā darbinieks ir aizsargāts, bez `business_trip_consent`. Piekrišanu reģistrē katram darbiniekam, nevis katrai reizei. Ja bērns ir jaunāks par trim gadiem, s170 virsstundu darbu un komandējumus aizliedz pavisam (`pregnant-or-young-child`).

# en: 2981b00c730e
rule-duty-restriction-title = Grūtniecēm un vecākiem ar bērnu līdz 14 gadu vecumam nav dežūru pēc darba laika, naktī un brīvdienās
# en: f009c71f36ec
rule-duty-restriction-example = Grūtniece dežūrā 18:00–23:00 otrdien: viens pārkāpums (pēc darba dienas beigām un nakts laikā).
# en: 06353bc29988
rule-duty-restriction-doc =
    s171.1 (angliski): "It shall be prohibited to involve pregnant women and women with a child under the age of 14 (a handicapped child - under the age of 16) in duty work after the end of the working day, during night-time, on holidays and festive days." s176 to attiecina arī uz vientuļiem tēviem un aizbildņiem (`s176.age_reading`); šādi konstatējumi atsaucas uz s176.

    Katra rinda ar veidu `duty` darbiniekam, kurš ir aizsargāts tās sākuma dienā, ir viens **pārkāpums**, kurā nosaukti visi pārkāptie nosacījumi: pēc darba dienas beigām (ar `s171_1.duty_is_after_hours` — katra dežūras rinda dienā, kas nav brīvdiena vai svētku diena; bez tā — dežūras rinda, kas sākas dienā, kad beidzās darba vai virsstundu maiņa, tās beigās vai vēlāk), nakts laikā (jebkura minūte no 22:00 līdz 06:00, `s169.night_work_when`), iknedēļas brīvdienā (s61) vai svētku dienā (s68), skaitot to dienā, kurai stundas pieder (`s47.day_attribution`). Vecumu nosaka `s171.child_age` un `s171.disabled_child_age`.

# en: 9bb1a55fb761
rule-feeding-breaks-title = Bērna barošanas pārtraukumi bērnam līdz 18 mēnešu vecumam
# en: 37dd3fe2b9b6
rule-feeding-breaks-example = Sieviete ar 10 mēnešus vecu bērnu strādā 8 h, reģistrētas 30 barošanas minūtes: pienākas 2 pārtraukumi pa 30 minūtēm, viens pārkāpums (izmērītas 30 min, ierobežojums 60 min).
# en: 780e0d7eea92
rule-feeding-breaks-doc =
    s177 (angliski): "In addition to the routine intervals for rest and nourishment, the women who have children under the age of 18 months shall be granted additional intervals for the feeding of the child. Such intervals which are not shorter than 30 minutes shall be granted not less than in every three hours. If there are two or more children under the age of 18 months, the interval shall be at least one hour." s176 attiecina s177 arī uz vientuļiem tēviem un aizbildņiem (employees.csv `single_parent` ar dzimumu M vai `trustee`); viņiem bērna vecums ir paša s177 noteiktie 18 mēneši neatkarīgi no `s176.age_reading`, jo barošanas pārtraukumam 14 gadus vecam bērnam nav jēgas. Šādi konstatējumi atsaucas uz s176.

    Darbojas tikai tad, ja maiņu ievaddatos ir kolonna `feeding_minutes`, un izlaiž rindas, kurās tā ir tukša. Maiņas sākuma dienā, ja ir n bērnu līdz 18 mēnešu vecumam (`s177.child_age_months`), maiņai ar N nostrādātām stundām pienākas floor(N / 3) pārtraukumi (`s177.every`) pa 30 minūtēm (`s177.interval`) vai pa vienai stundai, ja n ≥ 2 (`s177.interval_two_children`). Mazāk `feeding_minutes` nekā tas ir **pārkāpums**.

    Ierobežojumi: s177 ļauj mātei pārtraukumus apvienot, pievienot pusdienu pārtraukumam vai izmantot maiņas beigās, to saīsinot; arī šādu laiku reģistrējiet kolonnā `feeding_minutes`.

# en: 9bc033ad11ab
rule-minor-restrictions-title = Nepilngadīgie: nav nakts darba, virsstundu darba un darba brīvdienās
# en: 04d08df74383
rule-minor-restrictions-example = Darbinieks, dzimis 1977-06-15, 1995-06-14 strādā 18:00–23:00: viens pārkāpums (1 h nakts darba); 1995-06-15 viņam ir 18 gadi.
# en: 9ad234a9c890
rule-minor-restrictions-doc =
    s186 (angliski): "It shall be prohibited to employ persons who are under 18 years of age in night-time and overtime work and in work during holidays." Vecumu nosaka katras maiņas sākuma dienā (`s186.minor_age`; persona ir 18 gadus veca no 18. dzimšanas dienas). Katrs maiņas pārkāptais nosacījums ir viens **pārkāpums**: nakts darbs (jebkura nostrādāta minūte no 22:00 līdz 06:00, `s169.night_work_when`), virsstundu darbs (rindas ar veidu `overtime`) un darbs iknedēļas brīvdienā (s61) — kā arī svētku dienā, ja `s186.holidays_include_festive` ir patiess —, skaitot to dienā, kurai stundas pieder (`s47.day_attribution`). Darbiniekus bez dzimšanas datuma nepārbauda.

# en: 4efa6c528df2
rule-night-barred-title = Nakts darbs darbiniekam, kuram tas aizliegts
# en: e367931a3150
rule-night-barred-example = Darbinieks, kas atzīmēts ar night_barred, strādā 20:00–24:00: viens pārkāpums, izmērītas 2 h nakts darba, ierobežojums 0.
# en: c6b326abf3a1
rule-night-barred-doc =
    s51 (angliski): "It shall be prohibited to employ during night-time:" — tai sekojošais saraksts avota kopijā ir zudis (skat. piezīmi pie s51). decent to neizdomā: lietotājs atzīmē darbiniekus, kas pieder pie sarakstā minētas kategorijas, ar employees.csv `night_barred`, un katra viņu maiņa ar nostrādātām minūtēm no 22:00 līdz 06:00 (s50; interpretācija `s169.night_work_when`) ir **pārkāpums**. Kategorijas, ko kodekss nosauc citur, pārbauda saskaņā ar to pašu pantiem (s169, s170, s186). s176 attiecina s51 uz vientuļiem tēviem un aizbildņiem, kuriem ir bērni līdz 14 gadu vecumam; atzīmējiet viņus ar `night_barred`, ja viņi pieder pie sarakstā minētas kategorijas.

# en: 7e93cbe50149
rule-pregnant-or-young-child-title = Grūtnieces un sievietes ar bērnu līdz trīs gadu vecumam: nav nakts darba, virsstundu darba, darba brīvdienās un komandējumu
# en: 4c113eedcb60
rule-pregnant-or-young-child-example = Sieviete, kuras bērns dzimis 1993-03-10, 1996-03-09 strādā 22:00–06:00: viens pārkāpums (nakts darbs); 1996-03-10 bērnam ir trīs gadi, un nekas netiek konstatēts.
# en: af51b3c7d2f3
rule-pregnant-or-young-child-doc =
    s170 (angliski): "It shall be prohibited to involve pregnant women and women with children under three years of age in night-time and overtime work, in work on holidays and festive days, as well as to send them on business trips." s176 attiecina šīs garantijas uz "single fathers of minors under the age of 14 or a handicapped child (under the age of 16), as well as to the trustees of the children of the above mentioned ages" (employees.csv `single_parent` ar dzimumu M vai `trustee`; kura bērna vecums ir noteicošais, nosaka `s176.age_reading`); šādi konstatējumi atsaucas arī uz s176.

    Statusu nosaka katras maiņas sākuma dienā (grūtniecības ir datumu intervāli; bērns ir jaunāks par trim gadiem līdz dienai pirms trešās dzimšanas dienas, `s170.child_age`). Katrs maiņas pārkāptais nosacījums ir viens **pārkāpums**: nakts darbs (jebkura nostrādāta minūte no 22:00 līdz 06:00, `s169.night_work_when`), virsstundu darbs (rindas ar veidu `overtime`), darbs iknedēļas brīvdienā (s61) vai svētku dienā (s68), skaitot to dienā, kurai stundas pieder (`s47.day_attribution`); kā arī katrs komandējums (prombūtne ar veidu `business_trip`), kas aptver dienu, kurā darbinieks ir aizsargāts.

    Ierobežojumi: virsstundu darbs ir tas, ko maiņu grafiks atzīmē kā virsstundas; parastās stundas virs normas pārbauda saskaņā ar s57–s59.

# en: 135e2b5e45b4
rule-women-night-work-title = Sieviešu nakts darbs
# en: 15d82d89c4ab
rule-women-night-work-example = Sieviete strādā 22:00–06:00 trīs naktis martā: viens brīdinājums par martu, izmērītas 3 maiņas, nosaucot to sākumus.
# en: 85a76099a04a
rule-women-night-work-doc =
    s169 (angliski): "It shall be prohibited to involve women in work during night-time, except such kinds of work where it is highly necessary." Darbinieces, kas reģistrēta kā sieviete (employees.csv `sex` F), maiņas ar nostrādātām minūtēm no 22:00 līdz 06:00 (s50; interpretācija `s169.night_work_when`) ir viens **brīdinājums** kalendārajā mēnesī, ko mēra kā šādu maiņu skaitu un kurā tās nosauktas (logs ir no pirmās maiņas sākuma līdz pēdējās beigām): vai darbs ir tāda veida, kur tas ir īpaši nepieciešams, maiņu grafiks neparāda, un tas ir viens noskaidrojams fakts, nevis viens katrai maiņai. Grūtnieces un sievietes ar bērnu līdz trīs gadu vecumam naktī strādāt nedrīkst vispār: tos kā pārkāpumus paziņo `pregnant-or-young-child` (s170).

# en: da35e3a2401d
rule-festive-day-work-title = Darbs svētku dienā
# en: 270253ffa727
rule-festive-day-work-example = 8 stundu maiņa 1995. gada 1. maijā (Darba svētki): viens informatīvs konstatējums, izmērīts 8 h, nosaucot dienu un saskaņā ar s94 pienākošo divkāršo samaksu vai papildu brīvdienu.
# en: 8b8d16eb751e
rule-festive-day-work-doc =
    Paziņo katru maiņu ar stundām kalendāra svētku dienā (s68 saraksts avota kopijā ir zudis; skat. piezīmi pie s68). s68 (angliski): "The enterprises, institutions and organisations shall not work on the following festive days", taču "On festive days it shall be permitted to perform work which cannot be interrupted due to the production and technical circumstances (enterprises, institutions and organisations with continuous regime of work), work which is necessary in order to provide services to the population, as well as urgent repairs, loading and unloading." Vai darbs bija šāda veida, maiņu grafiks neparāda, tāpēc konstatējums ir **informācija**, kurā norādīta pienākošā kompensācija. s94: "The remuneration for the work on festive days (second part of Section 68) shall be twice the amount of the hourly or daily remuneration rate"; "If requested by the employee, the work on festive days may be compensated by an additional day-off." Dežūru svētku dienā (veids `duty`) kompensē saskaņā ar s94 trešo daļu: "another holiday or paying a double amount of the average earnings". Stundas skaita dienā, kurai tās pieder (`s47.day_attribution`).

# en: d0a726e2d2d2
rule-meal-break-title = Pārtraukums atpūtai un ēšanai
# en: 65d9cb5bc87f
rule-meal-break-example = 10 stundu maiņa ar 150 minūšu pārtraukumu: viens pārkāpums, izmērīts 2,5 h, ierobežojums 2 h.
# en: a4386c548178
rule-meal-break-doc =
    Pārbauda katras maiņas pārtraukumu pēc s60 (angliski): "The employees shall be given an interval for rest and nourishment, which shall not exceed two hours. The interval shall not be included into the working time. The intervals for rest and nourishment shall usually be given no later than four hours after the beginning of the work."

    - Reģistrēts pārtraukums (`break_minutes`), garāks par divām stundām (`s60.max_break`), ir **pārkāpums**.
    - Maiņas, garākas par četrām stundām (`s60.break_latest_after`), ar `break_minutes` 0 ir viens **brīdinājums** kalendārajā mēnesī (izmērīts: šādu maiņu skaits; paziņojumā tās nosauktas), ja `s60.warn_missing_break` ir patiess: s60 ļauj darba devējam nodrošināt ēšanu darba laikā "where the production conditions do not permit the establishment of an interval", bet šo faktu maiņu grafiks neparāda.
    - Ja reģistrēts `break_start`, pārtraukums, kas sākas vairāk nekā četras stundas pēc maiņas sākuma, ir **brīdinājums**: likums saka "usually".

    Ja ievaddatos nav kolonnas `break_minutes`, noteikums neko nepārbauda, un izvadē tas ir pateikts.

    Ierobežojumi: `break_minutes` ir viss maiņas neapmaksātais pārtraukums; vairākus īsus pārtraukumus, kas kopā pārsniedz divas stundas, uzskata par vienu pārtraukumu.

# en: 67ba0a5b8545
rule-weekly-holiday-work-title = Darbs iknedēļas brīvdienā
# en: 41cdfd75e355
rule-weekly-holiday-work-example = 8 stundu maiņa svētdien, 1995-03-12, darbiniekam ar piecu dienu nedēļu: viens brīdinājums, izmērīts 8 h, norādot pienākošo s67 kompensāciju.
# en: d8620781e37e
rule-weekly-holiday-work-doc =
    Paziņo katru maiņu (darbs, virsstundas vai dežūra) ar stundām kādā no darbinieka iknedēļas brīvdienām (s61: svētdiena, bet piecu dienu darba nedēļā arī sestdiena; summētā darba laika uzskaitē brīvdienas nosaka grafiks, skat. `s61.schedule_holidays_under_summary`, un nekas netiek paziņots). s66 (angliski): "Selected employees may be called to work on holidays upon consent of the employees' trade union or the respective institution of the employees' trade union and only in the exceptional cases stipulated by the law", "by a written order (directions) of the administration". Izņēmuma gadījumu saraksts avota kopijā ir zudis, un maiņu grafiks neparāda ne arodbiedrības piekrišanu, ne rīkojumu, tāpēc konstatējums ir **brīdinājums**. s67: "The work on holidays shall be compensated upon mutual agreement of the parties by granting another holiday or by paying a double remuneration." Svētku dienas pārbauda `festive-day-work` (s68). Stundas skaita dienā, kurai tās pieder (`s47.day_attribution`).

# en: 671ba2207836
rule-weekly-rest-title = Nepārtraukta iknedēļas atpūta 42 stundas
# en: 38626f7db8f9
rule-weekly-rest-example = Astoņas dienas pēc kārtas, no pirmdienas līdz nākamajai pirmdienai, 08:00–16:30: no vienas 42 stundu atpūtas beigām līdz nākamās sākumam paiet 176,5 h, viens pārkāpums (garākā atpūta šajā posmā ir 15,5 h, ierobežojums 42 h).
# en: 77d8aed5d4e6
rule-weekly-rest-doc =
    s65 (angliski): "The continuous weekly leisure shall last at least fourty-two hours." Atpūta ir laiks bez jebkāda veida maiņas (darbs, virsstundas vai dežūra); maiņas, kas pārklājas vai saskaras, veido vienu darba posmu. Pieņem, ka darba ārpus datiem nav. Kur atpūtu meklē, nosaka `s65.window`:

    - `seven-days` (noklusējums): atpūtu skaita veselu, lai kur tā būtu (atpūta no sestdienas līdz pirmdienai aptver nedēļas beigas un tomēr tiek ieskaitīta); katrā septiņu dienu periodā (7 × 24 h) jābūt vai ar to jāpārklājas nepārtrauktai vismaz 42 stundu atpūtai (`s65.weekly_rest`). Citiem vārdiem: no vienas šādas atpūtas beigām līdz nākamās sākumam drīkst paiet mazāk nekā septiņas dienas; septiņu vai vairāk dienu posms ir viens konstatējums, kura logs ir šis posms.
    - `calendar-week`: katrā nedēļā no pirmdienas līdz svētdienai, kurā darbinieks strādā, garākajai atpūtai, skaitot tikai nedēļas iekšienē (no pirmdienas 00:00 līdz svētdienas 24:00), jābūt vismaz 42 stundām (atpūtu pārtrauc svētdienas pusnaktī).
    - `rolling`: katrās septiņās dienās jābūt veselai 42 stundu atpūtai: no vienas vismaz 42 stundu atpūtas beigām līdz nākamās sākumam drīkst paiet ne vairāk kā 7 dienas mīnus 42 stundas (126 h).

    Iztrūkums ir **pārkāpums**, ko mēra kā garāko atrasto atpūtu.

# en: 1e449f934d06
rule-festive-eve-title = Pārāk gara darba diena pirms svētku dienas vai brīvdienas
# en: 8f80066a5e10
rule-festive-eve-example = Darbinieks ar piecu dienu, 40 stundu nedēļu ceturtdien, 1995. gada 13. aprīlī, dienā pirms Lielās Piektdienas, strādā 8 h: viens pārkāpums, izmērīts 8 h, ierobežojums 7 h.
# en: 489efab288cd
rule-festive-eve-doc =
    Saskaita katras darba dienas parastās stundas (rindas ar veidu `work`, bez pārtraukumiem) un paziņo dienu, kas ir pārāk gara attiecībā pret nākamo dienu. s49 (angliski): "The length of the working day before festive days (Section 68) for employees, except for the ones mentioned in Section 46 of this Code, shall be reduced by one hour, if the working week is five days long, as well as if it is six days long." Diena pirms svētku dienas (pakotnes kalendārs) drīkst ilgt darbinieka darba dienu mīnus vienu stundu: 7 h piecu dienu 40 stundu nedēļā (8 h − 1 h); 6 h sešu dienu 40 stundu nedēļā (s47 noteiktās 7 h − 1 h; interpretācija `s47.six_day_length`). Darbinieki ar saīsinātu normu (s46) no šīs pirmās daļas ir izņemti. "The length of the working day before holidays shall not exceed six hours, if the working week is six days long": sešu dienu nedēļā diena pirms iknedēļas brīvdienas drīkst ilgt ne vairāk kā 6 h visiem. Diena, kas pati ir svētku diena vai iknedēļas brīvdiena, nav darba diena, un to šeit nepārbauda. Darbiniekus summētā darba laika uzskaitē pārbauda tikai tad, ja `s49.under_summary_registration` ir patiess. Maiņa pieder dienai, kurā tā sākas, ja vien `s47.day_attribution` nenosaka citādi.

# en: 87dff5ed362d
rule-night-shift-length-title = Nakts maiņa nav saīsināta par vienu stundu
# en: b726c6073417
rule-night-shift-length-example = Darbinieks, kura dienas maiņas ir 08:00–16:30 ar 30 minūšu pārtraukumu (8 h), strādā 22:00–06:30 ar 30 minūšu pārtraukumu (8 h, viss naktī): viens pārkāpums, izmērīts 8 h, ierobežojums 7 h.
# en: b5928be1c0f1
rule-night-shift-length-doc =
    s50 (angliski): "If the work takes place during night-time, the established working hours (shift) shall be reduced by one hour." Paziņo maiņu ar veidu `work`, kas uzskatāma par nakts darbu (22:00–06:00; interpretācija `s50.night_shift_when`) un ilgst (bez pārtraukumiem) ilgāk nekā darbinieka noteiktā maiņa mīnus viena stunda. Noteiktā maiņa saskaņā ar interpretāciju `s50.established_shift` ir darbinieka dienas maiņu biežākais ilgums grafikā (nakts maiņa, kas jau ir stundu īsāka par dienas maiņām, ir likumīga; pie 12 stundu maiņām ierobežojums ir 11 h) vai dienas norma (nedēļas norma ÷ darba nedēļas dienas), ja dienas maiņu nav vai ja tā izvēlēts. (angliski) "This stipulation shall not apply to those employees which already have reduced working hours" — darbiniekus ar saīsinātu normu (s46) nepārbauda; saskaņā ar s52 norunāta nepilna darba diena vai nedēļa (employees.csv `part_time`) nav s46 saīsinātais darba laiks, un to pārbauda. "The length of work during night-time shall be equal to that during daytime in the cases when this is required by the conditions of production, especially with continuous production processes, as well as during shift-work upon a six day working week with one holiday": nepārbauda darbiniekus ar sešu dienu darba nedēļu, kā arī darbiniekus summētā darba laika uzskaitē, ja `s50.continuous_exempt` ir patiess (pēc noklusējuma tas ir aplams: ražošanas apstākļi ir fakts, ko maiņu grafiks neparāda).

# en: 259ac7de87ec
rule-overtime-annual-cap-title = Virsstundu darbs vairāk nekā 120 stundas gadā
# en: 26ff268259ea
rule-overtime-annual-cap-example = Sešdesmit viena 2 stundu virsstundu rinda 1995. gadā (122 h): viens pārkāpums par 1995. gadu, izmērīts 122 h, ierobežojums 120 h.
# en: 114661e019a6
rule-overtime-annual-cap-doc =
    Saskaita katra kalendārā gada virsstundas — rindas ar veidu `overtime` un, ja `s57.derived_overtime` ir patiess, parasto darbu virs nedēļas normas (vai summētā darba laika uzskaitē — virs perioda normas), skaitot laika secībā — un paziņo gadu virs ierobežojuma. s59 (angliski): "The overtime for each employee shall not exceed four hours in two successive days and 120 hours a year." "Gadu" saprot kā kalendāro gadu. Viens konstatējums katram darbiniekam un gadam, mērot gada kopsummu; ierobežojums ir tas, kas ir spēkā 1. janvārī.

# en: 3356034f0dce
rule-overtime-two-day-cap-title = Virsstundu darbs vairāk nekā četras stundas divās dienās pēc kārtas
# en: f4da9559c39b
rule-overtime-two-day-cap-example = 2,5 h virsstundu pirmdien un 2 h otrdien (4,5 h): viens pārkāpums par pirmdienu–otrdienu, izmērīts 4,5 h, ierobežojums 4 h; 2 h un 2 h ir atļautas.
# en: c6c512731a24
rule-overtime-two-day-cap-doc =
    Saskaita katra divu secīgu kalendāro dienu pāra virsstundas — rindas ar veidu `overtime` un, ja `s57.derived_overtime` ir patiess, parasto darbu virs nedēļas normas (vai summētā darba laika uzskaitē — virs perioda normas), skaitot laika secībā — un paziņo pāri virs ierobežojuma. s59 (angliski): "The overtime for each employee shall not exceed four hours in two successive days and 120 hours a year." Katru pāri paziņo vienreiz, nosaucot tā pirmo dienu; pāri sākas katrā dienā ar virsstundām, un pāri, kura otrajā dienā virsstundu nav, izlaiž, ja iepriekšējais, jau paziņotais pāris beidzas tā pirmajā dienā. Tātad viena diena ar 5 h dod vienu konstatējumu, 3 h un 8 h divās dienās — vienu, bet 3 h katrā no trim dienām — divus (1.–2. un 2.–3. diena). Maiņa pieder dienai, kurā tā sākas, ja vien `s47.day_attribution` nenosaka citādi.

# en: d3e7d05f7e8f
rule-overtime-without-consent-title = Virsstundu darbs bez rakstveida piekrišanas
# en: 269c3802c0b6
rule-overtime-without-consent-example = Darbiniekam bez reģistrētas piekrišanas ir 2 stundu virsstundu rinda: viens pārkāpums, izmērīts 2 h, ierobežojums 0 h.
# en: ec3346986004
rule-overtime-without-consent-doc =
    Paziņo katru rindu ar veidu `overtime` darbiniekam, kura profilā nav reģistrēta rakstveida piekrišana virsstundu darbam (`overtime_consent` failā employees.csv). s57 (angliski): "Overtime work is work performed after the established working hours (Sections 45, 46, 47, 48, 55). It shall be permitted only in the cases when the employee has given a written consent to the instructions of the employer." Viens konstatējums katrai virsstundu rindai, mērot tās stundas (bez pārtraukumiem). Parastās rindas, kas pārsniedz normu, paziņo normu noteikumi (`weekly-norm`, `shortened-week`, `summary-period-norm`).

# en: 7b795110b446
rule-schedule-publication-title = Maiņu grafiks paziņots vēlāk nekā mēnesi iepriekš
# en: 6f33c1fc6032
rule-schedule-publication-example = Grafiks publicēts 1995-03-10, tā pirmā maiņa ir 1995-04-03: tas bija jāpaziņo līdz 1995-03-03; viens pārkāpums, izmērītas 24 dienas iepriekš, ierobežojums 31 diena.
# en: 3006664f54a2
rule-schedule-publication-doc =
    Darbojas tikai tad, ja failā shifts.csv ir kolonna `published_on`, un lasa tikai tās rindas, kurās tā aizpildīta. s54 (angliski): "The employees shall be acquainted with the shift schedules no later than one month before they take effect." Grafiks ir darbinieka secīgu darba rindu virkne ar vienu un to pašu `published_on` datumu; tas stājas spēkā tā pirmās maiņas dienā. Tas bija jāpaziņo līdz tam pašam datumam mēnesi iepriekš vai līdz šī mēneša pēdējai dienai, ja tajā šāda datuma nav (s257 mēnešu aritmētika: mēnesi pirms 31. marta ir 28. vai 29. februāris); paziņošana tieši šajā dienā ir laikā. Viens konstatējums katram novēlotam grafikam, par tā pirmo maiņu.

# en: 85c243f68025
rule-shortened-week-title = Normālais darba laiks pārsniedz saīsināto nedēļas normu
# en: 939dcf92a7c1
rule-shortened-week-example = Darbinieks ar 36 stundu normu strādā piecas 7,5 stundu maiņas (37,5 h): viens pārkāpums, izmērīts 37,5 h, ierobežojums 36 h.
# en: ac1d071ebe95
rule-shortened-week-doc =
    Darbiniekam, kura nedēļas norma (`weekly_norm_hours` failā employees.csv) ir mazāka par s45 noteiktajām 40 stundām, saskaita katras kalendārās nedēļas (pirmdiena–svētdiena) parastās stundas (rindas ar veidu `work`, bez pārtraukumiem) un paziņo nedēļu virs šīs normas. s46 (angliski): "The shortened working hours shall be established for the following employees:" — pats saraksts tekstā, no kura veidota šī pakotne, nav saglabājies, un "the laws shall stipulate reduced working hours for specific categories of employees (teachers, doctors and others)", tāpēc to, kam un cik stundu pienākas, norāda lietotājs. Stundas virs saīsinātās normas ir virsstundas (s57). Darbiniekus ar pilnu normu pārbauda `weekly-norm`; darbiniekus summētā darba laika uzskaitē pārbauda pa periodiem `summary-period-norm`. Maiņa pieder dienai, kurā tā sākas, ja vien `s47.day_attribution` nenosaka citādi.

# en: d1fd3835fa34
rule-six-day-daily-cap-title = Darba diena sešu dienu nedēļā pārsniedz s47 ierobežojumu
# en: 79dce1d402ee
rule-six-day-daily-cap-example = Darbinieks ar sešu dienu, 40 stundu nedēļu otrdien strādā 08:00–16:00 ar 30 minūšu pārtraukumu (7,5 h): viens pārkāpums, izmērīts 7,5 h, ierobežojums 7 h.
# en: 1f10a617cbde
rule-six-day-daily-cap-doc =
    Darbiniekam ar sešu dienu darba nedēļu (`week_days` = 6) saskaita katras dienas parastās stundas (rindas ar veidu `work`, bez pārtraukumiem) un paziņo dienu virs ierobežojuma. s47 (angliski): "Upon a six day working week the length of the working day shall not exceed seven hours, if the weekly norm is 40 hours; it shall not exceed six hours, if the weekly norm is 35 hours; and it shall not exceed four hours, if the weekly norm is 24 hours." Nedēļas normai, ko pants nenosauc (piem., 36 h), piemēro nākamās mazākās nosauktās normas ierobežojumu (interpretācija `s47.other_norms`). Darbiniekus summētā darba laika uzskaitē pa dienām nepārbauda (s55 to pieļauj, ja "the length of working day ... cannot be observed"; viņus pārbauda `summary-period-norm`). Virsstundu rindas neskaita: tās uzrauga s57 un s59. Maiņa pieder dienai, kurā tā sākas, ja vien `s47.day_attribution` nenosaka citādi.

# en: 0a2963f5b68f
rule-successive-shifts-title = Divas maiņas pēc kārtas
# en: 163eeb816bbe
rule-successive-shifts-example = Maiņai 06:00–14:00 tajā pašā dienā seko maiņa 22:00–06:00 (8 h atpūtas): viens pārkāpums, izmērīts 8 h, ierobežojums 12 h.
# en: 8cb17d90cf89
rule-successive-shifts-doc =
    Paziņo maiņu (rinda ar veidu `work` vai `overtime`), kas sākas mazāk nekā `s54.successive_gap` (12 h) pēc darbinieka iepriekšējās maiņas beigām. s54 (angliski): "It shall be prohibited to assign an employee to work in two successive shifts." Kodekss nenosaka, kad maiņas ir secīgas; atpūtu, kas starp tām īsāka par 12 h, uzskata par darbu bez atstarpes. Divas rindas ir viena maiņa, nevis divas, ja tās ir viena darba diena, kas ierakstīta pa daļām (interpretācija `s54.one_shift_when`): darba rindas, kas sākas tajā pašā dienā un kopā nepārsniedz dienas garumu (s47, s56), vai virsstundu rinda s60 garākā pārtraukuma (2 h) robežās no maiņas (virsstundas uzrauga s57 un s59). Pārklājošās rindas pārbauda `overlapping-shifts`; dežūru rindas nav maiņas.

# en: c1b1bc33310e
rule-summary-period-norm-title = Summētā darba laika uzskaites perioda darba laiks pārsniedz normu
# en: acd96f362858
rule-summary-period-norm-example = 40 stundu darbinieks ar viena mēneša uzskaites periodu 1995. gada martā strādā 23 maiņas pa 8 h (184 h) pret 23 darba dienām × 8 h = 184 h: konstatējumu nav; 24. maiņa dod vienu pārkāpumu, izmērīts 192 h, ierobežojums 184 h.
# en: 49f0fa8cf4e7
rule-summary-period-norm-doc =
    Darbiniekam summētā darba laika uzskaitē (`summary_period_months` > 0) saskaita katra uzskaites perioda parastās stundas (rindas ar veidu `work`, bez pārtraukumiem) — periodi ir tik mēnešu gari un skaitīti no 1. janvāra — un paziņo periodu virs tā normas. s55 (angliski) pieļauj summēto darba laika uzskaiti, "provided that the working time during the period of registration does not exceed the normal number of working hours (Sections 45 and 46)". Perioda normu nosaka interpretācija `s55.period_norm`: pēc noklusējuma dienas norma, reizināta ar perioda darba dienām, kas nav svētku dienas, atskaitot prombūtnes dienas. Paziņo tikai periodus, kuros ir maiņas; periodu, ko dati aptver tikai daļēji, tomēr pārbauda, jo stundas ārpus datiem kopsummu var tikai palielināt. Stundas virs normas ir virsstundas (s57).

# en: aa24cf3181a4
rule-weekly-norm-title = Normālais darba laiks pārsniedz 40 stundas nedēļā
# en: fc4a4ad940af
rule-weekly-norm-example = Piecas 9 stundu maiņas no pirmdienas līdz piektdienai (45 h): viens pārkāpums, izmērīts 45 h, ierobežojums 40 h.
# en: 7657d94030c2
rule-weekly-norm-doc =
    Saskaita katras kalendārās nedēļas (pirmdiena–svētdiena) parastās stundas (rindas ar veidu `work`, bez pārtraukumiem) un paziņo nedēļu virs normas. s45 (angliski): "The normal working hours of the employees in enterprises, institutions or organisations shall not exceed 40 hours a week." Stundas virs normas ir virsstundas (s57): tām vajadzīga rakstveida piekrišana un divkārša samaksa (s93), un tās jāatzīmē kā virsstundas. Attiecas uz darbiniekiem ar pilnu 40 stundu normu, kuri nav summētā darba laika uzskaitē (tos pārbauda s55 pa periodiem; saīsinātās normas pārbauda s46). Maiņa pieder dienai, kurā tā sākas, ja vien `s47.day_attribution` nenosaka citādi.

## parametri un interpretācijas: samaksa

# en: 3f58f1759061
param-s101-rounding-doc = Kā naudu noapaļo līdz centiem: vienreiz, aprēķinot katras samaksas rindas summu (daudzums × likme × koeficients); kopsumma ir noapaļoto rindu summa.
# en: ce67f01fbf17
param-s101-rounding-rationale = s101 dod darbiniekiem (angliski) "the right to acquaint themselves with the way their remuneration has been calculated": noapaļojot katru rindu vienreiz, cilvēks var katru rindu pārrēķināt ar roku un saskaitīt rindas kopsummā. half-up ir komerciālā noapaļošana; half-even (baņķieru) ir alternatīva.
# en: daecd98c4607
param-s93-overtime_multiplier-doc = Virsstundu darbu apmaksā (angliski) "not less than the double amount of the hourly or daily remuneration rate"; koplīgums var noteikt vairāk (--set).
# en: 899354a7ce5f
param-s94-festive_multiplier-doc = Darbu svētku dienās apmaksā (angliski) "twice the amount of the hourly or daily remuneration rate".
# en: f0c37b6ad09f
param-s95-night_multiplier-doc = Darbu nakts laikā (s50: 22:00–06:00) apmaksā (angliski) "not less than 1.5 times the hourly or daily remuneration rate".
# en: e5df90dada2c
param-s67-holiday_multiplier-doc = Darbu iknedēļas brīvdienā (s61), ko nekompensē ar citu brīvdienu, apmaksā (angliski) "a double remuneration".
# en: a746c2c15830
param-s99-idle_multiplier-doc = Dīkstāvi, kurā darbinieks nav vainojams (un par kuru viņš ir brīdināts), apmaksā (angliski) "in the amount of the hourly or daily remuneration rate".
# en: c26b324d7b5c
param-s93-premium_combination-doc = Kā piemaksas apvieno par vienu un to pašu stundu (virsstundas naktī svētku dienā): additive = 1 + katras piemaksas virs likmes summa (2 + 1,5 + 2 → 3,5×); highest = tikai lielākais koeficients (→ 2×).
# en: dbe42fea49d8
param-s93-premium_combination-rationale = s93, s94, s95 un s67 katrs kompensē citu slogu (darba ilgumu, nakts stundu, atpūtas dienu), un neviens nesaka, ka aizstāj citu, tāpēc katru piemaksu maksā papildus likmei (additive). highest ir šaurais lasījums: katra panta minimumu izpilda lielākais koeficients. Svētku dienai, kas ir arī iknedēļas brīvdiena, pienākas viena dienas piemaksa (s94), nevis divas.
# en: ac37fa0bc43d
param-s94-day_off_compensation-doc = Kad darbu svētku dienā (s94) vai iknedēļas brīvdienā (s67) kompensē ar brīvdienu divkāršas samaksas vietā: same-month = katra prombūtnes diena ar veidu `day_off` samaksas mēnesī kompensē agrāko šādu nostrādāto šī mēneša dienu (tad to apmaksā vienkāršā likmē); never = vienmēr divkārša samaksa.
# en: f65240e61e31
param-s94-day_off_compensation-rationale = s94 piešķir brīvdienu (angliski) "if requested by the employee", bet s67 — "upon mutual agreement"; ievaddati šo lūgumu reģistrē tikai kā piešķirtu prombūtni `day_off`, tāpēc tajā pašā mēnesī piešķirtu brīvdienu uzskata par norunāto kompensāciju, datumu secībā.
# en: db018edf0c67
param-s99-idle_spread-doc = Kur maiņā atrodas tās dīkstāves minūtes: tās proporcionāli sadala pa maiņas nakts un dienas minūtēm (un virsstundām), tāpēc dīkstāvi apmaksā vienkāršā likmē bez piemaksām.
# en: bc5726aca360
param-s99-idle_spread-rationale = s99 apmaksā dīkstāvi (angliski) "in the amount of the hourly ... rate", t. i., bez piemaksām par darbu; ievaddati reģistrē, cik dīkstāves minūšu maiņā bija, bet ne to, kad, tāpēc tās sadala proporcionāli, tāpat kā nereģistrētu pārtraukumu (s60.break_placement).
# en: 831b5ea8ad85
param-s93-salary_hourly_rate-doc = Mēnešalgas saņēmēja stundas likme piemaksām un stundām virs algas: mēnešalga ÷ mēneša normālais darba laiks (darba dienas, kas nav svētku dienas, × dienas norma, s45–s47).
# en: fc818261db0c
param-s93-salary_hourly_rate-rationale = s93–s95 reizina (angliski) "the hourly or daily remuneration rate determined for the employee"; alga apmaksā mēneša normālo darba laiku, tāpēc tās stundas likme ir alga, dalīta ar šīm stundām. Stundas, ko uzskata par virsstundām vai kas nostrādātas svētku dienā vai iknedēļas brīvdienā, ir virs algas un tiek pilnībā apmaksātas ar to koeficientu; nakts stundām algas ietvaros pienākas tikai piemaksas daļa (× 0,5).
# en: f4eb0bb4339c
param-s83-minimum_monthly-doc = Minimālā mēneša darba samaksa par normālo darba laiku (s83; arī s97, s98, s185) (angliski): "the living wage established by the state ... for the respective period of time". Avots summu nenosaka, tāpēc decent noklusējuma vērtības nav: norādiet to ar datumu, ar --set s83.minimum_monthly=SUMMA vai --set s83.minimum_monthly@GGGG-MM-DD=SUMMA; bez tās minimālās samaksas pārbaudi paziņo kā neveiktu.
# en: be64cbbce595
param-s83-minimum_pro_rata-doc = Vai pilngadīgam darbiniekam, kas nostrādājis mazāk par mēneša normālo darba laiku, minimumu piemēro proporcionāli nostrādātajām stundām.
# en: ffe5a4afeb5d
param-s83-minimum_pro_rata-rationale = s83 nosaka minimumu (angliski) "within normal working hours (Section 45)"; stundu algas saņēmējam, kas nostrādājis daļu normas, piemēro to pašu stundas ekvivalentu. s185 nepilngadīgajiem ar saīsinātu darba laiku garantē pilnu minimumu ("not less than the minimum remuneration established by the state"), tāpēc viņiem to nekad nesamazina proporcionāli.
# en: 990b9f9ff987
param-s103-leave_divisor-doc = Vidējā dienas izpeļņa apmaksātam atvaļinājumam ir (angliski) "the average monthly earnings by 25.4".
# en: 237386d15a0e
param-s103-work_days_per_month-doc = (angliski) "The average number of work-days per month" (dienas izpeļņas dalītājs gadījumos, kas nav atvaļinājums): calendar-year = tā kalendārā gada darba dienas (pirmdiena–piektdiena vai sešu dienu nedēļā –sestdiena, ne svētku dienas), kurā ir pēdējais aprēķina mēnesis, ÷ 12; reference-months = abu aprēķina mēnešu darba dienu vidējais.
# en: 9674add668f1
param-s103-work_days_per_month-rationale = s103 nosauc dalītāju, bet ne tā lielumu; gada vidējais ir tas, ko nozīmē "mēnesī", un tas nesvārstās īsa februāra dēļ. reference-months to piesaista mēnešiem, no kuriem aprēķina vidējo.
# en: d6b7e2394931
param-s103-short_service-doc = Darbiniekam, kas (angliski) "worked less than two months" (nav izpeļņas par agrāko aprēķina mēnesi): vidējā dienas izpeļņa = pēdējā kalendārā mēneša izpeļņa ÷ tajā nostrādātās dienas, ko izmanto atvaļinājumam un citiem gadījumiem; mēneša vidējā = šī dienas summa × vidējais darba dienu skaits mēnesī.
# en: bcad81ddbcba
param-s103-short_service-rationale = s103 (angliski): "the average earnings shall be calculated for the last calendar month, dividing it by the number of the days the employee has worked" dod dienas summu tieši; mēneša summu, kas vajadzīga atlaišanas pabalstam, iegūst atpakaļ ar to pašu darba dienu dalītāju.
# en: d61a70423a2c
param-s37-severance_months-doc = Atlaišanas pabalsts s30 3) un 6) punktā un s33 1), 1.1), 1.2), 2) un 6) punktā minētajos gadījumos (angliski): "not less than the average wage of one month".
# en: a6f9212cff74
param-s37-labour_protection_months-doc = Atlaišanas pabalsts, ja darba līgums pārkāpa darba aizsardzības noteikumus (s30 8) punkts) (angliski): "not less than the average wage of six months".
# en: fefac5229387
param-s124-cap_percent-doc = Visi ieturējumi no vienas izmaksas (angliski) "shall not exceed 20 per cent" no tās.
# en: 8e5c9b1aa47d
param-s124-special_cap_percent-doc = Likumos noteiktajos īpašajos gadījumos (un Civilprocesa kodeksa s403 pirmās daļas 1. punktā) ieturējumi var sasniegt (angliski) "50 per cent".
# en: b97d7d7c3b06
param-s124-several_warrants_keep_percent-doc = (angliski) "When deductions ... are made in keeping with several warrants, in each case the employee shall preserve 50 per cent of his remuneration."

## aizsardzība

# en: d303c3b3c9dc
param-s170-child_age-doc = Sievietes (angliski) "with children under three years of age" nedrīkst strādāt naktī, virsstundas, brīvdienās un svētku dienās.
# en: b9098629e572
param-s171-child_age-doc = Sievietes, kurām ir bērns līdz 14 gadu vecumam: virsstundu darbs vai komandējumi tikai ar viņu piekrišanu.
# en: 92acd6bf6f16
param-s171-disabled_child_age-doc = … (angliski) "a handicapped child - under 16 years of age".
# en: e4dcdaba9391
param-s171_1-duty_is_after_hours-doc = Vai katru dežūras rindu uzskata par (angliski) "duty work after the end of the working day".
# en: b7f87a400f1a
param-s171_1-duty_is_after_hours-rationale = Dežūra (kind=duty) pēc definīcijas ir ārpus darba dienas tiešajiem pienākumiem (s94 trešā daļa); uzskatot katru dežūras rindu par darbu pēc darba laika, to aizliedz s171.1 nosauktajiem aizsargātajiem darbiniekiem.
# en: 9dc4ff692cc5
param-s176-age_reading-doc = Kura bērna vecums attiecina uz vientuļu tēvu vai aizbildni s170, s171 un s171.1.
# en: 11ac3216fab4
param-s176-age_reading-rationale = s176 attiecina (angliski) "the guarantees ... stipulated by" šiem pantiem, kuriem ir savas vecuma robežas (s170: līdz trim gadiem); frāze par bērnu līdz 14 gadiem (bērnu invalīdu līdz 16 gadiem) nosaka, kurš uzskatāms par vientuļu tēvu. s176-ages piemēro robežu 14 / 16 gadi visiem trim pantiem.
# en: aba877c4e89c
param-s177-child_age_months-doc = Barošanas pārtraukumi (angliski) "women who have children under the age of 18 months".
# en: ad74b5de5b2f
param-s177-interval-doc = Barošanas pārtraukumi (angliski) "not shorter than 30 minutes".
# en: 031be3b76087
param-s177-every-doc = Barošanas pārtraukumus piešķir (angliski) "not less than in every three hours".
# en: d78f1ef45b7b
param-s177-interval_two_children-doc = (angliski) "If there are two or more children under the age of 18 months, the interval shall be at least one hour."
# en: a0b7673f321a
param-s186-minor_age-doc = Personas (angliski) "under 18 years of age" nedrīkst strādāt naktī, virsstundas vai brīvdienās.
# en: 8759e41f0126
param-s186-holidays_include_festive-doc = Vai nepilngadīgo (angliski) "work during holidays" ietver svētku dienas.
# en: c3cf1d57dc44
param-s186-holidays_include_festive-rationale = Svētku dienas ir dienas, kurās uzņēmumi (angliski) "shall not work" (s68); aizliegumu, kas aizsargā nepilngadīgo atpūtas dienas, saprot tā, ka tas aptver arī tās.
# en: e66983f75b3b
param-s169-night_work_when-doc = Kad maiņa ir darbs (angliski) "during night-time" s51, s169, s170, s171.1 un s186 aizsargātajiem darbiniekiem.
# en: 09d78de30fdb
param-s169-night_work_when-rationale = Šie panti aizliedz aizsargāto darbinieku vispār iesaistīt nakts darbā, ne tikai saīsinātā nakts maiņā: jebkura minūte, kas nostrādāta no 22:00 līdz 06:00 (s50), viņiem ir nakts darbs (any). night-shift: tikai maiņas, kas ir nakts maiņas saskaņā ar s50.night_shift_when.

## atpūta

# en: 601becf4fa51
param-s60-max_break-doc = Pārtraukums atpūtai un ēšanai (angliski) "shall not exceed two hours".
# en: b18d37b7bbbf
param-s60-break_latest_after-doc = Pārtraukumu (angliski) "usually" piešķir "no later than four hours after the beginning of the work".
# en: 0de433c6a3a0
param-s60-warn_missing_break-doc = Vai paziņot (kā brīdinājumu) maiņu, kas garāka par četrām stundām, bez reģistrēta pārtraukuma.
# en: 470c42f889fb
param-s60-warn_missing_break-rationale = s60 piešķir pārtraukumu visiem, bet pieļauj ēšanu darba laikā, ja ražošanas apstākļi pārtraukumu neļauj; tāpēc trūkstošs pārtraukums ir brīdinājums, nevis pārkāpums.
# en: 139bb3e36476
param-s61-schedule_holidays_under_summary-doc = Vai darbiniekiem summētā darba laika uzskaitē iknedēļas brīvdienas ir dienas, ko grafiks atstāj brīvas (s63, s64), nevis sestdiena un svētdiena.
# en: c520eb968ad6
param-s61-schedule_holidays_under_summary-rationale = s63 un s64 nepārtrauktā darbā piešķir brīvdienas (angliski) "in keeping with the shift schedule"; tikai darbiniekiem ar noteiktu nedēļu brīvdienas ir svētdiena (un piecu dienu nedēļā sestdiena).
# en: c528b598f0cd
param-s65-weekly_rest-doc = (angliski) "The continuous weekly leisure shall last at least fourty-two hours."
# en: 68f0e599a091
param-s65-window-doc = Kur meklē 42 stundu iknedēļas atpūtu.
# en: 042267ebce2b
param-s65-window-rationale = s65 nosaka “nepārtrauktas iknedēļas atpūtas” ilgumu, nevis to, kur nedēļa sākas; s61 “divas brīvdienas nedēļā” var būt jebkurās dienās (“nosaka darba grafiks”). seven-days (noklusējums): atpūtu skaita veselu, lai kur tā būtu, arī pāri svētdienas pusnaktij, un katrā septiņu dienu periodā jābūt vai jāpārklājas vismaz 42 stundu atpūtai (no vienas beigām līdz nākamās sākumam mazāk nekā 7 × 24 h), tāpēc sešu dienu nedēļa ar darbu sestdien līdz 13:00 un no pirmdienas 08:00 (43 h) ir likumīga, bet septiņas dienas bez šādas atpūtas nav; calendar-week: katrā nedēļā no pirmdienas līdz svētdienai, skaitot tikai to atpūtas daļu, kas ir nedēļas iekšienē; rolling: katrās 7 × 24 h jābūt veselai 42 stundu atpūtai (ne vairāk kā 126 h no vienas beigām līdz nākamās sākumam), kas par pārkāpumu atzīst pat sešas 8 stundu dienas pēc kārtas.
# en: e733bea26601
param-s60-break_placement-doc = Kur atrodas nereģistrēts pārtraukums, skaitot nakts stundas vai stundas dienā.
# en: 224bfa06e0b2
param-s60-break_placement-rationale = Pārtraukums nav darba laiks (s60); ja ievaddatos nav break_start, pārtraukumu proporcionāli sadala pa maiņu, lai nakts un dienas stundas kopā dotu nostrādātās stundas.

## termiņi

# en: e43133a47eb5
param-s257-weekly_holiday-doc = Kuras nedēļas dienas ir (angliski) "holiday", ja "the term expires on a holiday, the next working day shall be considered as the last day of the term".
# en: d3adeaf6d114
param-s257-weekly_holiday-rationale = s61 (angliski): "The generally observed holiday is Sunday"; piecu dienu nedēļā otru brīvdienu "shall be determined by the working schedule" katrs darba devējs, tāpēc tā nav brīvdiena visiem. Arī svētku dienas (s68) ir brīvdienas. saturday-and-sunday par brīvdienu uzskata arī sestdienu (parastā piecu dienu nedēļa).
# en: fa09ce044c6b
param-s257-backward_holiday-doc = Ja pēdējā diena rīcībai (angliski) "no later than one month before" kādu datumu iekrīt brīvdienā, vai tā pārceļas uz darba dienu pirms tās.
# en: a75c6738c729
param-s257-backward_holiday-rationale = s257 termiņa beigas pārceļ uz priekšu, kas pagarina laiku rīcībai; pienākumam paziņot "no later than one month before" (s54, s90, s106) pārcelšana uz priekšu saīsinātu darbiniekiem paziņošanas laiku zem panta garantētā mēneša, tāpēc pienākuma termiņš ir pēdējā darba diena pirms tam. no-move saglabā kalendāro dienu.
# en: ff3185fe5ac3
param-s23-probation_months-doc = (angliski) "The period of probation shall not exceed three months."
# en: 2bd00dfcb8d1
param-s23-excluded_absences-doc = Kuras reģistrētās prombūtnes ir (angliski) "temporary disablement and other time of a justified absence", ko pārbaudes laikā neieskaita.
# en: 9fda28bf8bd9
param-s23-excluded_absences-rationale = Katrs prombūtnes veids, ko reģistrē absences.csv, ir attaisnota prombūtne (neattaisnota prombūtne nav veids), bet komandējumā darbinieks strādā un ir pārbaudes laikā; tāpēc izslēdz visus veidus, izņemot business_trip. sick-only izslēdz tikai pārejošu darbnespēju; all izslēdz arī komandējumus.
# en: 51f3363c6026
param-s31-resignation_months-doc = (angliski) "The employee shall have the right to terminate the labour contract by one calendar month advance notice to the employer."
# en: d2ab2c01e4dc
param-s35-notice_months-doc = Par darba līguma izbeigšanu (angliski) "shall be communicated to the employees personally in written form no later than one month in advance".
# en: d7d54388b9a5
param-s70-schedule_deadline-doc = (angliski) "The employer shall make the schedule of the leaves for each calendar year no later than by January 15" (MM-DD).
# en: a492e48d6472
param-s90-notice_months-doc = Jauni vai grozīti darba samaksas noteikumi: jāpaziņo (angliski) "no later than one month before they are introduced or changed".
# en: 3fe8abb16c1d
param-s106-notice_months-doc = Jaunas, aizstātas vai pārskatītas darba normas: jāpaziņo (angliski) "no later than one month before they take effect".
# en: c8bef51f92a9
param-s143-discipline_months-doc = Disciplinārsods (angliski) "not later than one month after the day it was discovered, excluding the time when the employee has temporary disablement or is on leave".
# en: f8f1c70e1abe
param-s143-ceiling_months-doc = (angliski) "Disciplinary punishment shall not be applied in the cases when more than six months have passed after the day when the violation was discovered."
# en: f83025446756
param-s145-expiry_years-doc = (angliski) "If in a year's time after the day when the disciplinary punishment was applied the employee does not receive a new disciplinary punishment, he shall be considered as not having received any".
# en: 40d307295d62
param-s217-dispute_months-doc = Pārsūdzība (angliski) "in the course of one month after the day when the employee learned or had to learn" par pārkāpumu (vai, atlaižot, saņēma darba grāmatiņu).
# en: 666c000be0aa
param-s221-decision_days-doc = (angliski) "The employer shall comply with the decision of the labour dispute settlement commission within ten days".
# en: b8c39232de0c
param-s173-maternity_days-doc = (angliski) "The maternity leave of fifty-six calendar days".
# en: ce256b0329ce
param-s173-childbirth_days-doc = (angliski) "... and the childbirth leave of fifty-six calendar days".
# en: 89558302d7cb
param-s173-early_care_days-doc = Ārstēšanās, kas sākta pirms divpadsmitās grūtniecības nedēļas (angliski): "an additional leave of fourteen days, which shall be added to the maternity leave".
# en: 1ae72cd810f2
param-s173-complications_days-doc = Komplikācijas vai divi vai vairāk bērni (angliski): "a fourteen days long additional leave, which shall be added to the childbirth leave".
# en: 960656b78b68
param-s173-moves_off_holiday-doc = Vai grūtniecības un dzemdību atvaļinājuma pēdējā diena pārceļas uz nākamo darba dienu, ja tā ir brīvdiena (s257).
# en: 5c4b4085a468
param-s173-moves_off_holiday-rationale = s173 piešķir atvaļinājumu (angliski) "calendar days", skaitot no tā pirmās dienas; s257 pārcelšana attiecas uz termiņu, līdz kuram kaut kas jāizdara. Beigu pārcelšana piešķirtu vairāk kalendāro dienu, nekā nosaka s173, tāpēc atvaļinājums beidzas tā pēdējā kalendārajā dienā.
# en: 21c97989a58a
param-s33-liquidation_is_point_1-doc = Vai darba līguma izbeigšana darba devēja pilnīgas likvidācijas dēļ ietilpst s33 1) punktā attiecībā uz s35 brīdinājumu un s37 atlaišanas pabalstu.
# en: df51895626dd
param-s33-liquidation_is_point_1-rationale = Avotā s33 saraksts ir zudis (notes.toml). s34 un s178 atceļ savus aizliegumus, ja darba devējs (angliski) "is completely liquidated", tātad likvidācija ir s33 pamats; s35 otrā daļa 1) punktu saista ar darbinieku skaita samazināšanu. Uzskatot likvidāciju par 1) punktu, darbinieks saņem s35 brīdinājumu un s37 atlaišanas pabalstu — tas ir lasījums, kas aizsargā darbinieku; false nedod ne vienu, ne otru.
# en: e2d4d180d787
param-s34_1-retirement_age-doc = (angliski) "age of retirement", uz ko atsaucas s34.1 (s33 1.1) punkts); kodekss to nenosaka.
# en: 849e3db5843c
param-s178-child_age-doc = (angliski) "The employer shall not be allowed to fire pregnant women and women who have a child under the age of three."

## darba laiks

# en: f683dff341e7
param-s45-weekly_norm-doc = Normālais darba laiks nedēļā (angliski): "shall not exceed 40 hours a week".
# en: 5f0915a3ec71
param-s47-six_day_cap_40-doc = Sešu dienu darba nedēļa, nedēļas norma 40 h: darba diena (angliski) "shall not exceed seven hours".
# en: 04cc30355e93
param-s47-six_day_cap_35-doc = Sešu dienu darba nedēļa, nedēļas norma 35 h: darba diena (angliski) "shall not exceed six hours".
# en: 534989408664
param-s47-six_day_cap_24-doc = Sešu dienu darba nedēļa, nedēļas norma 24 h: darba diena (angliski) "shall not exceed four hours".
# en: d07931a440c5
param-s47-other_norms-doc = Dienas ierobežojums sešu dienu nedēļā nedēļas normai, ko s47 nenosauc (piem., 36 h).
# en: db38e883d3e6
param-s47-other_norms-rationale = s47 nosaka ierobežojumus tikai 40, 35 un 24 h normai; nākamās mazākās nosauktās normas ierobežojums nekad nepieļauj garāku dienu, nekā likums pieļauj īsākai nedēļai (aizsargājošs lasījums). pro-rata: norma ÷ 6. Normai zem 24 h mazākas nosauktas normas nav: tās ierobežojums abos lasījumos ir norma ÷ 6.
# en: 3c9e8a09a2e4
param-s47-six_day_length-doc = Noteiktais darba dienas garums sešu dienu nedēļā, no kura s49 atņem savu stundu un ar kuru salīdzina sadalītu darba dienu (s56).
# en: d2df7b62a7ab
param-s47-six_day_length-rationale = Piecu dienu nedēļā diena ir nedēļas norma ÷ 5 (8 h pie 40 h). Sešu dienu nedēļā dienas garumu kodekss nosauc pats s47 (7 h pie 40 h, 6 h pie 35 h, 4 h pie 24 h), un s49 otrā daļa dienu pirms brīvdienas ierobežo ar 6 h, t. i., šo 7 h dienu mīnus vienu stundu; s47-cap ņem šos skaitļus. norm-per-day: nedēļas norma ÷ 6 (6 h 40 min pie 40 h), par 20 minūtēm stingrāk.
# en: 006c6a77b2b6
param-s47-day_attribution-doc = Kurai dienai pieder maiņa, kas šķērso pusnakti, — dienas ierobežojumiem un divu dienu virsstundu ierobežojumam.
# en: 2fd1e054b3a4
param-s47-day_attribution-rationale = s47 runā par (angliski) "the working day (shift)": maiņa ir viena darba diena, tā diena, kurā tā sākas (start-day). split-at-midnight tā vietā skaita katras kalendārās dienas minūtes.
# en: c6b062bc3334
param-s49-eve_reduction-doc = Darba dienu pirms svētku dienas saīsina par vienu stundu.
# en: f547465cb196
param-s49-six_day_eve_cap-doc = Sešu dienu nedēļa: darba diena pirms brīvdienas (angliski) "shall not exceed six hours".
# en: 430603554d1f
param-s49-under_summary_registration-doc = Vai saīsinājumu dienā pirms svētku dienas pārbauda katrai maiņai darbiniekiem summētā darba laika uzskaitē (s55).
# en: 85ac92e723a9
param-s49-under_summary_registration-rationale = Summētā darba laika uzskaitē (nepārtraukti režīmi) maiņu garums atbilst grafikam, un saīsinājumu ņem vērā perioda normā (s55), tāpēc pēc noklusējuma pārbaudi maiņu līmenī nepiemēro.
# en: b52d93b0cbb4
param-s50-night_from-doc = Nakts laika sākums (angliski): "between 10 p.m. and 6 a.m." (diennakts stunda).
# en: 2114b2281341
param-s50-night_to-doc = Nakts laika beigas (diennakts stunda).
# en: 1448fd8ff2b3
param-s50-night_reduction-doc = Maiņu nakts laikā saīsina par vienu stundu.
# en: 9c0be55a53db
param-s50-night_shift_when-doc = Kad maiņa ir darbs (angliski) "during night-time" saīsinājumam par vienu stundu.
# en: e5fdde941872
param-s50-night_shift_when-rationale = Kodekss nenosaka, cik lielai maiņas daļai jābūt naktī. half: vismaz puse darba laika ir no 22:00 līdz 06:00 (iedibinātais lasījums padomju laika kodeksā, no kura cēlies s50); any: viena nakts minūte; more-than-2h: vēlākā Darba likuma kritērijs.
# en: b3bc133a21b7
param-s50-continuous_exempt-doc = Vai darbiniekus summētā darba laika uzskaitē (nepārtraukti režīmi) uzskata par tādiem, uz kuriem attiecas s50 otrā daļa (nakts maiņas tikpat garas kā dienas maiņas).
# en: 47fdd0e40ce7
param-s50-continuous_exempt-rationale = s50 pieļauj vienāda garuma nakts maiņas tikai (angliski) "when this is required by the conditions of production": tas ir fakts, ko maiņu grafiks neparāda, tāpēc pēc noklusējuma saīsinājumu pārbauda visiem, un izņēmums jāpieprasa lietotājam.
# en: 5fc1b4c61ac8
param-s54-publication_notice-doc = Maiņu grafikus paziņo (angliski) "no later than one month before they take effect".
# en: b6874c34c2ec
param-s54-successive_gap-doc = Divas maiņas ir (angliski) "successive", ja atpūta starp tām ir īsāka par šo.
# en: 2e785b52598e
param-s54-successive_gap-rationale = s54 aizliedz divas maiņas pēc kārtas, tās nedefinējot; atpūtu, kas no vienas maiņas beigām līdz nākamās sākumam ir īsāka par 12 h, uzskata par darbu bez atstarpes (12 h ir diennakts atpūta, ko noteica vēlākais Darba likums).
# en: 83568eeda713
param-s54-one_shift_when-doc = Kad divas rindas ar īsu atpūtu starp tām ir viena maiņa, nevis (angliski) "two successive shifts".
# en: 7757da1b8e13
param-s54-one_shift_when-rationale = Maiņu grafikā vienu darba dienu bieži ieraksta divās rindās: dienu, ko sadala pārtraukums ēšanai vai kas sadalīta saskaņā ar s56 (angliski: "the total length of working time does not exceed the established length of the working day"), vai maiņu, kurai seko virsstundas (s57, ierobežo s59). split-day: darba rindas, kas sākas tajā pašā dienā un kopā nepārsniedz dienas garumu (s47; skat. s47.six_day_length), un virsstundu rinda s60 garākā pārtraukuma (s60.max_break) robežās no maiņas ir viena maiņa. never: katra rinda ir atsevišķa maiņa.
# en: 60e8eab1847a
param-s55-period_norm-doc = Summētā darba laika uzskaites perioda (angliski) "normal number of working hours".
# en: de03c2daa9b4
param-s55-period_norm-rationale = working-days: dienas norma (nedēļas norma ÷ darba nedēļas dienas), reizināta ar perioda dienām no pirmdienas līdz piektdienai (vai sestdienai), kas nav svētku dienas, atskaitot prombūtnes dienas; weeks: nedēļas norma × dienas ÷ 7.
# en: bb2e79df4415
param-s57-derived_overtime-doc = Vai parasto darbu virs nedēļas normas (vai summētā darba laika uzskaitē — virs perioda normas) s59 ierobežojumiem uzskata par virsstundu darbu.
# en: 1d1c5d967f76
param-s57-derived_overtime-rationale = s57 virsstundu darbu definē kā (angliski) "work performed after the established working hours (Sections 45, 46, 47, 48, 55)", lai kā to sauktu maiņu grafiks; minūtes virs normas, laika secībā, ir virsstundas.
# en: c415f25d7130
param-s59-two_day_overtime-doc = Virsstundu darbs (angliski) "shall not exceed four hours in two successive days".
# en: b1f50fb4d7e7
param-s59-annual_overtime-doc = Virsstundu darbs (angliski) "shall not exceed ... 120 hours a year" (kalendārais gads).
# en: 3ac7585a3cb0
param-s50-established_shift-doc = Kas ir “noteiktais darba laiks (maiņa)”, no kura saīsina nakts maiņu.
# en: 1a2155975bad
param-s50-established_shift-rationale = s50 saīsina “noteikto darba laiku (maiņu)” par vienu stundu: tā ir maiņa, ko darbinieks citkārt strādā, tāpēc nakts maiņa, kas jau ir stundu īsāka par dienas maiņām, ir saīsināta, un pie 12 stundu dienas maiņām nakts maiņa var ilgt 11 stundas. day-shifts (noklusējums): darbinieka dienas maiņu biežākais nostrādātais ilgums grafikā (vienādā skaitā — garākais), bet, ja dienas maiņu nav, dienas norma (nedēļas norma ÷ darba nedēļas dienas, s45, s47); daily-norm: vienmēr dienas norma.
# en: a1f4d4dd6505
param-s57-overtime_days-doc = Kurām dienām pieder nedēļas virsstundas, ja parastās stundas pārsniedz nedēļas normu (s59 ierobežojumiem un s93 samaksai).
# en: 38fea1d6f23b
param-s57-overtime_days-rationale = s57: virsstundas ir “darbs, kas veikts pēc noteiktā darba laika (45., 46., 47. pants ...)”: s45 nosaka nedēļas stundas un s47 — dienas, tāpēc stunda pēc dienas noteiktā ilguma ir darbs pēc noteiktā darba laika tajā dienā. daily-norm-first (noklusējums): nedēļas pārsniegumu pār nedēļas normu (s45) vispirms attiecina uz stundām pēc katras dienas noteiktā ilguma (s47: nedēļas norma ÷ 5 piecu dienu nedēļā; sešu dienu nedēļā — s47 noteiktais ilgums, sk. s47.six_day_length) dienu secībā, bet atlikumu (nedēļā ar vairāk darba dienām, nekā paredz norma) — uz nedēļas pēdējām stundām, sākot no vēlākajām; time-order: visu pārsniegumu attiecina uz stundām, kas nostrādātas pēc nedēļas normas sasniegšanas, t. i., uz nedēļas pēdējām maiņām. Summētajā darba laikā (s55) noteikta ir tikai perioda kopsumma, tāpēc tā pārsniegumu abos gadījumos skaita laika secībā.
