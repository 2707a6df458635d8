# The app's name. Keep it as "Passage" unless your language needs a transliteration.
-brand-name = Passage

# The app's name as shown in the header.
shell-brand = { -brand-name }

# Short line under the app's name in the header.
shell-tagline = De l’aide pour les personnes qui se déplacent avec l’OIM
# Invisible until focused with the keyboard; jumps past the header to the page content.
shell-skip-link = Aller au contenu principal
# Label of the drop-down list of languages in the header.
shell-language-label = Langue
# Button next to the language list, shown only when the browser runs no JavaScript.
shell-language-apply = Afficher
# Accessible name of the main menu (read by screen readers as "Main navigation").
shell-nav-label = Menu principal
shell-nav-home = Accueil
# Menu link to the orientation topics (life in Canada).
shell-nav-orientation = La vie au Canada
# Menu link to the traveller's appointments.
shell-nav-appointments = Rendez-vous
# Menu link to the loan estimate page.
shell-nav-loan = Prêt de transport
# Menu link to the orientation sessions.
shell-nav-sessions = Séances
# Browser tab title: { $page } is the title of the page being shown.
shell-document-title = { $page } – { -brand-name }
# Put before the page title while a form shows errors (GOV.UK pattern), e.g. "Error: Your travel loan".
shell-error-title = Erreur : { $page }
# Read by screen readers (not shown) before each error message next to a field.
shell-error-prefix = Erreur :
# Footer: what Passage does with the user's data.
shell-footer-privacy = { -brand-name } n’a pas de traceurs ni de publicités. Ce que vous écrivez reste sur ce téléphone ou cet ordinateur, sauf si vous choisissez de le partager.
# Footer: where the information comes from and who can confirm it.
shell-footer-sources = Renseignements fournis par l’OIM (l’Organisation internationale pour les migrations) et le gouvernement du Canada. Votre bureau de l’OIM peut confirmer tout ce que vous lisez ici.

notfound-title = Page introuvable
notfound-body = Nous n’avons pas trouvé cette page. L’adresse est peut-être mauvaise, ou la page a peut-être changé de place.
notfound-home-link = Aller à la page d’accueil

# Page shown without internet for an address this device has not saved yet.
offline-title = Vous êtes hors ligne
offline-body = Cette page n’est pas encore enregistrée sur cet appareil. Elle s’ouvrira quand vous serez de nouveau en ligne. Les pages que vous avez déjà ouvertes fonctionnent sans Internet.
offline-home-link = Aller à la page d’accueil

# Shown at the top of the page while the phone has no internet (or the server does not answer).
shell-offline-notice = Vous êtes hors ligne. Vous voyez ce qui a été enregistré sur cet appareil.

# Shown when a new version of Passage has been downloaded; the button reloads the page.
shell-update-ready = Une nouvelle version de Passage est prête.
shell-update-reload = Recharger la page
# Between the items of a short list, e.g. the languages of a session ("Somali, Swahili"):
# a comma and a space in the language's own punctuation, in quotes.
shell-list-separator = { ", " }
# Shown on a page that was saved for offline use when the part of Passage that makes it work
# was not saved yet (the person is offline).
shell-app-missing = Cette page a besoin d’Internet la première fois que vous l’utilisez. Connectez-vous une fois, et elle fonctionnera ensuite hors ligne.
# A button that asks the server again after a failure.
shell-retry = Réessayer
