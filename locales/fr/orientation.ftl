# Page: /orientation, the topics of Canadian Orientation Abroad, and /orientation/<topic>.
orientation-title = La vie au Canada : sujets d’orientation
orientation-lead = Les mêmes sujets que dans les séances d’Orientation canadienne à l’étranger, à lire à votre rythme. Chaque sujet indique d’où viennent ses renseignements.
orientation-loading = Chargement des sujets…
orientation-offline = Vous êtes hors ligne, et les sujets ne sont pas encore enregistrés sur ce téléphone. Connectez-vous à Internet pour les lire.
orientation-server-error = Passage n’a pas pu obtenir les sujets de son serveur. Réessayez dans quelques minutes.
# A mark on a topic the person has read (kept on this phone).
orientation-read-mark = Lu
# A mark on a topic shown in English because it is not translated yet.
orientation-in-english = En anglais
orientation-search-label = Chercher dans les sujets
orientation-search-hint = Tapez un mot. Les petites fautes d’orthographe ne sont pas un problème.
orientation-search-loading = Chargement des sujets pour la recherche…
# { $count } chooses the plural form; { $count-text } is the number in the reader's digits; { $query } is what was typed.
orientation-search-count = { $count ->
    [0] Aucun sujet ne correspond à « { $query } ».
    [one] { $count-text } sujet correspond à « { $query } ».
   *[other] { $count-text } sujets correspondent à « { $query } ».
}
orientation-search-english = Rien dans votre langue, mais ces sujets en anglais correspondent :
# Before the words of a topic that matched the search, e.g. "Words: hospital, doctor".
orientation-search-words = Mots : { $words }
orientation-search-none = Essayez un autre mot, ou un mot plus court.
# "Keep all topics on this phone": downloads every topic for reading offline.
orientation-keep-heading = Lire hors ligne
# { $size } is an amount of data such as "48 KB", in the reader's digits.
orientation-keep-body = Les sujets que vous ouvrez restent sur ce téléphone, pour les lire hors ligne. Vous pouvez aussi tous les garder maintenant : cela télécharge environ { $size }.
orientation-keep-body-unknown = Les sujets que vous ouvrez restent sur ce téléphone, pour les lire hors ligne. Vous pouvez aussi tous les garder maintenant.
orientation-keep-button = Garder tous les sujets sur ce téléphone
orientation-keep-done = Tous les sujets sont sur ce téléphone. Vous pouvez les lire hors ligne.
orientation-keep-failed = Les sujets n’ont pas pu être téléchargés. Connectez-vous à Internet et réessayez.
# { $kb } is a number of kilobytes, in the reader's digits.
orientation-size-kb = { $kb } Ko
# A setting that stops pictures from downloading, to save data.
orientation-low-data = Économiser les données : ne pas télécharger les images
orientation-low-data-hint = Les images sont remplacées par une courte description.

# A topic's page.
orientation-back = Tous les sujets
orientation-fallback = Ce sujet n’est pas encore traduit dans votre langue. Le voici en anglais.
orientation-unreviewed = Personne n’a encore vérifié cette traduction.
# { $date } is a date.
orientation-updated = Mis à jour le { $date }.
orientation-mark-read = Marquer comme lu
orientation-marked-read = Vous avez lu ce sujet.
orientation-mark-unread = Marquer comme non lu
orientation-previous = Sujet précédent
orientation-next = Sujet suivant
orientation-print = Imprimer ce sujet
# Describes a picture that was not downloaded to save data. { $alt } is what the picture shows.
orientation-picture = Image : { $alt }
# The loan's repayment periods (a table from the loan rules).
orientation-loan-up-to = Prêts jusqu’à { $amount }
orientation-loan-above = Prêts de plus de { $amount }
# { $months-text } is the number in the reader's digits.
orientation-loan-months = { $months-text } { $months ->
    [one] mois
   *[other] mois
}
orientation-loan-amount-header = Prêt
orientation-loan-months-header = Mois pour rembourser

# Reading a topic aloud with the phone's own voices (shown only when the phone has a voice for the language).
orientation-listen-heading = Écouter
orientation-listen-play = Lire à voix haute
orientation-listen-pause = Pause
orientation-listen-resume = Continuer
orientation-listen-previous = Partie précédente
orientation-listen-next = Partie suivante
# A period in working days (Monday to Friday), named in a topic's text. { $days-text } is the
# number in the reader's digits.
orientation-working-days = { $days-text } { $days ->
    [one] jour ouvrable
   *[other] jours ouvrables
}
