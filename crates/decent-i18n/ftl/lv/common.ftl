# Vārdi, ko lieto visas decent daļas (latviski).
and-more = un vēl { $count }
severity-violation = pārkāpums
severity-warning = brīdinājums
severity-info = informācija
