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
