# Page: /return, for people going back to their country with IOM's help (assisted voluntary
# return and reintegration). IOM helps people return from many countries, not only Canada.
return-title = Rentrer chez vous avec l’OIM
return-lead = L’OIM peut vous aider à recommencer votre vie dans votre pays avec un plan de réintégration. Voyez les types d’aide, les étapes habituelles et ce qu’il faut faire ensuite.

return-steps-heading = Les étapes habituelles
return-steps-lead = Votre bureau de l’OIM fixe vos propres dates limites. Les chiffres ci-dessous viennent d’un programme canadien qui a pris fin en 2015 : ils montrent ce qui est habituel, pas les règles d’aujourd’hui.
# A deadline of the usual steps. { $time } is an amount of time, e.g. "24 hours", "30 days".
return-deadline-contact-iom-after-referral = Une fois votre dossier transmis à l’OIM, communiquez avec l’OIM dans un délai de { $time }.
return-deadline-start-plan-after-arrival = Après votre retour chez vous, communiquez avec votre bureau de l’OIM dans un délai de { $time } pour commencer votre plan.
return-deadline-in-kind-assistance-within = L’aide en nature (des biens et des services, pas de l’argent) est donnée dans un délai de { $time } après votre retour.
return-deadline-monitoring-after = Après { $time }, l’OIM vous demande comment les choses se passent.
return-deadline-other = Une autre étape : posez la question à votre bureau de l’OIM.
# { $n } chooses the plural form; { $n-text } is the number in the reader's digits.
return-time-hours = { $n-text } { $n ->
    [one] heure
   *[other] heures
}
return-time-days = { $n-text } { $n ->
    [one] jour
   *[other] jours
}
return-time-months = { $n-text } { $n ->
    [one] mois
   *[other] mois
}
# { $from } and { $until } are years, in the reader's digits.
return-programme = Dans le programme canadien de { $from } à { $until }. Demandez à votre bureau de l’OIM ce qui s’applique à vous aujourd’hui.

return-categories-heading = Types d’aide
return-categories-lead = Ce que vous recevez dépend de votre plan et de votre bureau de l’OIM.
return-category-additional-luggage = Bagages en plus
return-category-additional-luggage-body = Emporter plus d’affaires que ce qu’un billet permet.
return-category-onward-transportation = Aller de l’aéroport jusque chez vous
return-category-onward-transportation-body = Le trajet entre l’aéroport où vous atterrissez et l’endroit où vous allez vivre.
return-category-job-search = Trouver du travail
return-category-job-search-body = De l’aide pour chercher un emploi et pour poser votre candidature.
return-category-legal = Aide juridique
return-category-legal-body = De l’aide pour vos papiers et vos questions juridiques dans votre pays.
return-category-material = Des choses dont vous avez besoin
return-category-material-body = Des biens pour votre maison ou pour votre travail.
return-category-medical = Soins de santé
return-category-medical-body = De l’aide pour voir un médecin et obtenir des médicaments.
return-category-small-business = Lancer une petite entreprise
return-category-small-business-body = De l’aide pour planifier une petite entreprise et obtenir ce qu’il faut pour la lancer.
return-category-temporary-accommodation-and-housing = Un endroit où loger
return-category-temporary-accommodation-and-housing-body = Un endroit où loger à votre arrivée, et de l’aide pour trouver un logement.
return-category-training-and-schooling = École et formation
return-category-training-and-schooling-body = L’école pour les enfants, ou une formation pour apprendre un métier.
return-category-other = Autre aide
return-category-other-body = Demandez à votre bureau de l’OIM ce que cela comprend.

return-next-heading = Que faire ensuite
return-next-body = Communiquez avec le bureau de l’OIM de votre pays peu après votre arrivée. Il prépare votre plan avec vous et fixe vos dates limites.

# With the access code from the IOM office.
return-code-heading = Avez-vous un code d’accès?
return-code-lead = Avec le code d’accès de votre bureau de l’OIM, vous pouvez voir votre propre plan et vos dates limites. Votre code reste sur ce téléphone : Passage ne le garde pas.
return-keep = Garder mon plan sur ce téléphone pour le voir sans Internet
return-case-heading = Votre plan
return-case-demo = Ce plan est un exemple, pour essayer Passage. Il n’est pas réel.
# { $date } is a date.
return-case-returned = Votre retour chez vous a eu lieu le { $date }.
return-case-returning = Votre retour chez vous est prévu le { $date }.
return-case-updated = Dernière mise à jour le { $date }. Pour voir les changements, entrez de nouveau votre code ci-dessous.
return-case-refresh = Vérifier les changements
return-office-heading = Votre bureau de l’OIM
# { $city } is a city, { $country } a country.
return-office-place = OIM { $city }, { $country }
return-office-call = Appeler
return-office-write = Écrire un courriel
# Opening hours. { $days } is a list of days; { $opens } and { $closes } are times of day.
return-office-hours = { $days } : de { $opens } à { $closes }
return-office-hours-note = Les heures sont données à l’heure locale du bureau.
return-office-demo = Ces coordonnées sont un exemple : elles ne permettent de joindre personne.
return-status-not-started = Pas commencé
return-status-in-progress = En cours
return-status-done = Terminé
return-status-other = Demandez à votre bureau de l’OIM
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits.
return-due-left = Il reste { $days-text } { $days ->
    [one] jour
   *[other] jours
}
return-due-today = Date limite aujourd’hui
return-due-passed = La date limite est passée. Communiquez avec votre bureau de l’OIM.
# { $date } is a date.
return-due-by = Date limite : { $date }
return-todo-not-started = Prochaine étape : communiquez avec votre bureau de l’OIM pour commencer cette partie de votre plan.
return-todo-in-progress = Prochaine étape : restez en contact avec votre bureau de l’OIM jusqu’à la fin de cette partie.
return-loading = Chargement des types d’aide…
return-offline = Vous êtes hors ligne, et ces renseignements ne sont pas encore enregistrés sur ce téléphone. Connectez-vous une fois à Internet pour pouvoir les lire sans Internet.
return-server-error = Passage n’a pas pu obtenir ces renseignements sur son serveur. Réessayez dans quelques minutes.
