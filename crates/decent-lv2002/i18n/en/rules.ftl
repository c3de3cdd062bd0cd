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
