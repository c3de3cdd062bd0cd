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

## Darba laiks (131.–138. pants): src/rules/working_time/.

normal-working-time-day = Dienā { $day } normālais darba laiks ir { $hours }, kas pārsniedz 131. pantā pieļautās { $limit } dienā pat ar 131. panta otrās daļas pagarinājumu par vienu stundu: saīsiniet dienu par { $excess } vai noformējiet papildu laiku kā virsstundu darbu ar darbinieka rakstveida piekrišanu (136. pants)
normal-working-time-unoffset = Dienā { $day } normālais darba laiks ir { $hours }, kas pārsniedz normālo dienas darba laiku { $limit }, un tajā nedēļā nav atlikusi īsāka darba diena, ar ko pagarinājumu līdzsvarot (131. panta otrā daļa: katrai pagarinātajai dienai viena īsāka diena, s131.offset_pairing): saīsiniet šo vai citu nedēļas darba dienu par { $excess } vai noformējiet papildu laiku kā virsstundu darbu ar rakstveida piekrišanu (136. pants)
normal-working-time-week = Nedēļā no { $week } normālais darba laiks ir { $hours }, kas pārsniedz 131. pantā pieļautās { $limit } nedēļā par { $excess }: pārplānojiet darbu vai noformējiet stundas virs normas kā virsstundu darbu ar rakstveida piekrišanu (136. pants)
minors-working-time-day = Dienā { $day } darba laiks ir { $hours }, bet { $who ->
        [child-school] bērnu mācību gada laikā nedrīkst nodarbināt ilgāk par { $limit } dienā (132. panta otrās daļas 1. punkts)
        [child-holiday] bērnu brīvlaikā nedrīkst nodarbināt ilgāk par { $limit } dienā (132. panta otrās daļas 2. punkts)
        [child-15-holiday] bērnu, kurš sasniedzis 15 gadu vecumu, brīvlaikā nedrīkst nodarbināt ilgāk par { $limit } dienā (132. panta otrās daļas 2. punkts)
       *[adolescent] pusaudzi nedrīkst nodarbināt ilgāk par { $limit } dienā (132. panta trešā daļa)
    }: saīsiniet dienu
minors-working-time-week = Nedēļā no { $week } darba laiks ir { $hours }, bet { $who ->
        [child-school] bērnu mācību gada laikā nedrīkst nodarbināt vairāk par { $limit } nedēļā (132. panta otrās daļas 1. punkts)
        [child-holiday] bērnu brīvlaikā nedrīkst nodarbināt vairāk par { $limit } nedēļā (132. panta otrās daļas 2. punkts)
        [child-15-holiday] bērnu, kurš sasniedzis 15 gadu vecumu, brīvlaikā nedrīkst nodarbināt vairāk par { $limit } nedēļā (132. panta otrās daļas 2. punkts)
       *[adolescent] pusaudzi nedrīkst nodarbināt vairāk par { $limit } nedēļā (132. panta trešā daļa)
    }: pārplānojiet nedēļu
minors-working-time-days = Nedēļā no { $week } personai, kas jaunāka par 18 gadiem, darbs ir { $days } dienās, lai gan tai noteikta piecu dienu darba nedēļa (132. panta pirmā daļa): piešķiriet sesto dienu brīvu
working-week-six-day = Dienā { $day } normālais darba laiks ir { $hours }, bet sešu dienu darba nedēļā dienas darba laiks nedrīkst pārsniegt { $limit } (133. panta otrā daļa): saīsiniet dienu par { $excess } vai noformējiet papildu laiku kā virsstundu darbu ar rakstveida piekrišanu (136. pants)
working-week-five-day = Nedēļā no { $week } parastais darbs ir { $days } dienās, lai gan darbiniekam noteikta piecu dienu darba nedēļa (133. panta pirmā daļa): piešķiriet brīvdienu vai nosakiet sešu dienu darba nedēļu tikai tad, ja to prasa darba raksturs, pēc konsultēšanās ar darbinieku pārstāvjiem
part-time-on-request = Nedēļā no { $week } normālais darba laiks ir { $hours } — pilna nedēļa ({ $limit }), lai gan darbinieks pieprasījis nepilnu darba laiku un ir viens no tiem, kam darba devējs to nosaka pēc 134. panta otrās daļas: nosakiet nepilnu darba laiku, īsāku par normālo dienas vai nedēļas darba laiku
holiday-eve = Dienā { $day } normālais darba laiks ir { $hours }, bet tā ir diena pirms svētku dienas „{ $name }“ ({ $holiday }), kuras darba dienas ilgumu 135. pants saīsina par vienu stundu, līdz ne vairāk kā { $limit }: saīsiniet dienu par { $excess } vai noformējiet papildu laiku kā virsstundu darbu ar rakstveida piekrišanu (136. pants)
overtime-consent = Virsstundu darbs { $hours } apmērā no { $from } līdz { $to } bez reģistrētas rakstveida vienošanās par virsstundu darbu (136. panta otrā daļa): vienojieties par virsstundu darbu rakstveidā un reģistrējiet to failā employees.csv (overtime_consent), ja vien nav piemērojams kāds no 136. panta trešās daļas izņēmuma gadījumiem
overtime-limit-total = Virsstundu darbs { $hours } apmērā pārskata periodā no { $from } līdz { $to } pārsniedz toreiz 136. panta piektajā daļā pieļautās { $limit } par { $excess }: līdz perioda beigām vairs nenosakiet šim darbiniekam virsstundu darbu
overtime-limit-average = Virsstundu darbs { $hours } apmērā pārskata periodā no { $from } līdz { $to } pārsniedz 136. panta piektajā daļā pieļautās vidēji astoņas stundas septiņu dienu periodā ({ $limit } periodā) par { $excess }: līdz perioda beigām vairs nenosakiet šim darbiniekam virsstundu darbu vai plānojiet darbu tā, lai tas iekļautos normālajā darba laikā
overtime-minors = Virsstundu darbs { $hours } apmērā no { $from } līdz { $to } darbiniekam, kuram ir { $age } gadi: 136. panta sestā daļa aizliedz nodarbināt virsstundu darbā personas, kas ir jaunākas par 18 gadiem, neatkarīgi no piekrišanas — nododiet darbu pilngadīgam darbiniekam
overtime-protected = Virsstundu darbs { $hours } apmērā no { $from } līdz { $to } { $why ->
        [pregnant] grūtniecei
        [postnatal] sievietei pēcdzemdību periodā līdz vienam gadam
       *[breastfeeding] sievietei, kas baro ar krūti bērnu līdz divu gadu vecumam
    } bez reģistrētas rakstveida piekrišanas: 136. panta septītā daļa to pieļauj tikai ar viņas rakstveida piekrišanu, bez izņēmumiem — saņemiet to vai nododiet darbu citam
night-worker-day = Dienā { $day } normālais darba laiks ir { $hours }, bet nakts darbiniekam ({ $whence ->
        [marked] atzīme night_worker
       *[days] nakts darbs vismaz { $days } dienās kalendāra gadā, 138. panta otrā daļa
    }) 138. panta trešā daļa normālo dienas darba laiku saīsina par vienu stundu, līdz { $limit }: saīsiniet dienu par { $excess }
night-worker-day-special-risk = Diennakts periodā no { $from }, kurā nakts darbinieks īpaša riska darbā ({ $whence ->
        [marked] atzīme night_worker
       *[days] nakts darbs vismaz { $days } dienās kalendāra gadā, 138. panta otrā daļa
    }) veicis nakts darbu, nostrādātas { $hours }: 138. panta trešā daļa pieļauj ne vairāk kā { $limit } — saīsiniet darbu par { $excess }
night-minors = Maiņā no { $from } līdz { $to } nakts laikā nostrādātas { $hours }, bet { $who ->
        [child] tas ir bērns (bērniem nakts laiks ir no pulksten 20 līdz 6, 138. panta pirmā daļa)
       *[adolescent] tā ir persona, kas jaunāka par 18 gadiem
    }: 138. panta sestā daļa aizliedz nodarbināt nakts laikā personas, kuras ir jaunākas par 18 gadiem — beidziet maiņu pirms nakts laika vai nododiet to pilngadīgam darbiniekam
night-parent-consent = Maiņā no { $from } līdz { $to } nakts laikā nostrādātas { $hours } darbiniekam, kuram ir bērns līdz triju gadu vecumam, bez reģistrētas piekrišanas nakts darbam (138. panta septītā daļa): saņemiet darbinieka piekrišanu (night_consent) vai nododiet maiņu citam
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
