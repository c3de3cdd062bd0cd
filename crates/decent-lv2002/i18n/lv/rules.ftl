# lv-2002 paketes noteikumu ziņojumi latviešu valodā (tās pašas atslēgas kā i18n/en/rules.ftl).

## Svētku dienas pēc nosaukuma (law/holidays.toml; atslēga ir data::holiday_key_of no nosaukuma).

holiday-unnamed = svētku diena
holiday-new-years-day = Jaungada diena
holiday-good-friday = Lielā Piektdiena
holiday-easter-sunday = Pirmās Lieldienas
holiday-easter-monday = Otrās Lieldienas
holiday-labour-day = Darba svētki, Latvijas Republikas Satversmes sapulces sasaukšanas diena
holiday-restoration-of-independence-day = Latvijas Republikas Neatkarības atjaunošanas diena
holiday-mothers-day = Mātes diena
holiday-whit-sunday = Vasarsvētki
holiday-midsummer-eve = Līgo diena
holiday-midsummer-day = Jāņu diena
holiday-song-and-dance-festival-closing-day = Vispārējo latviešu Dziesmu un deju svētku noslēguma diena
holiday-day-of-the-pastoral-visit-of-pope-francis = Viņa Svētības pāvesta Franciska pastorālās vizītes Latvijā diena
holiday-day-of-the-hockey-teams-bronze-medal = Diena, kad Latvijas hokeja komanda ieguva bronzas medaļu 2023. gada Pasaules hokeja čempionātā
holiday-proclamation-day-of-the-republic-of-latvia = Latvijas Republikas Proklamēšanas diena
holiday-christmas-eve = Ziemassvētku vakars
holiday-christmas-day = Pirmie Ziemassvētki
holiday-second-day-of-christmas = Otrie Ziemassvētki
holiday-new-years-eve = Vecgada diena

## Atpūta (139.–146. pants)

daily-rest = No { $from } līdz { $to } garākā atpūta ir { $longest }: 142. panta pirmā daļa prasa, lai diennakts atpūta katrā 24 stundu periodā būtu vismaz { $limit } pēc kārtas. Pārkārtojiet maiņas tā, lai pēc katras darba dienas būtu { $limit } atpūtas pēc kārtas
daily-rest-child = No { $from } līdz { $to } garākā atpūta ir { $longest }: 142. panta otrā daļa prasa, lai bērna diennakts atpūta katrā 24 stundu periodā būtu vismaz { $limit } pēc kārtas. Saīsiniet bērna darba dienu vai pārceliet maiņas tālāk vienu no otras
weekly-rest = No { $from } līdz { $to } ({ $days } d. { $and }) nav { $limit } atpūtas pēc kārtas (garākā ir { $longest }): 143. panta pirmā daļa prasa, lai nedēļas atpūta katrā septiņu dienu periodā būtu vismaz { $limit } pēc kārtas, tāpēc nedrīkst paiet septiņas dienas bez tās. Piešķiriet darbiniekam šajā posmā { $limit } atpūtas pēc kārtas
weekly-rest-calendar-week = Nedēļā no { $week } garākā atpūta ir { $longest }: 143. panta pirmā daļa prasa nedēļas atpūtu vismaz { $limit } pēc kārtas. Pārkārtojiet nedēļas maiņas tā, lai tajā būtu { $limit } atpūtas pēc kārtas
weekly-rest-call-in = No { $from } līdz { $to } ({ $days } d. { $and }) virsstundu darbs neatstāj { $limit } atpūtas pēc kārtas (garākā ir { $longest }): tas ir likumīgi tikai tad, ja darbinieks ar darba devēja rakstveida rīkojumu iesaistīts darbā nedēļas atpūtas laikā kādā no 143. panta ceturtajā daļā minētajiem gadījumiem un saņem līdzvērtīgu kompensējošo atpūtu. Glabājiet rīkojumu un piešķiriet atpūtu
weekly-rest-call-in-fourteen = No { $from } līdz { $to } ({ $days } d. { $and }) virsstundu darbs neatstāj { $limit } atpūtas pēc kārtas (garākā ir { $longest }), un kādās 14 dienās ap šo posmu ir mazāk nekā divi šādi atpūtas periodi: 143. panta ceturtā daļa ļauj iesaistīt darbā nedēļas atpūtas laikā, tikai nodrošinot ne mazāk kā divus nedēļas atpūtas periodus jebkurā 14 dienu laikā. Piešķiriet darbiniekam šajās divās nedēļās { $limit } atpūtas pēc kārtas
weekly-rest-call-in-protected = No { $from } līdz { $to } ({ $days } d. { $and }) virsstundu darbs neatstāj { $limit } atpūtas pēc kārtas (garākā ir { $longest }): 143. panta piektā daļa aizliedz nedēļas atpūtas laikā iesaistīt darbā personas, kuras jaunākas par 18 gadiem, grūtnieces, sievietes pēcdzemdību periodā līdz vienam gadam un sievietes, kas baro bērnu ar krūti. Neiesaistiet šo darbinieku
two-shifts-in-a-row = Maiņa, kas sākas { $start }, seko maiņai { $prev_start }–{ $prev_end } tikai pēc { $rest } atpūtas: 139. panta otrā daļa aizliedz norīkot darbinieku divās maiņās pēc kārtas. Nododiet otro maiņu citam darbiniekam vai starp maiņām nodrošiniet diennakts atpūtu
two-shifts-in-a-row-no-rest = Maiņa, kas sākas { $start }, seko maiņai { $prev_start }–{ $prev_end } bez jebkādas atpūtas: 139. panta otrā daļa aizliedz norīkot darbinieku divās maiņās pēc kārtas. Nododiet otro maiņu citam darbiniekam vai starp maiņām nodrošiniet diennakts atpūtu
shift-schedule-notice = Maiņu grafiks ({ $shifts ->
        [zero] { $shifts } maiņu
        [one] { $shifts } maiņa
       *[other] { $shifts } maiņas
    }), kas sākas { $first }, darbiniekam darīts zināms { $published }, { $days ->
        [one] { $days } dienu
       *[other] { $days } dienas
    } pirms tā stāšanās spēkā: 139. panta piektā daļa prasa iepazīstināt darbiniekus ar maiņu grafikiem ne vēlāk kā vienu mēnesi pirms to stāšanās spēkā, t. i., līdz { $deadline }. Dariet grafikus zināmus mēnesi iepriekš
public-holiday-work = { $day } ({ $name }), kas ir svētku diena, nostrādātas { $hours }: 144. panta pirmā daļa nosaka, ka darbinieki netiek nodarbināti likumā noteiktajās svētku dienās; otrā daļa to atļauj tikai tad, ja nepieciešams nodrošināt nepārtrauktu darba gaitu, piešķirot atpūtu citā nedēļas dienā vai izmaksājot atbilstošu atlīdzību (68. pants). Saglabājiet pamatojumu un piešķiriet atpūtu vai samaksu
work-break-missing = Maiņā, kas sākas { $start }, ir { $measured } darba laika un nav reģistrēta pārtraukuma: 145. panta pirmā daļa dod tiesības uz pārtraukumu darbā, ja dienas darba laiks ir ilgāks par { $limit }, un piektā daļa nosaka, ka pārtraukumu atpūtai piešķir jebkurā gadījumā. Reģistrējiet pārtraukumu vai atzīmējiet, ka tas ieskaitīts darba laikā (145. panta trešā daļa)
work-break-short = Pārtraukums maiņā, kas sākas { $start }, ilgst { $measured } min: 145. panta otrā daļa nosaka, ka pārtraukums nedrīkst būt īsāks par { $limit } min. Pagariniet pārtraukumu
work-break-late = Pārtraukums maiņā, kas sākas { $start }, sākas { $measured } pēc darba sākuma: 145. panta otrā daļa nosaka, ka pārtraukumu piešķir ne vēlāk kā pēc { $limit } no darba sākuma. Paredziet pārtraukumu agrāk
feeding-breaks = Maiņā, kas sākas { $start }, piešķirtas { $given } min bērna barošanas pārtraukumu; 146. panta otrā daļa prasa { $breaks ->
        [one] { $breaks } pārtraukumu
       *[other] { $breaks } pārtraukumus
    } pa vismaz { $each } min, kopā { $owed } min, ne retāk kā pēc katrām trim stundām, ja darbinieks par to nepieciešamību paziņojis darba devējam (146. panta pirmā daļa). Piešķiriet pārtraukumus un reģistrējiet tos kolonnā feeding_minutes
summarised-time-cap-in-a-row = No { $from } līdz { $to } darbinieks strādā { $measured } pēc kārtas: summētā darba laika ietvaros 140. panta ceturtā daļa jebkurā gadījumā aizliedz nodarbināt darbinieku ilgāk par { $limit } pēc kārtas, un atpūtas laiku piešķir nekavējoties pēc darba veikšanas. Sadaliet šo posmu starp darbiniekiem
summarised-time-cap-week = Nedēļā no { $week } darbinieks strādā { $measured }: summētā darba laika ietvaros 140. panta ceturtā daļa jebkurā gadījumā aizliedz nodarbināt ilgāk par { $limit } nedēļā. Pārceliet stundas uz citu nedēļu vai citam darbiniekam
summarised-time-cap-seven-days = No { $from } līdz { $to } darbinieks septiņās dienās strādā līdz { $measured }: summētā darba laika ietvaros 140. panta ceturtā daļa jebkurā gadījumā aizliedz nodarbināt ilgāk par { $limit } nedēļā. Pārceliet stundas uz citu nedēļu vai citam darbiniekam
summarised-average-rest-daily = Pārskata periodā no { $first } līdz { $last } diennakts atpūta ir vidēji { $average } diennaktī: summētā darba laika gadījumā 140. panta sestā daļa prasa vidēji vismaz { $limit }. Piešķiriet vairāk atpūtas šajā periodā
summarised-average-rest-weekly = Pārskata periodā no { $first } līdz { $last } katras pilnās nedēļas garākā atpūta ir vidēji { $average }: summētā darba laika gadījumā 140. panta sestā daļa prasa, lai nedēļas atpūtas laiks, ieskaitot diennakts atpūtas laiku, būtu vidēji vismaz { $limit } nedēļā. Piešķiriet garāku atpūtu šajā periodā
