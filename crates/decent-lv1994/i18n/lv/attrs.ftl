# The meaning of each column the pack declares (src/attrs.rs), in Latvian; the English is the
# declaration's own `meaning`.
attr-business_trip_consent = Darbinieks piekritis komandējumiem (171. pants: sievietes, kurām ir bērni līdz 14 gadu vecumam vai bērni invalīdi līdz 16 gadu vecumam, komandējumos sūta tikai ar viņu piekrišanu).
attr-union_official = Arodbiedrības vēlēta amatpersona, kas nav atbrīvota no pamatdarba (239. pants: atlaišanai vajadzīga arodbiedrības institūcijas iepriekšēja piekrišana).
attr-single_parent = Audzina bērnus bez mātes (176. pants attiecina garantijas sievietēm ar bērniem arī uz šādiem tēviem).
attr-trustee = Uzskaitīto bērnu aizbildnis (176. pants attiecina garantijas sievietēm ar bērniem arī uz aizbildņiem).
attr-night_barred = Pieder darbinieku kategorijai, kurai likums aizliedz nakts darbu (51. pants; sarakstu dod lietotājs, jo tulkojumā tas zudis).
attr-part_time = Nedēļas norma zem likumā noteiktās ir ar darba devēju norunāta nepilna nedēļa (52. pants), nevis 46. panta saīsinātais darba laiks.
attr-feeding_minutes = Maiņas laikā piešķirtie bērna barošanas pārtraukumi, minūtes (177. pants).
