# Komandrindas pašas vārdi (latviski): virsraksti, kopsavilkuma rindas, nosaukumi.
error = kļūda: { $text }
input-warning = brīdinājums: { $text }

check-col-severity = smagums
check-col-section = pants
check-col-rule = noteikums
check-col-employee = darbinieks
check-col-from = no
check-col-message = ziņojums
check-col-violations = pārkāpumi
check-col-warnings = brīdinājumi
check-col-info = informācija
check-totals = darbinieki: { $employees }, maiņas: { $shifts }; pārkāpumi: { $violations }, brīdinājumi: { $warnings }, informācija: { $info }
check-not-checked = nav pārbaudīts: { $rule } ({ $section }): shifts.csv nav kolonnas { $column }
check-no-column = shifts.csv nav kolonnas { $column }
check-bad-map = --map gaida OLD=NEW, atrasts { $value }
check-note = piezīme: { $text }

laws-default = (noklusētais)
laws-jurisdiction = jurisdikcija
laws-in-force = spēkā
laws-in-force-range = no { $from } līdz { $to }
laws-in-force-from = no { $from }
laws-consolidated = teksts konsolidēts līdz
laws-text = teksts
laws-contents = saturs
laws-contents-value = panti: { $sections }, noteikumi: { $rules }, parametri: { $params }
laws-hash = jaucējkods
laws-sources = avoti:
laws-used-for = izmantots: { $text }
laws-columns = kolonnas, ko šis likums lasa papildus kopējām:
laws-type-flag = jā/nē
laws-type-minutes = minūtes
laws-type-choice = viens no

rules-col-rule = noteikums
rules-col-section = pants
rules-col-title = nosaukums
rules-parameters = Parametri un interpretācijas:
rules-no-value = (nav vērtības: to norāda lietotājs)
rules-value-from = { $value } no { $day }
rules-interpretations = Interpretācijas:
rules-parameters-only = Parametri:
rules-override = Jebkuru no tiem var mainīt ar --set NOSAUKUMS=VĒRTĪBA. `decent explain NOTEIKUMS` parāda vienu noteikumu pilnībā.
rules-quotes-language = Likuma citāti ir tajā valodā, kurā pakete glabā likuma tekstu ({ $status }).
explain-kind-parameter = parametrs
explain-kind-interpretation = interpretācija
explain-enforces = Nodrošina: “{ $quote }”
explain-example = Piemērs: { $text }
explain-why = pamatojums: { $text }
explain-choices = izvēles: { $text }
explain-statute = Likuma teksts:
explain-statute-language = (likuma teksts tādā valodā, kādā to satur pakete: { $status })
explain-section = { $number }. pants. { $title }
explain-note = Piezīme: { $text }
explain-translation = Neoficiāls darba tulkojums (nav likums; likums ir augstāk dotais teksts): { $title }

deadline-col-date = datums
deadline-col-section = pants
deadline-col-step = solis

termination-head = Darba līguma izbeigšana ar { $employee } { $date } ({ $ground }): { $verdict }
termination-lawful = likumīga
termination-refused = nav atļauta ({ $sections })
termination-col-section = pants
termination-col-status = rezultāts
termination-col-check = pārbaude
termination-status-pass = atļauts
termination-status-refused = aizliegts
termination-status-note = piezīme
termination-severance-head = Atlaišanas pabalsts ({ $section }): { $text }.

pay-col-section = pants
pay-col-quantity = daudzums
pay-col-rate = likme
pay-col-multiplier = koeficients
pay-col-amount = summa
pay-col-component = sastāvdaļa
pay-unit-h = h
pay-unit-days = d.
pay-unit-month = mēn.
pay-unit-months = mēn.
pay-payslip-head = { $employee }: kopā { $total }
pay-minimum-line = minimālā darba samaksa ({ $section }): { $note }
pay-note-line = piezīme: { $note }
pay-skipped = { $employee }: algas aprēķina nav (darbinieku failā nav hourly_rate vai monthly_salary)
pay-count = { $month }: { $count } { $count ->
    [one] algas aprēķins
   *[other] algas aprēķini
}
pay-how-derived = kā aprēķināta katra rinda:
pay-parameters = parametri: { $names }
pay-from-to = no { $from } līdz { $to }
pay-row-employee = darbinieks
pay-row-on = datums
pay-row-months = mēneši
pay-row-monthly = mēnesī (s103)
pay-row-daily-leave = dienā, atvaļinājumam
pay-row-daily-other = dienā, citos gadījumos
pay-row-how = aprēķins
pay-row-leave = atvaļinājums
pay-row-work-days = kalendāra darba dienas
pay-row-festive-excluded = neieskaitītās svētku dienas (s72)
pay-row-total = kopā
pay-row-pay-by = izmaksāt līdz (s101)
pay-row-ground = pamats
pay-row-severance-months = vidējās izpeļņas mēneši (s37)
pay-row-average-monthly = vidējā izpeļņa mēnesī (s103)
pay-row-pay-on = izmaksāt (s102)
pay-row-deductions = ieturējumi
pay-no-deductions = nav pieļaujami (s125)
pay-row-amount = izmaksa
pay-row-deductions-asked = ieturējumi
pay-row-cap = robeža
pay-no-cap = nav
pay-row-excess = pārsniegums
pay-row-lawful = likumīgi
pay-yes = jā
pay-no = nē
pay-row-why = pamatojums

deadline-unknown-kind = nezināms termiņa veids { $kind }: gaidīts viens no { $kinds }
deadline-absences-need-employee = --absences vajadzīgs --employee ID: kura darbinieka prombūtnes pagarina termiņu?
deadline-no-employee = darbinieka { $employee } nav darbinieku failā
termination-unknown-ground = nezināms pamats { $ground }: gaidīts viens no { $grounds }
termination-no-employee = darbinieka { $employee } nav failā { $file }
pay-needs-inputs = decent pay vajadzīgi --shifts, --employees un --month (vai kalkulators)
pay-explain-no-employee = --explain { $employee }: failā { $file } šāda darbinieka nav
pay-no-earnings = { $file }: nav izpeļņas rindu darbiniekam { $employee }
pay-to-before-from = --to nedrīkst būt pirms --from
# Kur radās pakas kļūda ($error ir tās vārdi).
pay-error-in-file = { $file }: { $error }
pay-error-earnings-of = { $file }: darbinieks { $employee }: { $error }
pay-error-leave-of = darbinieka { $employee } atvaļinājums: { $error }
pay-error-severance-of = darbinieka { $employee } atlaišanas pabalsts: { $error }
