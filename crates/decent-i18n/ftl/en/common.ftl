# Words every part of decent shares (English).
and-more = and { $count } more
severity-violation = violation
severity-warning = warning
severity-info = info
