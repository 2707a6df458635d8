# Page: /sessions, upcoming Canadian Orientation Abroad sessions that anyone can look up.
sessions-title = Orientation sessions
sessions-lead = Canadian Orientation Abroad: three days to learn about life in Canada before you travel. Your IOM office tells you which session is yours.
sessions-demo = These sessions are an example, to try Passage. Ask your IOM office for the real dates.
# Accessible name of the group of filters.
sessions-filters-label = Filter the sessions
sessions-filter-country = Country
sessions-filter-all-countries = All countries
sessions-filter-format = How
sessions-filter-all-formats = In person, video or phone
sessions-filter-language = Language
sessions-filter-all-languages = All languages
sessions-format-in-person = In person
sessions-format-video = By video
sessions-format-phone = By phone
sessions-format-other = Ask your IOM office
sessions-audience-adult = adults
sessions-audience-youth = young people (13 and older)
sessions-audience-other = everyone
# A session's heading. { $site } is a city, { $audience } one of the audiences above.
sessions-item-title = { $site }: for { $audience }
# { $languages } is a list of language names.
sessions-item-languages = In { $languages }
# { $hours } chooses the plural form; { $hours-text } is the number in the reader's digits.
sessions-duration-hours = { $hours-text } { $hours ->
    [one] hour
   *[other] hours
}
sessions-duration-minutes = { $minutes-text } { $minutes ->
    [one] minute
   *[other] minutes
}
# Read by screen readers when the filters change. { $count } chooses the plural form.
sessions-count = { $count ->
    [0] No session
    [one] { $count-text } session
   *[other] { $count-text } sessions
}
sessions-none = No session matches. Choose "All countries", "All languages" or another way to attend.
sessions-loading = Looking for sessions…
sessions-offline = You are offline, and the sessions were not saved on this phone yet. Connect to the internet to see them.
sessions-server-error = Passage could not get the sessions from its server. Try again in a few minutes.
# { $date } is a formatted date.
sessions-saved = This list was saved on this phone on { $date }.
# The calendar event's title. { $site } is a city.
sessions-calendar-title = Orientation session, { $site }
