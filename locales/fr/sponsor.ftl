# Page: /sponsor, for people in Canada who sponsor a refugee family or person. The timeline is
# computed on the phone from an arrival date; no names are asked for.
sponsor-title = Calendrier d’arrivée pour les parrains
sponsor-lead = Voyez ce qui se passe d’habitude avant et après l’arrivée d’une personne parrainée, et à quel moment. Seule la date d’arrivée est nécessaire : aucun nom.
sponsor-planner-heading = Planifier à partir d’une date d’arrivée
# A group of three fields: day, month and year.
sponsor-date-legend = Quand arrivent-ils, ou quand les attendez-vous?
# { $day }, { $month } and { $year } are an example date, in the reader's digits.
sponsor-date-hint = Par exemple : { $day } { $month } { $year }
sponsor-date-day = Jour
sponsor-date-month = Mois
sponsor-date-year = Année
sponsor-date-submit = Voir le calendrier
sponsor-error-summary-title = Il y a un problème
sponsor-error-day-empty = Entrez le jour de l’arrivée
sponsor-error-month-empty = Entrez le mois de l’arrivée
sponsor-error-year-empty = Entrez l’année de l’arrivée
sponsor-error-not-number = Écrivez la date en chiffres, comme dans l’exemple
sponsor-error-day-range = Le jour doit être de 1 à 31
sponsor-error-month-range = Le mois doit être de 1 à 12
sponsor-error-year-range = Écrivez l’année en entier, par exemple 2027
sponsor-error-no-such-day = Ce jour n’existe pas dans ce mois : vérifiez le jour et le mois
sponsor-noscript = Le calendrier est calculé sur votre téléphone et a besoin de JavaScript. Activez-le, ou ouvrez cette page dans un autre navigateur.
sponsor-loading = Chargement des données du calendrier…
sponsor-offline = Vous êtes hors ligne, et les données du calendrier ne sont pas encore enregistrées sur ce téléphone. Connectez-vous une fois à Internet pour utiliser le calendrier sans Internet.
sponsor-server-error = Passage n’a pas pu obtenir les données du calendrier sur son serveur. Réessayez dans quelques minutes.

# The timeline. Each step has a short title, its date and a few sentences.
sponsor-timeline-heading = Ce qui se passe, et quand
# Where each step stands, read before its title. Not only shown by colour.
timeline-stage-done = Terminé
timeline-stage-next = Prochaine étape
timeline-stage-later = Plus tard
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits; { $date } is a date.
sponsor-step-notice-title = L’avis d’arrivée
sponsor-step-notice-body = IRCC vise à envoyer l’avis d’arrivée au moins { $days-text } { $days ->
    [one] jour ouvrable
   *[other] jours ouvrables
} avant l’arrivée : vers le { $date }. C’est un objectif pour vous organiser, pas une promesse : si l’avis n’est pas arrivé d’ici là, communiquez avec IRCC. Préparez le logement et les premières semaines avant cette date.
sponsor-step-notice-holidays = Les jours fériés ne sont pas comptés ici : l’avis peut arriver un jour ou deux plus tôt.
sponsor-step-arrival-title = L’arrivée
sponsor-step-arrival-body = Accueillez-les à l’aéroport et emmenez-les à leur premier logement. Dans les premières semaines, aidez-les à demander une carte d’assurance maladie et un numéro d’assurance sociale (NAS), à ouvrir un compte bancaire, à demander l’Allocation canadienne pour enfants, et à trouver des écoles et des cours de langue.
# { $months } chooses the plural form; { $months-text } is the number in the reader's digits.
sponsor-step-support-title = Votre soutien se termine en général
sponsor-step-support-body = En général, les parrains soutiennent les nouveaux arrivants pendant { $months-text } { $months ->
    [one] mois
   *[other] mois
} après leur arrivée, ou jusqu’à ce qu’ils puissent subvenir seuls à leurs besoins, selon ce qui arrive en premier.
sponsor-step-joint-title = Si c’est un parrainage d’aide conjointe (Joint Assistance Sponsorship)
sponsor-step-joint-body = Dans un parrainage d’aide conjointe, le soutien dure jusqu’à { $months-text } { $months ->
    [one] mois
   *[other] mois
}, selon le dossier.
sponsor-step-loan-title = Premier paiement de leur prêt de transport
sponsor-step-loan-body = Le premier paiement de leur prêt de transport est dû { $months-text } { $months ->
    [one] mois
   *[other] mois
} après leur arrivée. La lettre d’IRCC donne la date et le montant exacts.
sponsor-step-loan-not-yours = Le prêt est à leur nom : les parrains n’ont pas à le rembourser.

# Sharing the planner: the link holds only the date and the language.
sponsor-share-heading = Partager ce calendrier
sponsor-share-body = Ce lien contient seulement la date d’arrivée et la langue : aucun nom et aucun code. Vous pouvez l’envoyer à votre groupe de parrainage.
sponsor-share-copy = Copier le lien
sponsor-share-copied = Le lien est copié.
sponsor-print = Imprimer ce calendrier

# With the access code IOM gave the sponsor for one case.
sponsor-case-heading = Votre parrainage
sponsor-code-heading = Avez-vous un code d’accès pour ce dossier?
sponsor-code-lead = Avec le code d’accès de l’OIM, vous pouvez voir où en est le dossier. Votre code reste sur ce téléphone : Passage ne le garde pas.
sponsor-keep = Garder ce dossier sur ce téléphone pour le voir sans Internet
sponsor-case-demo = Ce dossier est un exemple, pour essayer Passage. Il n’est pas réel.
# { $city } is a city in Canada.
sponsor-case-destination = Ils vont vivre à { $city }.
# { $from } and { $to } are dates.
sponsor-case-window = Arrivée prévue : entre le { $from } et le { $to }.
sponsor-case-day = Arrivée prévue : le { $date }.
sponsor-case-notice-sent = L’avis d’arrivée a été envoyé. Regardez vos messages d’IRCC pour connaître les détails du vol.
# { $date } is a date, worked out from the earliest expected arrival; { $days } chooses the
# plural form, { $days-text } is the number in the reader's digits.
sponsor-case-notice-not-sent = L’avis d’arrivée n’a pas encore été envoyé. IRCC vise à l’envoyer au moins { $days-text } { $days ->
    [one] jour ouvrable
   *[other] jours ouvrables
} avant l’arrivée : vers le { $date } si l’arrivée a lieu au premier jour prévu. C’est un objectif, pas une promesse.
# { $date } is a formatted date.
sponsor-case-updated = Dernière mise à jour le { $date }. Pour voir les changements, entrez de nouveau votre code ci-dessous.
sponsor-case-refresh = Vérifier les changements
sponsor-milestone-case-approved = Le dossier a été approuvé
sponsor-milestone-arrival-notice = L’avis d’arrivée
sponsor-milestone-arrival = L’arrivée
sponsor-milestone-income-support-ends = Fin du soutien du revenu
sponsor-milestone-other = Une autre étape
