# The app's name. Keep it as "Passage" unless your language needs a transliteration.
-brand-name = Passage

# The app's name as shown in the header.
shell-brand = { -brand-name }

# Short line under the app's name in the header.
shell-tagline = Caawimo loogu talagalay dadka la safraya IOM
# Invisible until focused with the keyboard; jumps past the header to the page content.
shell-skip-link = U gudub qaybta ugu muhiimsan ee bogga
# Label of the drop-down list of languages in the header.
shell-language-label = Luqadda
# Accessible name of the main menu (read by screen readers as "Main navigation").
shell-nav-label = Liiska ugu weyn
shell-nav-home = Bogga hore
# Menu link to the loan estimate page.
shell-nav-loan = Deynta safarka
# Browser tab title: { $page } is the title of the page being shown.
shell-document-title = { $page } – { -brand-name }
# Footer: what Passage does with the user's data.
shell-footer-privacy = { -brand-name } kuma raad-raaco, xayeysiisna ma leh. Waxaad qorto waxay ku jiraan taleefankan ama kombiyuutarkan. Lama wadaagayo haddii aadan adigu dooran inaad wadaagto.
# Footer: where the information comes from and who can confirm it.
shell-footer-sources = Macluumaadkan waxaa laga helay IOM (Hay'adda Caalamiga ah ee Socdaalka) iyo Dowladda Kanada. Xafiiskaaga IOM ayaa xaqiijin kara wax kasta oo aad halkan ku akhrido.

notfound-title = Boggan lama helin
notfound-body = Ma aanu helin boggan. Cinwaanka ayaa laga yaabaa inuu khaldan yahay, ama boggu waxaa laga yaabaa inuu meel kale u guuray.
notfound-home-link = Tag bogga hore
