# The words of `decent serve`'s pages (English). Every key has its Latvian in ../lv/server.ftl.

nav-dashboard = Dashboard
nav-laws = The law
nav-tokens = API tokens
nav-audit = Audit log
nav-logout = Sign out
footer = decent — labour law as code for decent work in municipal social services. Findings cite the law; the statute's own words decide.

role-admin = administrator
role-hr = employer HR
role-union = union representative
role-employee = employee
role-inspector = labour inspector

error-title = Something went wrong
error-home = Back to the start
error-unauthorized = Please sign in.
error-not-found = There is no such page, or it is not yours to see.
error-forbidden = Your role does not allow this.
error-csrf = The form had expired or did not come from this site. Go back, reload the page and try again.
error-too-many-attempts = Too many failed sign-ins. Wait a few minutes and try again.
error-bad-request = The request was not understood.
error-bad-input = The input was not accepted.
error-too-large = The upload is larger than this server accepts.
error-internal = An internal error occurred; it has been logged.
error-method-not-allowed = This address does not accept that kind of request.

login-title = Sign in
login-intro = Employer HR, union representatives, employees and labour inspectors see the same findings here, each as their role allows.
login-name = Account name
login-password = Password
login-submit = Sign in
login-public = The law and its rules can be read without an account.
login-wrong = Wrong account name or password.

dashboard-title = Employers
dashboard-none = Your account sees no employer yet.
dashboard-no-data = No data uploaded yet.

col-employer = Employer
col-law = Law
col-uploaded = Uploaded
col-employees = Employees
col-shifts = Shifts
col-violations = Violations
col-warnings = Warnings
col-info = Notes
col-section = Section
col-rule = Rule
col-severity = Severity
col-employee = Employee
col-from = From
col-to = To
col-message = Finding

employer-all-findings = All findings
employer-by-rule = Findings by rule
employer-no-findings = No findings.
employees-title = Employees
report-title = Printable report
report-print = Print

filter-from = From
filter-to = to
filter-all = all
filter-apply = Show

findings-title = Findings
findings-count = { $count ->
    [one] 1 finding
   *[other] { $count } findings
}
page-prev = previous
page-next = next

fact-sex = Sex
fact-weekly-norm = Weekly norm
fact-hired-on = Hired on
fact-children = Children's birth dates
fact-disabled-children = Disabled children's birth dates
fact-pregnancies = Pregnancies
fact-sick-leave = Sick leave
fact-sensitive = sensitive
employee-no-sensitive = Sensitive personal data (pregnancy, children, sick leave) is shown only to the employer's HR and to the employee.
employee-calendar = Month
employee-bad-month = month: expected YYYY-MM in the years 1990 to 2100, found { $value }
calendar-findings = { $count ->
    [one] 1 finding
   *[other] { $count } findings
}
wd-mon = Mon
wd-tue = Tue
wd-wed = Wed
wd-thu = Thu
wd-fri = Fri
wd-sat = Sat
wd-sun = Sun

day-absence-hidden = absent
day-absence-sick = sick leave
day-absence-annual-leave = annual leave
day-absence-maternity = maternity leave
day-absence-childcare = child-care leave
day-absence-unpaid = unpaid leave
day-absence-study = study leave
day-absence-business-trip = business trip
day-absence-day-off = day off
day-absence-other = absence

upload-title = Upload data
upload-intro = Shifts, employees and absences as CSV, in the formats of the README. The files are checked under { $law } before anything is stored: one bad row and nothing is stored.
upload-refused = Nothing was stored:
upload-shifts = Shifts (required)
upload-employees = Employees
upload-absences = Absences
upload-limits = At most { $rows } rows per file.
upload-max-size = At most { $mb } MB in all.
upload-submit = Check and store
upload-history = Uploads
upload-by = By
upload-absence-rows = Absences
upload-no-shifts = The shifts file is required.
upload-too-many-rows = at most { $max } rows
upload-outside-calendar = a shift inside the years of the festive calendar of { $law } (the shift starting { $start })

laws-title = The law
laws-intro = The laws decent carries, each with its sections, parameters and rules. Open a rule for the statute's text, its parameters and an example.
laws-col-title = Title
laws-col-consolidated = Consolidated to
laws-col-text = Text
laws-col-rules = Rules

rule-statute = The statute
rule-statute-language = The statute's text: { $status }
rule-translation = Translation
rule-what = What is checked
rule-example = Example
rule-params = Parameters and interpretations
rule-no-params = This rule has no parameters.
rule-interpretation = interpretation
rule-rationale = Why this reading
rule-choices = Choices
rule-value-from = In force from
rule-value = Value
rule-source = Source

tokens-title = API tokens
tokens-intro = A token lets a program use the JSON API (/api/v1) as your account: send it as "Authorization: Bearer TOKEN". It is shown once; keep it like a password, and revoke it when it is no longer needed.
tokens-created = Your new token (it will not be shown again):
tokens-name = Name
tokens-create = Create token
tokens-created-at = Created
tokens-revoked-at = Revoked
tokens-revoke = Revoke
tokens-name-needed = A token needs a name.

audit-title = Audit log
audit-at = When
audit-who = Who
audit-action = What
audit-subject = Concerning
