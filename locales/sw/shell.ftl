# The app's name. Keep it as "Passage" unless your language needs a transliteration.
-brand-name = Passage

# The app's name as shown in the header.
shell-brand = { -brand-name }

# Short line under the app's name in the header.
shell-tagline = Msaada kwa watu wanaohama pamoja na IOM
# Invisible until focused with the keyboard; jumps past the header to the page content.
shell-skip-link = Ruka hadi maudhui makuu
# Label of the drop-down list of languages in the header.
shell-language-label = Lugha
# Accessible name of the main menu (read by screen readers as "Main navigation").
shell-nav-label = Menyu kuu
shell-nav-home = Mwanzo
# Menu link to the loan estimate page.
shell-nav-loan = Mkopo wa safari
# Browser tab title: { $page } is the title of the page being shown.
shell-document-title = { $page } – { -brand-name }
# Footer: what Passage does with the user's data.
shell-footer-privacy = { -brand-name } haina vifuatiliaji wala matangazo. Unachoandika kinabaki kwenye simu au kompyuta hii, isipokuwa ukichagua kukishiriki.
# Footer: where the information comes from and who can confirm it.
shell-footer-sources = Taarifa kutoka IOM (Shirika la Kimataifa la Uhamiaji) na Serikali ya Kanada. Ofisi yako ya IOM inaweza kuthibitisha chochote unachosoma hapa.

notfound-title = Ukurasa haukupatikana
notfound-body = Hatukuweza kupata ukurasa huu. Huenda anwani si sahihi, au ukurasa umehamishwa.
notfound-home-link = Nenda kwenye ukurasa wa mwanzo
