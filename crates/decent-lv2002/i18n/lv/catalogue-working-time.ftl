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
