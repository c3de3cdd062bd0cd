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
