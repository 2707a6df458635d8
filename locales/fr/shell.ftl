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
# Accessible name of the main menu (read by screen readers as "Main navigation").
shell-nav-label = Menu principal
shell-nav-home = Accueil
# Menu link to the loan estimate page.
shell-nav-loan = Prêt de transport
# Browser tab title: { $page } is the title of the page being shown.
shell-document-title = { $page } – { -brand-name }
# Footer: what Passage does with the user's data.
shell-footer-privacy = { -brand-name } n’a pas de traceurs ni de publicités. Ce que vous écrivez reste sur ce téléphone ou cet ordinateur, sauf si vous choisissez de le partager.
# Footer: where the information comes from and who can confirm it.
shell-footer-sources = Renseignements fournis par l’OIM (l’Organisation internationale pour les migrations) et le gouvernement du Canada. Votre bureau de l’OIM peut confirmer tout ce que vous lisez ici.

notfound-title = Page introuvable
notfound-body = Nous n’avons pas trouvé cette page. L’adresse est peut-être mauvaise, ou la page a peut-être changé de place.
notfound-home-link = Aller à la page d’accueil
