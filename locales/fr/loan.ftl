# Page: /loan, the estimate of what a family's immigration (travel) loan costs to repay.
loan-title = Votre prêt de transport : ce que vous allez payer
loan-lead = Le Canada prête aux réfugiés l’argent de leur voyage. Cette page estime combien vous rembourserez chaque mois, et à partir de quand. Une fois ouverte, elle fonctionne aussi sans Internet.

# Shown only when the browser runs no JavaScript: the estimate cannot be computed then.
loan-noscript = Cette estimation a besoin de JavaScript, qui est désactivé dans ce navigateur. Les règles ci-dessous s’appliquent toujours, et la lettre d’IRCC donne vos montants.

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
# { $month } and { $year } are numbers in the reader's digits: an example of a month and a year.
loan-arrival-hint = Si vous ne le savez pas encore, entrez le mois prévu. Par exemple : { $month } { $year }
loan-arrival-month = Mois
loan-arrival-year = Année

loan-submit = Voir mon estimation
# Title of the box at the top of the page that lists every mistake.
loan-error-summary-title = Il y a un problème

# Messages next to a field that cannot be read. { $example } and { $max } are formatted numbers.
loan-error-empty = Entrez un montant
loan-error-fare-empty = Entrez le prix d’un billet
loan-error-not-a-number = Écrivez le montant en chiffres, par exemple { $example }
# The amount has a comma, dot or space in a place this language does not put one (e.g. "1200,50" in English).
loan-error-bad-marks = Écrivez le montant comme ceci : { $example }
loan-error-zero = Entrez un montant plus grand que zéro
loan-error-negative = Le montant ne peut pas être négatif
loan-error-too-large = Entrez un montant de { $max } ou moins
loan-error-too-many-decimals = Écrivez au plus 2 chiffres après la virgule
loan-error-travellers = Entrez un nombre entier de personnes, de 1 à { $max }
loan-error-month = Entrez un mois de 1 à 12
loan-error-year = Entrez une année de { $from } à { $to }
# { $month } is a month and year, e.g. "September 2021": the first arrival month the rules in Passage cover.
loan-error-before-rules = Passage peut estimer le prêt seulement pour une arrivée à partir de { $month }, quand les règles actuelles ont commencé. Pour une arrivée plus ancienne, la lettre d’IRCC donne vos montants.

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
loan-result-from-fares = Votre prêt est d’au moins { $loan } : les billets, plus les frais de l’OIM de { $fee } par personne.
# Next to an estimate from ticket prices: why the real loan is usually higher.
loan-result-lower-bound = Le vrai prêt est en général plus élevé. Il paie aussi le voyage jusqu’à la ville où vous prenez l’avion, un logement et des repas avant le départ, les taxes de transport, et une escorte si quelqu’un voyage avec vous pour vous accompagner. Le prix des billets pour les enfants peut être différent.
# Shown when tickets and fees ({ $cost }) are above the most one family's loan holds ({ $cap }). No source says who pays the rest: do not say who pays.
loan-result-above-cap = Les billets et les frais ({ $cost }) dépassent { $cap }. C’est le montant maximum du prêt de transport d’une famille. Votre prêt s’arrête à { $cap }. Pour les coûts au-dessus de ce montant, posez la question à l’OIM.
# Shown when a typed loan amount ({ $loan }) is above the family limit ({ $cap }).
loan-result-above-cap-known = { $loan } dépasse { $cap }. C’est le montant maximum du prêt de transport d’une famille. Mais la lettre d’IRCC peut additionner plusieurs prêts. Cette estimation utilise donc le montant que vous avez entré.
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
# Next to the share link: say truthfully what it holds.
loan-share-hint = Le lien contient les chiffres de cette page : le montant du prêt (ou le nombre de personnes et le prix du billet) et le mois de votre arrivée. Toute personne qui reçoit ce lien peut les voir.
loan-print = Imprimer cette estimation

# Where the rules come from. { $date } is a formatted date.
loan-rules-checked = Une personne a comparé ces règles avec leurs sources pour la dernière fois le { $date }.
loan-rules-unchecked = Personne n’a encore comparé ces règles avec leurs sources.
loan-rules-offline-saved = Vous êtes hors ligne. Cette estimation utilise les règles enregistrées sur cet appareil le { $date }.
loan-rules-saved = Cette estimation utilise les règles enregistrées sur cet appareil le { $date }.
loan-rules-offline-built-in = Vous êtes hors ligne. Cette estimation utilise les règles fournies avec Passage.
loan-rules-server-error = Passage n’a pas pu obtenir les règles les plus récentes sur son serveur. Cette estimation utilise donc les règles qu’il avait déjà.
# Button under the note above: asks the server for the latest rules again.
loan-rules-retry = Réessayer
