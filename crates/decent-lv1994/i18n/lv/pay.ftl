# lv-1994 darba samaksas rindas, latviski.
