# Page: /loan, the estimate of what a family's immigration (travel) loan costs to repay.
loan-title = Votre prêt de transport : ce que vous allez payer
loan-lead = Le Canada prête aux réfugiés l’argent de leur voyage. Cette page estime combien vous rembourserez chaque mois, et à partir de quand. Une fois ouverte, elle fonctionne aussi sans Internet.

# A choice between two ways of starting (radio buttons).
loan-mode-legend = Comment voulez-vous commencer?
loan-mode-known = Je connais le montant de mon prêt
loan-mode-known-hint = Il est écrit dans les documents de votre prêt ou dans une lettre d’IRCC (Immigration, Réfugiés et Citoyenneté Canada).
loan-mode-estimate = Je veux de l’aide pour l’estimer
loan-mode-estimate-hint = À partir du nombre de personnes qui voyagent et du prix d’un billet d’avion.

loan-amount-label = Montant du prêt, en dollars canadiens
# { $example } is an amount written the local way, e.g. "4,800.00".
loan-amount-hint = Par exemple { $example }
loan-travellers-label = Combien de personnes voyagent avec ce prêt?
loan-fare-label = Prix d’un billet d’avion, en dollars canadiens
# { $fee } is the IOM fee per person, e.g. "CA$300.00".
loan-fare-hint = Votre bureau de l’OIM peut vous le dire. L’OIM ajoute { $fee } par personne pour ses services.

loan-arrival-legend = Quand arrivez-vous au Canada?
loan-arrival-hint = Si vous ne le savez pas encore, entrez le mois prévu. Par exemple : 3 { $year }
loan-arrival-month = Mois
loan-arrival-year = Année

loan-submit = Voir mon estimation
# Title of the box at the top of the page that lists every mistake.
loan-error-summary-title = Il y a un problème

# Messages next to a field that cannot be read. { $example } and { $max } are formatted numbers.
loan-error-empty = Entrez un montant
loan-error-not-a-number = Écrivez le montant en chiffres, par exemple { $example }
loan-error-zero = Entrez un montant plus grand que zéro
loan-error-negative = Le montant ne peut pas être négatif
loan-error-too-large = Entrez un montant de { $max } ou moins
loan-error-too-many-decimals = Écrivez au plus 2 chiffres après la virgule
loan-error-above-cap = Le prêt d’une famille est de { $cap } au maximum. Vérifiez le montant dans vos documents.
loan-error-travellers = Entrez un nombre entier de personnes, de 1 à { $max }
loan-error-month = Entrez un mois de 1 à 12
loan-error-year = Entrez une année de { $from } à { $to }
loan-error-policy = Les règles du prêt n’ont pas pu être lues. Veuillez réessayer plus tard.

loan-result-heading = Votre estimation
# { $amount }, { $first } and { $last } are formatted ("CA$66.67", "March 2027"). $months is the
# number of monthly payments (choose the plural form with it); { $months-text } is the same
# number written in the reader's digits. Keep { $months-text } outside the plural variants.
loan-result-summary = Vous paierez environ { $amount } par mois pendant { $months-text } { $months ->
    [one] mois
   *[other] mois
}, entre { $first } et { $last }.
loan-result-total = Au total, vous remboursez { $total }. Il n’y a pas d’intérêts.
# Shown when the estimate was made from ticket prices.
loan-result-from-fares = Votre prêt estimé est de { $loan } : les billets, plus les frais de l’OIM de { $fee } par personne.
# Shown when tickets and fees are above the family limit ({ $cap }).
loan-result-iom-pays = Le coût du voyage ({ $cost }) dépasse la limite de { $cap } par famille. L’OIM paie la partie au-dessus de la limite ({ $excess }) : vous n’avez pas à la rembourser.
loan-estimate-note = Ceci est une estimation. La lettre d’IRCC donne vos montants exacts, la date de votre premier paiement et le paiement minimum à faire chaque mois.

# A table of every monthly payment, hidden until the reader opens it.
loan-schedule-summary = Voir tous les paiements mensuels
loan-schedule-number = Paiement
loan-schedule-month = Mois
loan-schedule-amount = Montant

loan-hardship-heading = Si vous ne pouvez pas payer
loan-hardship-ask = Communiquez avec IRCC. Vous pouvez demander à payer plus tard ou à changer vos paiements. IRCC décide ce qui est possible.
loan-hardship-deport = On ne peut pas vous expulser (vous renvoyer du Canada) parce que vous avez manqué des paiements. Mais le gouvernement peut agir pour récupérer l’argent. Et il pourrait être plus difficile, plus tard, de parrainer des membres de votre famille.
loan-hardship-sponsor = La personne ou le groupe qui vous parraine n’est pas responsable de votre prêt.

loan-share-label = Lien vers cette estimation
loan-share-hint = Le lien contient seulement les chiffres de cette page, rien sur vous.
loan-print = Imprimer cette estimation

# Where the rules come from. { $date } is a formatted date.
loan-rules-checked = Les règles de cette estimation ont été vérifiées pour la dernière fois le { $date }.
loan-rules-saved = Vous êtes hors ligne. Ces règles ont été enregistrées sur cet appareil le { $date }.
