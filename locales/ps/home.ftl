home-title = { -brand-name } ته ښه راغلاست
home-lead = { -brand-name } له تاسو سره مرسته کوي چې ګام په ګام او په خپله ژبه د خپل سفر لپاره چمتو شئ. په موبایل کار کوي او ډېر لږ انټرنېټ لګوي.

# Section for refugees preparing to travel to Canada.
home-traveller-heading = که تاسو کاناډا ته سفر کوئ
home-traveller-orientation = په کاناډا کې د ژوند په اړه معلومات ترلاسه کړئ: هماغه موضوعګانې چې په بهر کې د کاناډا د پېژندنې په غونډو کې ویل کېږي.
home-traveller-schedule = خپل ټاکل شوي ملاقاتونه په یاد ولرئ: مرکه، طبي معاینه، د پېژندنې غونډه او الوتنه، او دا چې له ځان سره څه یوسئ.
home-traveller-loan = وګورئ چې ستاسو د سفر پور کېدای شي هره میاشت څومره شي، او بېرته ورکول یې کله پیلېږي.
# Links from the home page to the traveller's pages.
home-traveller-orientation-link = په کاناډا کې د ژوند په اړه ولولئ
home-traveller-schedule-link = خپل ملاقاتونه وګورئ
home-traveller-loan-link = د خپل سفر پور اټکل وکړئ
home-traveller-sessions-link = د پېژندنې غونډه ومومئ

# Section for people in Canada who sponsor a refugee family or person.
home-sponsor-heading = که تاسو د یو چا ملاتړی (سپانسر) یاست
home-sponsor-timeline = وګورئ چې معمولاً له رارسېدو مخکې او وروسته څه پېښېږي، او کله.
home-sponsor-share = مهالوېش له خپلې ډلې سره شریک کړئ، پرته له دې چې د چا شخصي معلومات شریک کړئ.
# Link from the home page to the sponsor's page.
home-sponsor-link = د رارسېدو مهالوېش وګورئ

# Section for people leaving Canada with IOM's help to go back to their country (assisted voluntary return).
home-returnee-heading = که تاسو د مهاجرت د نړیوال سازمان په مرسته خپل وطن ته بېرته ځئ
home-returnee-deadlines = هغه وروستۍ نېټې وپېژنئ چې له رارسېدو وروسته مهمې دي.
home-returnee-plan = وګورئ چې ستاسو د بیا ادغام د پلان لپاره کوم ډول مرستې شته، او ستاسو بل ګام څه دی.
# Link from the home page to the returnee's page.
home-returnee-link = د مرستې ډولونه او خپل پلان وګورئ

home-privacy-heading = ستاسو معلومات له تاسو سره پاتې کېږي
home-privacy-body = { -brand-name } ستاسو نوم نه غواړي. تاسو چې هر څه لیکئ، هېڅ ځای ته نه لېږل کېږي، مګر دا چې تاسو پخپله یې شریک کړئ.
