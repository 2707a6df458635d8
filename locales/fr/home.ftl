home-title = Bienvenue sur { -brand-name }
home-lead = { -brand-name } vous aide à préparer votre départ, étape par étape, dans votre langue. Il fonctionne sur un téléphone et utilise très peu de données.

# Section for refugees preparing to travel to Canada.
home-traveller-heading = Si vous partez au Canada
home-traveller-orientation = Découvrez la vie au Canada : les mêmes sujets que dans les séances d’Orientation canadienne à l’étranger.
home-traveller-schedule = Suivez vos rendez-vous : entrevue, examen médical, séance d’orientation et vol, avec ce qu’il faut apporter.
home-traveller-loan = Voyez combien votre prêt de transport peut coûter chaque mois, et quand les remboursements commencent.
# Links from the home page to the traveller's pages.
home-traveller-orientation-link = En savoir plus sur la vie au Canada
home-traveller-schedule-link = Voir mes rendez-vous
home-traveller-loan-link = Estimer votre prêt de transport
home-traveller-sessions-link = Trouver une séance d’orientation

# Section for people in Canada who sponsor a refugee family or person.
home-sponsor-heading = Si vous parrainez quelqu’un
home-sponsor-timeline = Voyez ce qui se passe d’habitude avant et après l’arrivée, et à quel moment.
home-sponsor-share = Partagez le calendrier avec votre groupe sans partager les renseignements personnels de qui que ce soit.
# Link from the home page to the sponsor's page.
home-sponsor-link = Voir le calendrier d’arrivée

# Section for people leaving Canada with IOM's help to go back to their country (assisted voluntary return).
home-returnee-heading = Si vous rentrez chez vous avec l’OIM
home-returnee-deadlines = Connaissez les dates limites importantes après votre arrivée.
home-returnee-plan = Voyez les types d’aide offerts pour votre plan de réintégration et pour votre prochaine étape.
# Link from the home page to the returnee's page.
home-returnee-link = Voir les types d’aide et votre plan

home-privacy-heading = Vos renseignements restent avec vous
home-privacy-body = { -brand-name } ne demande pas votre nom. Rien de ce que vous écrivez n’est envoyé, sauf si vous choisissez de le partager.
