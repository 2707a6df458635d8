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
# Button next to the language list, shown only when the browser runs no JavaScript.
shell-language-apply = Onyesha
# Accessible name of the main menu (read by screen readers as "Main navigation").
shell-nav-label = Menyu kuu
shell-nav-home = Mwanzo
# Menu link to the orientation topics (life in Canada).
shell-nav-orientation = Maisha ya Kanada
# Menu link to the traveller's appointments.
shell-nav-appointments = Miadi
# Menu link to the loan estimate page.
shell-nav-loan = Mkopo wa safari
# Menu link to the orientation sessions.
shell-nav-sessions = Vipindi
# Browser tab title: { $page } is the title of the page being shown.
shell-document-title = { $page } – { -brand-name }
# Put before the page title while a form shows errors (GOV.UK pattern), e.g. "Error: Your travel loan".
shell-error-title = Hitilafu: { $page }
# Read by screen readers (not shown) before each error message next to a field.
shell-error-prefix = Hitilafu:
# Footer: what Passage does with the user's data.
shell-footer-privacy = { -brand-name } haina vifuatiliaji wala matangazo. Unachoandika kinabaki kwenye simu au kompyuta hii, isipokuwa ukichagua kukishiriki.
# Footer: where the information comes from and who can confirm it.
shell-footer-sources = Taarifa kutoka IOM (Shirika la Kimataifa la Uhamiaji) na Serikali ya Kanada. Ofisi yako ya IOM inaweza kuthibitisha chochote unachosoma hapa.

notfound-title = Ukurasa haukupatikana
notfound-body = Hatukuweza kupata ukurasa huu. Huenda anwani si sahihi, au ukurasa umehamishwa.
notfound-home-link = Nenda kwenye ukurasa wa mwanzo

# Page shown without internet for an address this device has not saved yet.
offline-title = Huna mtandao
offline-body = Ukurasa huu bado haujahifadhiwa kwenye kifaa hiki. Utafunguka utakaporudi mtandaoni. Kurasa ulizofungua awali zinafanya kazi bila intaneti.
offline-home-link = Nenda kwenye ukurasa wa mwanzo

# Shown at the top of the page while the phone has no internet (or the server does not answer).
shell-offline-notice = Huna mtandao. Unaona kilichohifadhiwa kwenye kifaa hiki.

# Shown when a new version of Passage has been downloaded; the button reloads the page.
shell-update-ready = Toleo jipya la Passage liko tayari.
shell-update-reload = Pakia ukurasa upya
# Between the items of a short list, e.g. the languages of a session ("Somali, Swahili"):
# a comma and a space in the language's own punctuation, in quotes.
shell-list-separator = { ", " }
# Shown on a page that was saved for offline use when the part of Passage that makes it work
# was not saved yet (the person is offline).
shell-app-missing = Ukurasa huu unahitaji mtandao mara ya kwanza unapoutumia. Unganisha mara moja, na baadaye utafanya kazi bila mtandao.
# A button that asks the server again after a failure.
shell-retry = Jaribu tena
