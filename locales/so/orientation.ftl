# Page: /orientation, the topics of Canadian Orientation Abroad, and /orientation/<topic>.
orientation-title = Nolosha Kanada: mawduucyada hagitaanka
orientation-lead = Waa isla mawduucyada casharrada Hagitaanka Kanada ee Dibadda, si aad ugu akhriso sida aad rabto, adigoon degdegin. Mawduuc kastaa wuxuu sheegayaa halka ay xaqiiqooyinkiisu ka yimaadeen.
orientation-loading = Mawduucyada ayaa la soo qaadayaa…
orientation-offline = Intarneet kuma xirnid, mawduucyaduna weli laguma kaydin taleefankan. Ku xirmo intarneetka si aad u akhriso.
orientation-server-error = Passage kama uu helin mawduucyada server-kiisa. Isku day mar kale dhowr daqiiqo kadib.
# A mark on a topic the person has read (kept on this phone).
orientation-read-mark = Waa la akhriyay
# A mark on a topic shown in English because it is not translated yet.
orientation-in-english = Ingiriisi ku qoran
orientation-search-label = Ka raadi mawduucyada
orientation-search-hint = Qor eray. Khaladaad yaryar oo higgaadda ah dhib ma leh.
orientation-search-loading = Mawduucyada raadinta ayaa la soo qaadayaa…
# { $count } chooses the plural form; { $count-text } is the number in the reader's digits; { $query } is what was typed.
orientation-search-count = { $count ->
    [0] Ma jiro mawduuc ku habboon “{ $query }”.
    [one] { $count-text } mawduuc ayaa ku habboon “{ $query }”.
   *[other] { $count-text } mawduuc ayaa ku habboon “{ $query }”.
}
orientation-search-english = Luqaddaada waxba kuma jiraan, laakiin mawduucyadan Ingiriisiga ah ayaa ku habboon:
# Before the words of a topic that matched the search, e.g. "Words: hospital, doctor".
orientation-search-words = Erayada: { $words }
orientation-search-none = Isku day eray kale, ama mid ka gaaban.
# "Keep all topics on this phone": downloads every topic for reading offline.
orientation-keep-heading = Akhri intarneet la'aan
# { $size } is an amount of data such as "48 KB", in the reader's digits.
orientation-keep-body = Mawduucyada aad furto waxay ku jiraan taleefankan si aad ugu akhriso intarneet la'aan. Waxaad kaloo hadda kaydsan kartaa dhammaantood: tani waxay soo dejinaysaa qiyaastii { $size }.
orientation-keep-body-unknown = Mawduucyada aad furto waxay ku jiraan taleefankan si aad ugu akhriso intarneet la'aan. Waxaad kaloo hadda kaydsan kartaa dhammaantood.
orientation-keep-button = Dhammaan mawduucyada ku kaydi taleefankan
orientation-keep-done = Dhammaan mawduucyadu waxay ku jiraan taleefankan. Waxaad ku akhrin kartaa intarneet la'aan.
orientation-keep-failed = Mawduucyada lama soo dejin karin. Ku xirmo intarneetka oo isku day mar kale.
# { $kb } is a number of kilobytes, in the reader's digits.
orientation-size-kb = { $kb } KB
# A setting that stops pictures from downloading, to save data.
orientation-low-data = Yaree isticmaalka xogta: sawirrada ha soo dejin
orientation-low-data-hint = Sawirrada waxaa lagu beddelayaa sharaxaad gaaban.

# A topic's page.
orientation-back = Dhammaan mawduucyada
orientation-fallback = Mawduucan weli laguma turjumin luqaddaada. Waa kan oo Ingiriisi ku qoran.
orientation-unreviewed = Weli qof ma hubin turjumaaddan.
# { $date } is a date.
orientation-updated = Waxaa la cusboonaysiiyay { $date }.
orientation-mark-read = U calaamadee sidii la akhriyay
orientation-marked-read = Mawduucan waad akhriday.
orientation-mark-unread = U calaamadee sidii aan la akhrin
orientation-previous = Mawduuca hore
orientation-next = Mawduuca xiga
orientation-print = Daabac mawduucan
# Describes a picture that was not downloaded to save data. { $alt } is what the picture shows.
orientation-picture = Sawir: { $alt }
# The loan's repayment periods (a table from the loan rules).
orientation-loan-up-to = Deymaha ilaa { $amount }
orientation-loan-above = Deymaha ka badan { $amount }
# { $months-text } is the number in the reader's digits.
orientation-loan-months = { $months-text } { $months ->
    [one] bil
   *[other] bilood
}
orientation-loan-amount-header = Deynta
orientation-loan-months-header = Bilaha dib-u-bixinta

# Reading a topic aloud with the phone's own voices (shown only when the phone has a voice for the language).
orientation-listen-heading = Dhegeyso
orientation-listen-play = Kor u akhri
orientation-listen-pause = Hakad
orientation-listen-resume = Sii wad
orientation-listen-previous = Qaybta hore
orientation-listen-next = Qaybta xigta
# A period in working days (Monday to Friday), named in a topic's text. { $days-text } is the
# number in the reader's digits.
orientation-working-days = { $days-text } { $days ->
    [one] maalin shaqo
   *[other] maalmood shaqo
}
