# The app's name. Keep it as "Passage" unless your language needs a transliteration.
-brand-name = Passage

# The app's name as shown in the header.
shell-brand = { -brand-name }

# Short line under the app's name in the header.
shell-tagline = Help for people who move with IOM
# Invisible until focused with the keyboard; jumps past the header to the page content.
shell-skip-link = Skip to main content
# Label of the drop-down list of languages in the header.
shell-language-label = Language
# Accessible name of the main menu (read by screen readers as "Main navigation").
shell-nav-label = Main
shell-nav-home = Home
# Menu link to the loan estimate page.
shell-nav-loan = Travel loan
# Browser tab title: { $page } is the title of the page being shown.
shell-document-title = { $page } – { -brand-name }
# Footer: what Passage does with the user's data.
shell-footer-privacy = { -brand-name } has no trackers and no adverts. What you type stays on this phone or computer unless you choose to share it.
# Footer: where the information comes from and who can confirm it.
shell-footer-sources = Information from IOM (the International Organization for Migration) and the Government of Canada. Your IOM office can confirm anything you read here.

notfound-title = Page not found
notfound-body = We could not find this page. The address may be wrong, or the page may have moved.
notfound-home-link = Go to the home page
