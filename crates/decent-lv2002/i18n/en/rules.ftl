# Messages of the lv-2002 pack's rules, in English (the same keys as i18n/lv/rules.ftl).

## Public holidays by name (law/holidays.toml; the key is data::holiday_key_of of the name).

holiday-unnamed = a public holiday
holiday-new-years-day = New Year's Day
holiday-good-friday = Good Friday
holiday-easter-sunday = Easter Sunday
holiday-easter-monday = Easter Monday
holiday-labour-day = Labour Day
holiday-restoration-of-independence-day = Restoration of Independence Day
holiday-mothers-day = Mother's Day
holiday-whit-sunday = Whit Sunday
holiday-midsummer-eve = Midsummer Eve (Līgo Day)
holiday-midsummer-day = Midsummer Day (Jāņi)
holiday-song-and-dance-festival-closing-day = Song and Dance Festival closing day
holiday-day-of-the-pastoral-visit-of-pope-francis = Day of the pastoral visit of Pope Francis
holiday-day-of-the-hockey-teams-bronze-medal = Day of the hockey team's bronze medal
holiday-proclamation-day-of-the-republic-of-latvia = Proclamation Day of the Republic of Latvia
holiday-christmas-eve = Christmas Eve
holiday-christmas-day = Christmas Day
holiday-second-day-of-christmas = Second Day of Christmas
holiday-new-years-eve = New Year's Eve

## Rest (s139–s146)

daily-rest = From { $from } to { $to } the longest rest is { $longest }: s142(1) requires a daily rest of at least { $limit } in a row in each 24-hour period. Rearrange the shifts so that { $limit } off in a row follow each day's work
daily-rest-child = From { $from } to { $to } the longest rest is { $longest }: s142(2) requires a child's daily rest of at least { $limit } in a row in each 24-hour period. Shorten the child's working day or move the shifts apart
