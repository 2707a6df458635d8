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
# Button next to the language list, shown only when the browser runs no JavaScript.
shell-language-apply = Muuji
# Accessible name of the main menu (read by screen readers as "Main navigation").
shell-nav-label = Liiska ugu weyn
shell-nav-home = Bogga hore
# Menu link to the orientation topics (life in Canada).
shell-nav-orientation = Nolosha Kanada
# Menu link to the traveller's appointments.
shell-nav-appointments = Ballamaha
# Menu link to the loan estimate page.
shell-nav-loan = Deynta safarka
# Menu link to the orientation sessions.
shell-nav-sessions = Casharrada
# Browser tab title: { $page } is the title of the page being shown.
shell-document-title = { $page } – { -brand-name }
# Put before the page title while a form shows errors (GOV.UK pattern), e.g. "Error: Your travel loan".
shell-error-title = Khalad: { $page }
# Read by screen readers (not shown) before each error message next to a field.
shell-error-prefix = Khalad:
# Footer: what Passage does with the user's data.
shell-footer-privacy = { -brand-name } kuma raad-raaco, xayeysiisna ma leh. Waxaad qorto waxay ku jiraan taleefankan ama kombiyuutarkan. Lama wadaagayo haddii aadan adigu dooran inaad wadaagto.
# Footer: where the information comes from and who can confirm it.
shell-footer-sources = Macluumaadkan waxaa laga helay IOM (Hay'adda Caalamiga ah ee Socdaalka) iyo Dowladda Kanada. Xafiiskaaga IOM ayaa xaqiijin kara wax kasta oo aad halkan ku akhrido.

notfound-title = Boggan lama helin
notfound-body = Ma aanu helin boggan. Cinwaanka ayaa laga yaabaa inuu khaldan yahay, ama boggu waxaa laga yaabaa inuu meel kale u guuray.
notfound-home-link = Tag bogga hore

# Page shown without internet for an address this device has not saved yet.
offline-title = Internet kuma xirnid
offline-body = Boggan weli laguma kaydin qalabkan. Wuu furmi doonaa marka aad dib ugu xirantid internetka. Boggaga aad hore u furtay waxay shaqeeyaan internet la'aan.
offline-home-link = Tag bogga hore

# Shown at the top of the page while the phone has no internet (or the server does not answer).
shell-offline-notice = Internet kuma xirnid. Waxaad arkaysaa waxa lagu kaydiyay qalabkan.

# Shown when a new version of Passage has been downloaded; the button reloads the page.
shell-update-ready = Nooc cusub oo Passage ah ayaa diyaar ah.
shell-update-reload = Dib u fur bogga
# Between the items of a short list, e.g. the languages of a session ("Somali, Swahili"):
# a comma and a space in the language's own punctuation, in quotes.
shell-list-separator = { ", " }
# Shown on a page that was saved for offline use when the part of Passage that makes it work
# was not saved yet (the person is offline).
shell-app-missing = Boggan wuxuu u baahan yahay intarneet markaad ugu horreysa isticmaasho. Hal mar ku xirnow, kadibna wuu shaqayn doonaa adigoon intarneet lahayn.
# A button that asks the server again after a failure.
shell-retry = Isku day mar kale
