# Page: /orientation, the topics of Canadian Orientation Abroad, and /orientation/<topic>.
orientation-title = Maisha ya Kanada: mada za maelekezo
orientation-lead = Mada zilezile zinazofundishwa katika vipindi vya Maelekezo ya Kanada Nje ya Nchi, za kusoma kwa mwendo wako mwenyewe. Kila mada inaonyesha taarifa zake zinatoka wapi.
orientation-loading = Inapata mada…
orientation-offline = Huna mtandao, na mada bado hazijahifadhiwa kwenye simu hii. Unganisha simu na intaneti ili uzisome.
orientation-server-error = Passage haikuweza kupata mada kutoka kwenye seva yake. Jaribu tena baada ya dakika chache.
# A mark on a topic the person has read (kept on this phone).
orientation-read-mark = Imesomwa
# A mark on a topic shown in English because it is not translated yet.
orientation-in-english = Kwa Kiingereza
orientation-search-label = Tafuta katika mada
orientation-search-hint = Andika neno. Makosa madogo ya tahajia si tatizo.
orientation-search-loading = Inapata mada za kutafuta…
# { $count } chooses the plural form; { $count-text } is the number in the reader's digits; { $query } is what was typed.
orientation-search-count = { $count ->
    [0] Hakuna mada inayolingana na “{ $query }”.
    [one] Mada { $count-text } inalingana na “{ $query }”.
   *[other] Mada { $count-text } zinalingana na “{ $query }”.
}
orientation-search-english = Hakuna kitu kwa lugha yako, lakini mada hizi za Kiingereza zinalingana:
# Before the words of a topic that matched the search, e.g. "Words: hospital, doctor".
orientation-search-words = Maneno: { $words }
orientation-search-none = Jaribu neno jingine, au neno fupi zaidi.
# "Keep all topics on this phone": downloads every topic for reading offline.
orientation-keep-heading = Soma bila intaneti
# { $size } is an amount of data such as "48 KB", in the reader's digits.
orientation-keep-body = Mada unazofungua zinabaki kwenye simu hii ili uzisome bila intaneti. Unaweza pia kuzihifadhi zote sasa: hii itapakua takriban { $size }.
orientation-keep-body-unknown = Mada unazofungua zinabaki kwenye simu hii ili uzisome bila intaneti. Unaweza pia kuzihifadhi zote sasa.
orientation-keep-button = Hifadhi mada zote kwenye simu hii
orientation-keep-done = Mada zote ziko kwenye simu hii. Unaweza kuzisoma bila intaneti.
orientation-keep-failed = Mada hazikuweza kupakuliwa. Unganisha simu na intaneti, kisha ujaribu tena.
# { $kb } is a number of kilobytes, in the reader's digits.
orientation-size-kb = { $kb } KB
# A setting that stops pictures from downloading, to save data.
orientation-low-data = Okoa data: usipakue picha
orientation-low-data-hint = Badala ya picha, utaona maelezo mafupi.

# A topic's page.
orientation-back = Mada zote
orientation-fallback = Mada hii bado haijatafsiriwa kwa lugha yako. Hii hapa kwa Kiingereza.
orientation-unreviewed = Bado hakuna mtu aliyekagua tafsiri hii.
# { $date } is a date.
orientation-updated = Ilisasishwa tarehe { $date }.
orientation-mark-read = Weka alama kuwa nimesoma
orientation-marked-read = Umesoma mada hii.
orientation-mark-unread = Weka alama kuwa sijasoma
orientation-previous = Mada iliyotangulia
orientation-next = Mada inayofuata
orientation-print = Chapisha mada hii
# Describes a picture that was not downloaded to save data. { $alt } is what the picture shows.
orientation-picture = Picha: { $alt }
# The loan's repayment periods (a table from the loan rules).
orientation-loan-up-to = Mikopo ya hadi { $amount }
orientation-loan-above = Mikopo ya zaidi ya { $amount }
# { $months-text } is the number in the reader's digits.
orientation-loan-months = { $months ->
    [one] mwezi
   *[other] miezi
} { $months-text }
orientation-loan-amount-header = Mkopo
orientation-loan-months-header = Miezi ya kurudisha mkopo

# Reading a topic aloud with the phone's own voices (shown only when the phone has a voice for the language).
orientation-listen-heading = Sikiliza
orientation-listen-play = Soma kwa sauti
orientation-listen-pause = Sitisha
orientation-listen-resume = Endelea
orientation-listen-previous = Sehemu iliyotangulia
orientation-listen-next = Sehemu inayofuata
# A period in working days (Monday to Friday), named in a topic's text. { $days-text } is the
# number in the reader's digits.
orientation-working-days = siku { $days-text } { $days ->
    [one] ya kazi
   *[other] za kazi
}
