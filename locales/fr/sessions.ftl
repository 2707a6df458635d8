# Page: /sessions, upcoming Canadian Orientation Abroad sessions that anyone can look up.
sessions-title = Séances d’orientation
sessions-lead = Orientation canadienne à l’étranger : trois jours pour découvrir la vie au Canada avant votre départ. Votre bureau de l’OIM vous dit quelle séance est la vôtre.
sessions-demo = Ces séances sont un exemple, pour essayer Passage. Demandez les vraies dates à votre bureau de l’OIM.
# Accessible name of the group of filters.
sessions-filters-label = Filtrer les séances
sessions-filter-country = Pays
sessions-filter-all-countries = Tous les pays
sessions-filter-format = Comment participer
sessions-filter-all-formats = En personne, par vidéo ou par téléphone
sessions-filter-language = Langue
sessions-filter-all-languages = Toutes les langues
sessions-format-in-person = En personne
sessions-format-video = Par vidéo
sessions-format-phone = Par téléphone
sessions-format-other = Demandez à votre bureau de l’OIM
sessions-audience-adult = les adultes
sessions-audience-youth = les jeunes (13 ans et plus)
sessions-audience-other = tout le monde
# A session's heading. { $site } is a city, { $audience } one of the audiences above.
sessions-item-title = { $site } : pour { $audience }
# { $languages } is a list of language names.
sessions-item-languages = Langues : { $languages }
# { $hours } chooses the plural form; { $hours-text } is the number in the reader's digits.
sessions-duration-hours = { $hours-text } { $hours ->
    [one] heure
   *[other] heures
}
sessions-duration-minutes = { $minutes-text } { $minutes ->
    [one] minute
   *[other] minutes
}
# Read by screen readers when the filters change. { $count } chooses the plural form.
sessions-count = { $count ->
    [0] Aucune séance
    [one] { $count-text } séance
   *[other] { $count-text } séances
}
sessions-none = Aucune séance ne correspond. Choisissez « Tous les pays », « Toutes les langues » ou une autre façon de participer.
sessions-loading = Recherche des séances…
sessions-offline = Vous êtes hors ligne, et les séances ne sont pas encore enregistrées sur ce téléphone. Connectez-vous à Internet pour les voir.
sessions-server-error = Passage n’a pas pu obtenir les séances sur son serveur. Réessayez dans quelques minutes.
# { $date } is a formatted date.
sessions-saved = Cette liste a été enregistrée sur ce téléphone le { $date }.
# The calendar event's title. { $site } is a city.
sessions-calendar-title = Séance d’orientation, { $site }
