# Page: /sessions, upcoming Canadian Orientation Abroad sessions that anyone can look up.
sessions-title = Vipindi vya maelekezo
sessions-lead = Maelekezo ya Kanada Nje ya Nchi: siku tatu za kujifunza kuhusu maisha ya Kanada kabla ya kusafiri. Ofisi yako ya IOM itakuambia kipindi chako ni kipi.
sessions-demo = Vipindi hivi ni mfano, ili ujaribu Passage. Uliza ofisi yako ya IOM tarehe halisi.
# Accessible name of the group of filters.
sessions-filters-label = Chuja vipindi
sessions-filter-country = Nchi
sessions-filter-all-countries = Nchi zote
sessions-filter-format = Jinsi ya kuhudhuria
sessions-filter-all-formats = Ana kwa ana, kwa video au kwa simu
sessions-filter-language = Lugha
sessions-filter-all-languages = Lugha zote
sessions-format-in-person = Ana kwa ana
sessions-format-video = Kwa video
sessions-format-phone = Kwa simu
sessions-format-other = Uliza ofisi yako ya IOM
sessions-audience-adult = watu wazima
sessions-audience-youth = vijana wa miaka 13 na zaidi
sessions-audience-other = kila mtu
# A session's heading. { $site } is a city, { $audience } one of the audiences above.
sessions-item-title = { $site }: kwa { $audience }
# { $languages } is a list of language names.
sessions-item-languages = Lugha: { $languages }
# { $hours } chooses the plural form; { $hours-text } is the number in the reader's digits.
sessions-duration-hours = Muda: { $hours ->
    [one] saa
   *[other] saa
} { $hours-text }
sessions-duration-minutes = Muda: { $minutes ->
    [one] dakika
   *[other] dakika
} { $minutes-text }
# Read by screen readers when the filters change. { $count } chooses the plural form.
sessions-count = { $count ->
    [0] Hakuna kipindi
    [one] Kipindi { $count-text }
   *[other] Vipindi { $count-text }
}
sessions-none = Hakuna kipindi kinacholingana. Chagua “Nchi zote”, “Lugha zote” au njia nyingine ya kuhudhuria.
sessions-loading = Inatafuta vipindi…
sessions-offline = Huna mtandao, na vipindi bado havijahifadhiwa kwenye simu hii. Unganisha simu na intaneti ili uvione.
sessions-server-error = Passage haikuweza kupata vipindi kutoka kwenye seva yake. Jaribu tena baada ya dakika chache.
# { $date } is a formatted date.
sessions-saved = Orodha hii ilihifadhiwa kwenye simu hii tarehe { $date }.
# The calendar event's title. { $site } is a city.
sessions-calendar-title = Kipindi cha maelekezo, { $site }
