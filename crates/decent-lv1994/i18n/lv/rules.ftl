# lv-1994 paketes noteikumu ziņojumi (latviski). Katram ziņojumam, ko noteikums var dot, viena atslēga.
