# The meaning of each column the pack declares (src/attrs.rs), in Latvian; the English is the
# declaration's own `meaning`.
attr-pay_regime = Kurš likums nosaka darbinieka atlīdzību: Darba likums (noklusētais) vai Valsts un pašvaldību institūciju amatpersonu un darbinieku atlīdzības likums valsts un pašvaldību institūciju darbiniekiem (Darba likuma 2. panta otrā daļa; piemaksas tad nosaka Atlīdzības likuma 14. pants).
attr-part_time_requested = Darbinieks lūdzis nepilnu darba laiku, kas darba devējam saskaņā ar 134. panta otro daļu jānosaka tajā minētajiem darbiniekiem.
attr-breastfeeding = Sieviete, kura baro bērnu ar krūti (134. panta otrā daļa, 136. panta septītā daļa, 138. pants).
attr-disability = Darbinieks ar invaliditāti (134. panta otrā daļa; 103. pants nosaka garāku uzteikuma termiņu).
attr-special_risk = Darbs, kas saistīts ar īpašu risku, kuram 131. panta trešā daļa nosaka saīsinātu normālo darba laiku.
attr-night_worker = Nakts darbinieks 138. panta otrās daļas izpratnē (nakts darbs pēc darba laika grafika vai vismaz 50 dienas gadā); ja nav norādīts, noteikumi to nosaka pēc grafika.
attr-night_consent = Darbinieks piekritis nakts darbam (138. panta septītā daļa: vecāku, kuram ir bērns līdz trīs gadu vecumam, nakts darbā nodarbina tikai ar viņa piekrišanu).
attr-feeding_minutes = Maiņas laikā piešķirtie bērna barošanas pārtraukumi, minūtes (146. pants).
