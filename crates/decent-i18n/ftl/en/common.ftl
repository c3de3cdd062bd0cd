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
