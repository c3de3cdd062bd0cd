# lv-1994 termiņi un darba līguma izbeigšana, latviski: termiņu veidi (kas ir notikums, ko nozīmē
# datums, iespējas), termiņu nosaukumi, kāpēc diena nav darba diena, grūtniecības un dzemdību
# atvaļinājuma soļi un katra darba līguma izbeigšanas pārbaude (s33–s37, s178, s239).

## termiņu veidi (`decent deadline KIND`)

deadline-probation-event = pieņemšanas darbā diena
deadline-probation-meaning = pēdējā diena, līdz kurai var ilgt pārbaudes laiks
deadline-resignation-event = diena, kad darbinieks iesniedza uzteikumu
deadline-resignation-meaning = darbinieka uzteikuma termiņa pēdējā diena
deadline-notice-event = diena, kad darba devējs rakstveidā brīdināja par darba līguma izbeigšanu
deadline-notice-meaning = agrākā diena, kurā darba devējs var izbeigt darba līgumu
deadline-notice-option-point-5 = atlaišana saskaņā ar s33 5. punktu: pārejošas darbnespējas laiku ieskaita termiņā
deadline-roster-publication-event = diena, kad stājas spēkā maiņu grafiks
deadline-roster-publication-meaning = vēlākā diena, kad darbinieki jāiepazīstina ar grafiku
deadline-leave-schedule-event = jebkura tā kalendārā gada diena, kuram sastāda grafiku
deadline-leave-schedule-meaning = vēlākā diena, kad jāsastāda atvaļinājumu grafiks un ar to jāiepazīstina darbinieki
deadline-change-notice-event = diena, kad stājas spēkā jaunie noteikumi
deadline-change-notice-meaning = vēlākā diena, kad jāpaziņo darbiniekiem
deadline-change-notice-option-remuneration = jauni vai grozīti darba samaksas noteikumi (s90; pēc noklusējuma)
deadline-change-notice-option-work-quotas = jaunas, aizstātas vai pārskatītas darba normas (s106)
deadline-discipline-event = diena, kad pārkāpums atklāts
deadline-discipline-meaning = pēdējā diena, kad var piemērot disciplinārsodu
deadline-discipline-expiry-event = diena, kad piemērots disciplinārsods
deadline-discipline-expiry-meaning = tā gada pēdējā diena, pēc kura sods zaudē spēku, ja jauns sods nav uzlikts
deadline-maternity-event = grūtniecības atvaļinājuma pirmā diena
deadline-maternity-meaning = grūtniecības un dzemdību atvaļinājuma pēdējā diena
deadline-maternity-option-early-care = ārstēšanās sākta līdz divpadsmitajai grūtniecības nedēļai: grūtniecības atvaļinājumam pieskaita 14 dienas
deadline-maternity-option-complications = sarežģītas dzemdības vai divu vai vairāku bērnu piedzimšana: dzemdību atvaļinājumam pieskaita 14 dienas
deadline-dispute-event = diena, kad darbinieks uzzināja (vai viņam bija jāuzzina) par pārkāpumu vai, atlaižot no darba, saņēma darba grāmatiņu
deadline-dispute-meaning = pēdējā diena, kad var vērsties darba strīdu komisijā (atlaišanas gadījumā — tiesā)
deadline-decision-event = darba strīdu komisijas lēmuma pieņemšanas diena
deadline-decision-meaning = pēdējā diena, kad darba devējam jāizpilda lēmums

## termiņi un to soļi

term-label-resignation = darbinieka uzteikums vienu kalendāro mēnesi iepriekš
term-label-notice = darba devēja rakstveida brīdinājums par darba līguma izbeigšanu vienu mēnesi iepriekš
term-label-probation = pārbaudes laiks (ne ilgāks par trim mēnešiem)
term-label-discipline = disciplinārsoda piemērošanas termiņš
term-label-discipline-expiry = gads pēc disciplinārsoda piemērošanas
term-label-dispute = termiņš vērsties ar darba strīdu
term-label-decision = darba strīdu komisijas lēmuma izpildes termiņš
term-label-leave-schedule = { $year }. gada atvaļinājumu grafiks
term-label-roster-publication = iepazīstināt darbiniekus ar maiņu grafiku, kas stājas spēkā šajā datumā
term-label-change-work-quotas = paziņot darbiniekiem par jaunām vai pārskatītām darba normām
term-label-change-remuneration = paziņot darbiniekiem par jauniem vai grozītiem darba samaksas noteikumiem
term-notice-point-5 = atlaišana saskaņā ar s33 5. punktu: pārejošas darbnespējas laiku no termiņa neizslēdz
term-result = { $meaning }: { $date }
term-absence = prombūtne ({ $kind }, prombūtņu faila { $line }. rinda)
non-working-moved = darba devēja pārcelta brīvdiena (pārceltās dienas)
non-working-festive = { $name }, svētku diena (s68)
non-working-sunday = svētdiena, vispārējā brīvdiena (s61)
non-working-saturday = sestdiena, brīvdiena (interpretācija s257.weekly_holiday)

absence-sick = pārejoša darbnespēja
absence-annual-leave = ikgadējais atvaļinājums
absence-maternity = grūtniecības un dzemdību atvaļinājums
absence-childcare = bērna kopšanas atvaļinājums
absence-unpaid = atvaļinājums bez darba samaksas saglabāšanas
absence-study = mācību atvaļinājums
absence-business-trip = komandējums
absence-day-off = brīvdiena
absence-other = cita attaisnota prombūtne

maternity-begins = grūtniecības atvaļinājums sākas { $first }
maternity-early-care = ārstēšanās sākta līdz divpadsmitajai grūtniecības nedēļai: grūtniecības atvaļinājumam pieskaitītas { $days } dienas
maternity-leave = grūtniecības atvaļinājums { $days } { $days ->
    [one] kalendāra diena
   *[other] kalendāra dienas
}: no { $from } līdz { $to }
maternity-complications = sarežģītas dzemdības vai divu vai vairāku bērnu piedzimšana: dzemdību atvaļinājumam pieskaitītas { $days } dienas
maternity-childbirth = dzemdību atvaļinājums { $days } { $days ->
    [one] kalendāra diena
   *[other] kalendāra dienas
}: no { $from } līdz { $to }
maternity-total = kopā { $days } { $days ->
    [one] kalendāra diena
   *[other] kalendāra dienas
}, ko piešķir neatkarīgi no pirms dzemdībām izmantoto atvaļinājuma dienu skaita
maternity-moved = { $end } nav darba diena ({ $reason }): atvaļinājums beidzas nākamajā darba dienā, { $last }
maternity-not-moved = { $end } nav darba diena ({ $reason }); kalendāra dienās noteiktu atvaļinājumu nepārceļ (interpretācija s173.moves_off_holiday)

## darba līguma izbeigšana pēc darba devēja iniciatīvas (`decent termination`)

termination-no-transfer = atlaist no darba uz šā pamata atļauts tikai tad, ja darbinieku ar viņa piekrišanu nav iespējams pārcelt citā darbā; to decent no datiem nevar redzēt
termination-liquidation-s34 = darba devējs tiek pilnīgi likvidēts: aizliegums atlaist darbnespējas vai atvaļinājuma laikā nav piemērojams
termination-disabled = darbinieks { $day } ir pārejoši darbnespējīgs (prombūtņu faila { $line }. rinda, no { $from } līdz { $to }): pārejošas darbnespējas laikā atlaist no darba nav atļauts
termination-disabled-point-5 = darbinieks { $day } ir pārejoši darbnespējīgs, taču atlaišana saskaņā ar s33 5. punktu ir izņēmums
termination-not-disabled = { $day } nav reģistrēta pārejoša darbnespēja
termination-on-leave = darbinieks { $day } ir atvaļinājumā ({ $kind }, prombūtņu faila { $line }. rinda, no { $from } līdz { $to }): atvaļinājuma laikā atlaist no darba nav atļauts
termination-no-leave = { $day } nav reģistrēts atvaļinājums
termination-no-birth-date = s33 1.1 punkts attiecas uz darbiniekiem, kas sasnieguši pensijas vecumu; darbinieka dzimšanas datums nav norādīts
termination-under-retirement-age = darbiniekam { $day } ir { $age } { $age ->
    [one] gads
   *[other] gadi
}, mazāk par pensijas vecumu { $limit } gadi (s34_1.retirement_age)
termination-retirement-age = darbiniekam { $day } ir { $age } { $age ->
    [one] gads
   *[other] gadi
}, viņš ir sasniedzis pensijas vecumu { $limit } gadi; s34.1 ļauj darba devējam izbeigt darba līgumu
termination-no-notice = par darba līguma izbeigšanu darbinieks personīgi rakstveidā jābrīdina ne vēlāk kā vienu mēnesi iepriekš; brīdinājums nav norādīts (--notice-given DATUMS)
termination-notice-after = brīdinājums dots { $given }, pēc darba līguma izbeigšanas dienas { $day }
termination-notice-runs = brīdinājuma termiņš no { $given } ilgst līdz { $end }{ $excluded ->
    [0] {""}
    [one] {" "}({ $excluded } darbnespējas diena nav ieskaitīta)
   *[other] {" "}({ $excluded } darbnespējas dienas nav ieskaitītas)
}: līdz tam darba līgumu izbeigt nedrīkst
termination-notice-ran = brīdinājuma termiņš no { $given } beidzās { $end }, ne vēlāk kā { $day }
termination-notice-not-required = s35 neprasa brīdinājumu, ja pamats ir { $ground }
termination-union-consent = arodbiedrība devusi iepriekšēju piekrišanu
termination-union-liquidation = darba devēja likvidācija: uzskatīta par s36 izņēmumu (šā panta izņēmumu saraksts nav saglabājies; notes.toml)
termination-union-member = darbinieks ir arodbiedrības biedrs: darba devējs nedrīkst izbeigt darba līgumu bez arodbiedrības iepriekšējas piekrišanas (--union-consent)
termination-not-union-member = darbinieks nav reģistrēts kā arodbiedrības biedrs
termination-pregnant = darbiniece šajā dienā ir grūtniece
termination-mother = darbiniecei ir bērns, kas jaunāks par { $age } { $age ->
    [one] gadu
   *[other] gadiem
}
termination-child-s176 = nepilngadīgs bērns līdz 14 gadiem (bērns invalīds līdz 16 gadiem), lasījums s176-ages
termination-child-s178 = bērns, kas jaunāks par s178 noteikto vecumu
termination-single-father = darbinieks ir { $who ->
    [trustee] aizbildnis
   *[father] tēvs, kas viens audzina
} bērnu — { $child }: s176 attiecina uz viņu s178 otro daļu
termination-protected = { $why }; darba devējam aizliegts atlaist no darba grūtnieces un sievietes, kurām ir bērns līdz trim gadiem
termination-protected-liquidation = { $why }, taču atlaišana ir atļauta, ja darba devējs tiek pilnīgi likvidēts
termination-not-protected = nav grūtniece, sievietei nav reģistrēts bērns līdz trim gadiem, nav tēvs, kas viens audzina aizsargātu bērnu, vai tā aizbildnis
termination-official-consent = ievēlēta arodbiedrības amatpersona: dotā piekrišana uzskatīta par arodbiedrības augstākās institūcijas piekrišanu
termination-official = darbinieks ir ievēlēta arodbiedrības amatpersona: atlaišanai vajadzīga arodbiedrības augstākās institūcijas iepriekšēja piekrišana (--union-consent)
termination-not-official = darbinieks nav reģistrēts kā ievēlēta arodbiedrības amatpersona
termination-severance = atlaišanas pabalsts ne mazāks par { $months ->
    [1] viena mēneša
    [6] sešu mēnešu
   *[other] { $months } mēnešu
} vidējo izpeļņu vai darba koplīgumā vai darba līgumā noteiktajā apmērā
termination-severance-s30-8 = atlaišanas pabalsts ne mazāks par { $months ->
    [1] viena mēneša
    [6] sešu mēnešu
   *[other] { $months } mēnešu
} vidējo izpeļņu (s30 8. punkts)

## darba līguma izbeigšanas pamati (`--ground`; punkts nosaukumā atslēgā ir `_`)

termination-ground-s33-1 = s33 1. punkts (brīdinājums pēc s35, atlaišanas pabalsts pēc s37; s35 runā par darbinieku skaita samazināšanu)
termination-ground-s33-1_1 = s33 1.1 punkts: darbinieks, kas sasniedzis pensijas vecumu (s34.1)
termination-ground-s33-1_2 = s33 1.2 punkts (brīdinājums pēc s35, atlaišanas pabalsts pēc s37; tikai tad, ja pārcelšana citā darbā nav iespējama)
termination-ground-s33-2 = s33 2. punkts (brīdinājums pēc s35, atlaišanas pabalsts pēc s37; tikai tad, ja pārcelšana citā darbā nav iespējama)
termination-ground-s33-5 = s33 5. punkts (brīdinājums pēc s35; s34 to atļauj arī pārejošas darbnespējas laikā)
termination-ground-s33-6 = s33 6. punkts (brīdinājums pēc s35, atlaišanas pabalsts pēc s37; tikai tad, ja pārcelšana citā darbā nav iespējama)
termination-ground-s33-other = cits s33 punkts, uz kuru s34–s37 neatsaucas (bez brīdinājuma pēc s35 un bez atlaišanas pabalsta pēc s37)
termination-ground-s30-3 = s30 3. punkts (atlaišanas pabalsts pēc s37 viena mēneša apmērā; bez brīdinājuma pēc s35)
termination-ground-s30-6 = s30 6. punkts (atlaišanas pabalsts pēc s37 viena mēneša apmērā; bez brīdinājuma pēc s35)
termination-ground-s30-8 = s30 8. punkts: darba līgums neatbilst darba aizsardzības prasībām (s37: seši mēneši)
termination-ground-liquidation = darba devēja pilnīga likvidācija (s34, s178)

# The words of a termination verdict that cite this law's own sections (the command line shows them).
termination-severance-amount = Vismaz { $months } mēn. × { $monthly } = { $total }, izmaksājams { $day } (s102), ieturējumi nav pieļaujami (s125).
termination-no-severance = Atlaišanas pabalsts: s37 nenosaka pabalstu, ja pamats ir { $ground }.
termination-notice-term = Brīdinājuma termiņš (s35):

## termiņu kļūdas
term-error-unknown-kind = nezināms termiņa veids { $kind }: gaidīts viens no { $kinds }
term-error-unknown-option = nezināma opcija { $option } termiņam { $kind }: { $valid }
term-options-none = tam opciju nav
term-options-expected = gaidīta viena no { $list }
term-error-unknown-ground = nezināms pamats { $ground }: gaidīts viens no { $grounds }
term-error-outside-calendar = { $day } ir ārpus gadiem, ko aptver svētku dienu kalendārs ({ $first }–{ $last })
