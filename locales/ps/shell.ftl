# The app's name. Keep it as "Passage" unless your language needs a transliteration.
-brand-name = Passage

# The app's name as shown in the header.
shell-brand = { -brand-name }

# Short line under the app's name in the header.
shell-tagline = د هغو کسانو لپاره مرسته چې د مهاجرت له نړیوال سازمان سره سفر کوي
# Invisible until focused with the keyboard; jumps past the header to the page content.
shell-skip-link = اصلي منځپانګې ته لاړ شئ
# Label of the drop-down list of languages in the header.
shell-language-label = ژبه
# Button next to the language list, shown only when the browser runs no JavaScript.
shell-language-apply = ښکاره کړئ
# Accessible name of the main menu (read by screen readers as "Main navigation").
shell-nav-label = اصلي مېنو
shell-nav-home = کور پاڼه
# Menu link to the orientation topics (life in Canada).
shell-nav-orientation = په کاناډا کې ژوند
# Menu link to the traveller's appointments.
shell-nav-appointments = ملاقاتونه
# Menu link to the loan estimate page.
shell-nav-loan = د سفر پور
# Menu link to the orientation sessions.
shell-nav-sessions = د پېژندنې غونډې
# Browser tab title: { $page } is the title of the page being shown.
shell-document-title = { $page } – { -brand-name }
# Put before the page title while a form shows errors (GOV.UK pattern), e.g. "Error: Your travel loan".
shell-error-title = تېروتنه: { $page }
# Read by screen readers (not shown) before each error message next to a field.
shell-error-prefix = تېروتنه:
# Footer: what Passage does with the user's data.
shell-footer-privacy = { -brand-name } تاسو نه څاري او اعلانونه نه لري. تاسو چې هر څه لیکئ، په همدې موبایل یا کمپیوټر کې پاتې کېږي، مګر دا چې تاسو پخپله یې له چا سره شریک کړئ.
# Footer: where the information comes from and who can confirm it.
shell-footer-sources = دا معلومات د مهاجرت له نړیوال سازمان او د کاناډا له حکومت څخه دي. د سازمان هغه دفتر چې له تاسو سره کار کوي، کولی شي هر هغه څه تایید کړي چې تاسو یې دلته لولئ.

notfound-title = پاڼه ونه موندل شوه
notfound-body = موږ دا پاڼه ونه موندله. کېدای شي پته غلطه وي، یا پاڼه بل ځای ته وړل شوې وي.
notfound-home-link = کور پاڼې ته لاړ شئ

# Page shown without internet for an address this device has not saved yet.
offline-title = تاسو آفلاین یاست
offline-body = دا پاڼه لا په دې وسیله کې نه ده خوندي شوې. کله چې بېرته انټرنټ ته وصل شئ، خلاصه به شي. هغه پاڼې چې مخکې مو پرانیستې دي، له انټرنټ پرته کار کوي.
offline-home-link = کور پاڼې ته لاړ شئ

# Shown at the top of the page while the phone has no internet (or the server does not answer).
shell-offline-notice = تاسو آفلاین یاست. هغه څه وینئ چې په دې وسیله کې خوندي شوي.

# Shown when a new version of Passage has been downloaded; the button reloads the page.
shell-update-ready = د Passage نوې نسخه چمتو ده.
shell-update-reload = پاڼه بیا پرانیزئ
# Between the items of a short list, e.g. the languages of a session ("Somali, Swahili"):
# a comma and a space in the language's own punctuation, in quotes.
shell-list-separator = { "، " }
# Shown on a page that was saved for offline use when the part of Passage that makes it work
# was not saved yet (the person is offline).
shell-app-missing = دا پاڼه لومړی ځل چې یې کاروئ انټرنېټ ته اړتیا لري. یو ځل وصل شئ، بیا به له انټرنېټ پرته هم کار کوي.
# A button that asks the server again after a failure.
shell-retry = بیا هڅه وکړئ
