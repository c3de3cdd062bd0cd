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
