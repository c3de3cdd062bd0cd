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
