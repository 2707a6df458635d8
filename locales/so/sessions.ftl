# Page: /sessions, upcoming Canadian Orientation Abroad sessions that anyone can look up.
sessions-title = Casharrada hagitaanka
sessions-lead = Hagitaanka Kanada ee Dibadda: saddex maalmood oo aad wax ka baranayso nolosha Kanada ka hor intaadan safrin. Xafiiskaaga IOM ayaa kuu sheegaya casharka aad adigu gelayso.
sessions-demo = Casharradani waa tusaale, si aad u tijaabiso Passage. Taariikhaha dhabta ah weydii xafiiskaaga IOM.
# Accessible name of the group of filters.
sessions-filters-label = Kala shaandhee casharrada
sessions-filter-country = Dalka
sessions-filter-all-countries = Dhammaan dalalka
sessions-filter-format = Sida aad u gelayso
sessions-filter-all-formats = Fool-ka-fool, fiidiyow ama taleefan
sessions-filter-language = Luqadda
sessions-filter-all-languages = Dhammaan luqadaha
sessions-format-in-person = Fool-ka-fool
sessions-format-video = Fiidiyow
sessions-format-phone = Taleefan
sessions-format-other = Weydii xafiiskaaga IOM
sessions-audience-adult = dadka waaweyn
sessions-audience-youth = dhallinyarada 13 jir iyo ka weyn
sessions-audience-other = qof kasta
# A session's heading. { $site } is a city, { $audience } one of the audiences above.
sessions-item-title = { $site }: loogu talagalay { $audience }
# { $languages } is a list of language names.
sessions-item-languages = Luqadaha: { $languages }
# { $hours } chooses the plural form; { $hours-text } is the number in the reader's digits.
sessions-duration-hours = { $hours-text } { $hours ->
    [one] saac
   *[other] saacadood
}
sessions-duration-minutes = { $minutes-text } { $minutes ->
    [one] daqiiqo
   *[other] daqiiqo
}
# Read by screen readers when the filters change. { $count } chooses the plural form.
sessions-count = { $count ->
    [0] Cashar ma jiro
    [one] { $count-text } cashar
   *[other] { $count-text } cashar
}
sessions-none = Ma jiro cashar ku habboon. Dooro "Dhammaan dalalka", "Dhammaan luqadaha" ama hab kale oo aad ku gasho.
sessions-loading = Casharrada ayaa la raadinayaa…
sessions-offline = Intarneet kuma xirnid, casharradana weli laguma kaydin taleefankan. Ku xirmo intarneetka si aad u aragto.
sessions-server-error = Passage kama uu helin casharrada server-kiisa. Isku day mar kale dhowr daqiiqo kadib.
# { $date } is a formatted date.
sessions-saved = Liiskan waxaa lagu kaydiyay taleefankan { $date }.
# The calendar event's title. { $site } is a city.
sessions-calendar-title = Casharka hagitaanka, { $site }
