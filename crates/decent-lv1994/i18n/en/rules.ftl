# Messages of the lv-1994 pack's rules (English). One key per message a rule can give;
# arguments are typed by the rule (see decent-core's `Message`).
