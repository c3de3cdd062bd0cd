# Vārdi, ko lieto visas decent daļas (latviski).
and-more = un vēl { $count }
severity-violation = pārkāpums
severity-warning = brīdinājums
severity-info = informācija
# Mēnesis lokatīvā (1995. gada martā).
month-in-1 = janvārī
month-in-2 = februārī
month-in-3 = martā
month-in-4 = aprīlī
month-in-5 = maijā
month-in-6 = jūnijā
month-in-7 = jūlijā
month-in-8 = augustā
month-in-9 = septembrī
month-in-10 = oktobrī
month-in-11 = novembrī
month-in-12 = decembrī
# Kurš parametra virziens ir labvēlīgāks darbiniekam un kas to var grozīt.
param-direction = darbiniekam labvēlīgāka: { $favours }; grozīt var: { $by }
param-direction-order = darbiniekam labvēlīgāka: { $order } (labvēlīgākā pirmā); grozīt var: { $by }
param-favours-none = nav virziena
param-favours-higher = lielāka vērtība
param-favours-lower = mazāka vērtība
param-favours-true = ieslēgts
param-favours-false = izslēgts
param-changers-agreement-contract = koplīgums vai darba līgums
param-changers-agreement = tikai koplīgums
param-changers-contract = tikai darba līgums
param-changers-nobody = neviens
# Parametru kļūdas (decent-core ParamError).
param-error-unknown = nezināms parametrs { $name } (sarakstu rāda `decent rules`)
param-error-bad = { $text }
param-error-missing = parametram { $name } ({ $section }) nav vērtības dienā { $day }: likums to nenosaka; norādiet to ar --set { $name }=VĒRTĪBA
