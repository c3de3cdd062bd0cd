# lv-1994 pay lines, English.
