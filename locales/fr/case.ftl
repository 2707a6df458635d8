# The access code form, shared by the appointments, sponsor and return pages. The code is
# printed on the letter from IOM.
code-label = Votre code d’accès
# { $example } is an example code, like "7K3M9Q-T2XV8R-4WH6PD": keep it as it is.
code-hint = Il est écrit sur votre lettre de l’OIM : 18 lettres et chiffres, comme { $example }. Les espaces et les tirets ne comptent pas.
code-submit = Ouvrir
# Title of the box listing what is wrong, at the top of the page.
code-error-summary-title = Il y a un problème
code-error-empty = Entrez le code d’accès écrit sur votre lettre
# { $found } is how many letters and numbers were typed (choose the plural form with it);
# { $found-text } is the same number in the reader's digits; { $wanted } is how many a code has.
code-error-length = Vous avez écrit { $found-text } { $found ->
    [one] lettre ou chiffre
   *[other] lettres et chiffres
}. Un code en a { $wanted } : comparez-le avec votre lettre.
code-error-character = Le code contient un signe qui n’est ni une lettre ni un chiffre. Comparez-le avec votre lettre.
# The code's last character shows a typing mistake: nothing was sent.
code-error-typo = Une lettre ou un chiffre semble mal écrit, ou deux sont inversés. Comparez le code avec votre lettre.
code-error-unknown = Nous n’avons pas trouvé ce code. Comparez-le avec votre lettre, ou posez la question à votre bureau de l’OIM.
# { $minutes } is how long to wait (choose the plural form with it); { $minutes-text } is the same number in the reader's digits.
code-error-too-many = Trop de codes ont été essayés depuis cette connexion. Attendez { $minutes-text } { $minutes ->
    [one] minute
   *[other] minutes
}, puis réessayez.
code-error-offline = Vous êtes hors ligne. Connectez-vous à Internet pour ouvrir votre page avec votre code.
code-error-server = Passage n’a pas pu joindre son serveur. Réessayez dans quelques minutes.
# The choice to keep the person's information on the phone. Phones are often shared.
code-keep-hint = Ne choisissez pas cette option sur un téléphone que d’autres personnes utilisent. Vous pouvez supprimer vos données à tout moment.

# A section at the bottom of the personal pages.
remove-heading = Vos données sur ce téléphone
remove-body = Supprimez tout ce que Passage a gardé sur ce téléphone à votre sujet : votre dossier, ce que vous avez coché et les sujets que vous avez lus.
remove-button = Supprimer mes données de ce téléphone
remove-done = Vos données ont été supprimées de ce téléphone.

# Shown on the appointments, sponsor and return pages when the phone's clock is more than a
# day away from the server's: the days are then counted from the server's date. { $date } is
# that date, already written for the reader.
case-clock-wrong = La date de votre téléphone semble fausse. Passage compte les jours à partir de la date d'aujourd'hui sur son serveur, { $date }.
