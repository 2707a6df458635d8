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
# Accessible name of the main menu (read by screen readers as "Main navigation").
shell-nav-label = اصلي مېنو
shell-nav-home = کور پاڼه
# Menu link to the loan estimate page.
shell-nav-loan = د سفر پور
# Browser tab title: { $page } is the title of the page being shown.
shell-document-title = { $page } – { -brand-name }
# Footer: what Passage does with the user's data.
shell-footer-privacy = { -brand-name } تاسو نه څاري او اعلانونه نه لري. تاسو چې هر څه لیکئ، په همدې موبایل یا کمپیوټر کې پاتې کېږي، مګر دا چې تاسو پخپله یې له چا سره شریک کړئ.
# Footer: where the information comes from and who can confirm it.
shell-footer-sources = دا معلومات د مهاجرت له نړیوال سازمان او د کاناډا له حکومت څخه دي. د سازمان هغه دفتر چې له تاسو سره کار کوي، کولی شي هر هغه څه تایید کړي چې تاسو یې دلته لولئ.

notfound-title = پاڼه ونه موندل شوه
notfound-body = موږ دا پاڼه ونه موندله. کېدای شي پته غلطه وي، یا پاڼه بل ځای ته وړل شوې وي.
notfound-home-link = کور پاڼې ته لاړ شئ
