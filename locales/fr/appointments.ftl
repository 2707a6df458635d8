# Page: /appointments, a traveller's appointments (selection interview, medical exam,
# orientation session, flight), opened with the access code from the IOM letter.
appt-title = Mes rendez-vous
appt-lead = Voyez votre entrevue, votre examen médical, votre séance d’orientation et votre vol, avec ce qu’il faut apporter. Votre code reste sur ce téléphone : Passage ne le garde pas.
# A checkbox. When ticked, the appointments stay on the phone and open without internet.
appt-keep = Garder mes rendez-vous sur ce téléphone pour les voir sans Internet
# Shown when the appointments are example data, not a real case.
appt-demo = Ces rendez-vous sont un exemple, pour essayer Passage. Ils ne sont pas réels.
# { $date } is a formatted date.
appt-updated = Dernière mise à jour le { $date }. Pour voir les changements, entrez de nouveau votre code ci-dessous.
appt-refresh = Vérifier les changements
appt-upcoming = À venir
appt-none-upcoming = Vous n’avez aucun rendez-vous à venir. Votre bureau de l’OIM vous dira quand vous en aurez un nouveau.
# A folded list of appointments that are over. { $count-text } is how many, in the reader's digits.
appt-past = Rendez-vous passés ({ $count-text })

appt-kind-selection-interview = Entrevue de sélection
appt-kind-medical-exam = Examen médical
appt-kind-orientation = Séance d’orientation (Orientation canadienne à l’étranger)
appt-kind-flight = Vol vers le Canada
appt-kind-other = Rendez-vous

# How long until an appointment.
appt-countdown-today = Aujourd’hui
appt-countdown-tomorrow = Demain
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits.
appt-countdown-days = Dans { $days-text } { $days ->
    [one] jour
   *[other] jours
}
appt-countdown-past = Ce rendez-vous est terminé

appt-bring-legend = Ce qu’il faut apporter
appt-bring-travel-documents = Vos documents de voyage (passeport ou autres papiers d’identité)
appt-bring-case-letters = Les lettres sur votre dossier
appt-bring-family-members = Tous les membres de votre famille qui sont dans votre dossier
appt-bring-medical-records = Vos papiers médicaux et vos preuves de vaccination
appt-bring-glasses = Vos lunettes, si vous en portez
appt-bring-medicines = Vos médicaments, dans leurs boîtes
appt-bring-questions = Vos questions, écrites sur papier
appt-bring-notebook = Un cahier et un stylo
appt-bring-warm-clothes = Des vêtements chauds pour l’arrivée au Canada
appt-bring-other = Autre chose : votre bureau de l’OIM vous le dira

# { $date } is the last day the medical exam's result is valid.
appt-medical-valid = Le résultat de votre examen médical est valide jusqu’au { $date }.
appt-medical-warning = Votre vol est après cette date. Demandez à votre bureau de l’OIM : vous devez passer un nouvel examen médical avant de prendre l’avion.
