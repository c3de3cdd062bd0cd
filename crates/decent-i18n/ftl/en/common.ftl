# Words every part of decent shares (English).
and-more = and { $count } more
severity-violation = violation
severity-warning = warning
severity-info = info
# A month as it reads after "in" (in March 1995).
month-in-1 = January
month-in-2 = February
month-in-3 = March
month-in-4 = April
month-in-5 = May
month-in-6 = June
month-in-7 = July
month-in-8 = August
month-in-9 = September
month-in-10 = October
month-in-11 = November
month-in-12 = December
# Which direction of a parameter favours the employee, and who may change it.
param-direction = favours the employee: { $favours }; may be changed by: { $by }
param-direction-order = favours the employee: { $order } (most favourable first); may be changed by: { $by }
param-favours-none = no direction
param-favours-higher = a higher value
param-favours-lower = a lower value
param-favours-true = on
param-favours-false = off
param-changers-agreement-contract = a collective agreement or an individual contract
param-changers-agreement = a collective agreement only
param-changers-contract = an individual contract only
param-changers-nobody = nobody
# Errors of parameters (decent-core's ParamError).
param-error-unknown = unknown parameter { $name } (see `decent rules` for the list)
param-error-bad = { $text }
param-error-missing = parameter { $name } ({ $section }) has no value on { $day }: the statute states none; supply it with --set { $name }=VALUE
