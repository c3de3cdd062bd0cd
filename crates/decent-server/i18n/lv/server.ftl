# `decent serve` lapu vārdi (latviski). Katrai atslēgai ir angliskā versija ../en/server.ftl.

nav-dashboard = Pārskats
nav-laws = Likums
nav-tokens = API pilnvaras
nav-audit = Audita žurnāls
nav-logout = Iziet
footer = decent — darba tiesības kā kods pienācīgam darbam pašvaldību sociālajos dienestos. Konstatējumi atsaucas uz likumu; izšķir likuma teksts.

role-admin = administrators
role-hr = darba devēja personāla daļa
role-union = arodbiedrības pārstāvis
role-employee = darbinieks
role-inspector = darba inspektors

error-title = Radās kļūda
error-home = Atpakaļ uz sākumu
error-unauthorized = Lūdzu, pieslēdzieties.
error-not-found = Šādas lapas nav, vai jums to nav tiesību redzēt.
error-forbidden = Jūsu loma to neatļauj.
error-csrf = Veidlapa bija novecojusi vai nav nākusi no šīs vietnes. Atgriezieties, pārlādējiet lapu un mēģiniet vēlreiz.
error-too-many-attempts = Pārāk daudz neveiksmīgu pieslēgšanās mēģinājumu. Pagaidiet dažas minūtes un mēģiniet vēlreiz.
error-bad-request = Pieprasījums netika saprasts.
error-bad-input = Ievaddati netika pieņemti.
error-too-large = Augšupielāde ir lielāka, nekā šis serveris pieņem.
error-internal = Radās iekšēja kļūda; tā ir reģistrēta žurnālā.
error-method-not-allowed = Šī adrese nepieņem šāda veida pieprasījumu.

login-title = Pieslēgties
login-intro = Darba devēja personāla daļa, arodbiedrības pārstāvji, darbinieki un darba inspektori šeit redz vienus un tos pašus konstatējumus — katrs tik, cik atļauj viņa loma.
login-name = Konta nosaukums
login-password = Parole
login-submit = Pieslēgties
login-public = Likumu un tā noteikumus var lasīt bez konta.
login-wrong = Nepareizs konta nosaukums vai parole.

dashboard-title = Darba devēji
dashboard-none = Jūsu konts vēl neredz nevienu darba devēju.
dashboard-no-data = Dati vēl nav augšupielādēti.

col-employer = Darba devējs
col-law = Likums
col-uploaded = Augšupielādēts
col-employees = Darbinieki
col-shifts = Maiņas
col-violations = Pārkāpumi
col-warnings = Brīdinājumi
col-info = Piezīmes
col-section = Pants
col-rule = Noteikums
col-severity = Nozīmīgums
col-employee = Darbinieks
col-from = No
col-to = Līdz
col-message = Konstatējums

employer-all-findings = Visi konstatējumi
employer-by-rule = Konstatējumi pa noteikumiem
employer-no-findings = Konstatējumu nav.
employees-title = Darbinieki
report-title = Drukājams pārskats
report-print = Drukāt

filter-from = No
filter-to = līdz
filter-all = visi
filter-apply = Rādīt

findings-title = Konstatējumi
findings-count = { $count ->
    [one] { $count } konstatējums
   *[other] { $count } konstatējumi
}
page-prev = iepriekšējā
page-next = nākamā

fact-sex = Dzimums
fact-weekly-norm = Nedēļas norma
fact-hired-on = Pieņemts darbā
fact-children = Bērnu dzimšanas datumi
fact-disabled-children = Bērnu ar invaliditāti dzimšanas datumi
fact-pregnancies = Grūtniecība
fact-sick-leave = Darbnespēja
fact-sensitive = sensitīvi dati
employee-no-sensitive = Sensitīvus personas datus (grūtniecība, bērni, darbnespēja) redz tikai darba devēja personāla daļa un pats darbinieks.
employee-calendar = Mēnesis
employee-bad-month = mēnesis: gaidīts GGGG-MM no 1990. līdz 2100. gadam, atrasts { $value }
calendar-findings = { $count ->
    [one] { $count } konstatējums
   *[other] { $count } konstatējumi
}
wd-mon = P
wd-tue = O
wd-wed = T
wd-thu = C
wd-fri = Pk
wd-sat = S
wd-sun = Sv

day-absence-hidden = prombūtnē
day-absence-sick = darbnespēja
day-absence-annual-leave = ikgadējais atvaļinājums
day-absence-maternity = grūtniecības un dzemdību atvaļinājums
day-absence-childcare = bērna kopšanas atvaļinājums
day-absence-unpaid = bezalgas atvaļinājums
day-absence-study = mācību atvaļinājums
day-absence-business-trip = komandējums
day-absence-day-off = brīvdiena
day-absence-other = prombūtne

upload-title = Augšupielādēt datus
upload-intro = Maiņas, darbinieki un prombūtnes CSV formātā, kā aprakstīts README. Faili tiek pārbaudīti pēc { $law } pirms saglabāšanas: ja kaut viena rinda ir kļūdaina, nekas netiek saglabāts.
upload-refused = Nekas netika saglabāts:
upload-shifts = Maiņas (obligāti)
upload-employees = Darbinieki
upload-absences = Prombūtnes
upload-limits = Ne vairāk kā { $rows } rindu vienā failā.
upload-max-size = Kopā ne vairāk kā { $mb } MB.
upload-submit = Pārbaudīt un saglabāt
upload-history = Augšupielādes
upload-by = Kas
upload-absence-rows = Prombūtnes
upload-no-shifts = Maiņu fails ir obligāts.
upload-too-many-rows = ne vairāk kā { $max } rindas
upload-outside-calendar = maiņa gados, ko aptver { $law } svētku dienu kalendārs (maiņa, kas sākas { $start })

laws-title = Likums
laws-intro = Likumi, ko decent satur, katrs ar saviem pantiem, parametriem un noteikumiem. Atveriet noteikumu, lai redzētu likuma tekstu, tā parametrus un piemēru.
laws-col-title = Nosaukums
laws-col-consolidated = Konsolidēts līdz
laws-col-text = Teksts
laws-col-rules = Noteikumi

rule-statute = Likuma teksts
rule-statute-language = Likuma teksts: { $status }
rule-translation = Tulkojums
rule-what = Ko pārbauda
rule-example = Piemērs
rule-params = Parametri un interpretācijas
rule-no-params = Šim noteikumam nav parametru.
rule-interpretation = interpretācija
rule-rationale = Kāpēc šāds lasījums
rule-choices = Izvēles
rule-value-from = Spēkā no
rule-value = Vērtība
rule-source = Avots

tokens-title = API pilnvaras
tokens-intro = Pilnvara ļauj programmai izmantot JSON API (/api/v1) jūsu konta vārdā: sūtiet to kā "Authorization: Bearer PILNVARA". Tā tiek parādīta vienu reizi; glabājiet to kā paroli un atsauciet, kad tā vairs nav vajadzīga.
tokens-created = Jūsu jaunā pilnvara (tā vairs netiks parādīta):
tokens-name = Nosaukums
tokens-create = Izveidot pilnvaru
tokens-created-at = Izveidota
tokens-revoked-at = Atsaukta
tokens-revoke = Atsaukt
tokens-name-needed = Pilnvarai vajadzīgs nosaukums.

audit-title = Audita žurnāls
audit-at = Kad
audit-who = Kas
audit-action = Darbība
audit-subject = Attiecībā uz
