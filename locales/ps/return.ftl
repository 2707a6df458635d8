# Page: /return, for people going back to their country with IOM's help (assisted voluntary
# return and reintegration). IOM helps people return from many countries, not only Canada.
return-title = د مهاجرت د نړیوال سازمان په مرسته خپل وطن ته ستنېدل
return-lead = د مهاجرت نړیوال سازمان کولی شي د بیا ادغام د یوه پلان له لارې له تاسو سره مرسته وکړي، چې په خپل هېواد کې له سره پیل وکړئ. د مرستې ډولونه، معمول ګامونه، او دا چې بیا څه وکړئ، وګورئ.

return-steps-heading = معمول ګامونه
return-steps-lead = ستاسو د مهاجرت د نړیوال سازمان دفتر ستاسو خپلې وروستۍ نېټې ټاکي. لاندې شمېرې د کاناډا له یوه پروګرام څخه دي چې په ۲۰۱۵ کې پای ته ورسېد، نو دا ښيي چې معمولاً څه کېږي، نه د نن ورځې قواعد.
# A deadline of the usual steps. { $time } is an amount of time, e.g. "24 hours", "30 days".
return-deadline-contact-iom-after-referral = کله چې تاسو د مهاجرت نړیوال سازمان ته معرفي شئ، په { $time } کې دننه له دې سازمان سره اړیکه ونیسئ.
return-deadline-start-plan-after-arrival = کله چې خپل وطن ته ورسېږئ، په { $time } کې دننه د خپل پلان د پیلولو لپاره د مهاجرت د نړیوال سازمان له دفتر سره اړیکه ونیسئ.
return-deadline-in-kind-assistance-within = د شیانو او خدمتونو په بڼه مرسته (نه نغدې پیسې) ستاسو له ستنېدو وروسته په { $time } کې دننه درکول کېږي.
return-deadline-monitoring-after = له { $time } وروسته، د مهاجرت نړیوال سازمان پوښتنه کوي چې کارونه مو څنګه روان دي.
return-deadline-other = بل ګام: د مهاجرت د نړیوال سازمان له دفتر څخه وپوښتئ.
# { $n } chooses the plural form; { $n-text } is the number in the reader's digits.
return-time-hours = { $n-text } { $n ->
    [one] ساعت
   *[other] ساعتونو
}
return-time-days = { $n-text } { $n ->
    [one] ورځې
   *[other] ورځو
}
return-time-months = { $n-text } { $n ->
    [one] میاشتې
   *[other] میاشتو
}
# { $from } and { $until } are years, in the reader's digits.
return-programme = د کاناډا په هغه پروګرام کې چې له { $from } څخه تر { $until } پورې و. د مهاجرت د نړیوال سازمان له دفتر څخه وپوښتئ چې نن ستاسو لپاره څه پلي کېږي.

return-categories-heading = د مرستې ډولونه
return-categories-lead = دا چې تاسو څه ترلاسه کوئ، ستاسو په پلان او د مهاجرت د نړیوال سازمان په دفتر پورې اړه لري.
return-category-additional-luggage = اضافي سامان
return-category-additional-luggage-body = له ځان سره د خپلو شیانو وړل، تر هغه زیات چې ټکټ یې اجازه ورکوي.
return-category-onward-transportation = له هوايي ډګر څخه کور ته رسېدل
return-category-onward-transportation-body = له هغه هوايي ډګر څخه چې الوتکه مو پکې کښېني، هغه ځای ته سفر چې هلته به اوسېږئ.
return-category-job-search = د کار موندل
return-category-job-search-body = د کار په لټولو او د کار غوښتنې په ورکولو کې مرسته.
return-category-legal = حقوقي مرسته
return-category-legal-body = ستاسو په هېواد کې له اسنادو او حقوقي پوښتنو سره مرسته.
return-category-material = هغه شیان چې تاسو ته پکار دي
return-category-material-body = ستاسو د کور یا کار لپاره سامان.
return-category-medical = روغتیايي پاملرنه
return-category-medical-body = ډاکټر ته د تللو او د درملو د ترلاسه کولو لپاره مرسته.
return-category-small-business = د یوه کوچني کاروبار پیلول
return-category-small-business-body = د کوچني کاروبار په پلان کولو کې مرسته، او د هغو شیانو په برابرولو کې چې د پیل لپاره ورته پکار دي.
return-category-temporary-accommodation-and-housing = د اوسېدو ځای
return-category-temporary-accommodation-and-housing-body = د رسېدو پر مهال د اوسېدو لپاره یو ځای، او د کور په موندلو کې مرسته.
return-category-training-and-schooling = ښوونځی او روزنه
return-category-training-and-schooling-body = د ماشومانو لپاره ښوونځی، یا د یوه مسلک د زده کړې لپاره روزنه.
return-category-other = نوره مرسته
return-category-other-body = د مهاجرت د نړیوال سازمان له دفتر څخه وپوښتئ چې په دې کې څه شامل دي.

return-next-heading = بیا څه وکړئ
return-next-body = کله چې ورسېږئ، ژر تر ژره په خپل هېواد کې د مهاجرت د نړیوال سازمان له دفتر سره اړیکه ونیسئ. هغوی له تاسو سره یو ځای ستاسو پلان جوړوي او ستاسو وروستۍ نېټې ټاکي.

# With the access code from the IOM office.
return-code-heading = آیا د لاسرسي کوډ لرئ؟
return-code-lead = په هغه د لاسرسي کوډ چې د مهاجرت د نړیوال سازمان دفتر درکړی، تاسو خپل پلان او خپلې وروستۍ نېټې لیدلی شئ. ستاسو کوډ یوازې په همدې موبایل کې پاتې کېږي: Passage یې نه ساتي.
return-keep = زما پلان په دې موبایل کې وساتئ، چې بې له انټرنېټه یې هم وګورم
return-case-heading = ستاسو پلان
return-case-demo = دا پلان یوازې د بېلګې لپاره دی، چې Passage وازمویئ. ریښتینی نه دی.
# { $date } is a date.
return-case-returned = تاسو په { $date } خپل وطن ته ستانه شوئ.
return-case-returning = تاسو به په { $date } خپل وطن ته ستنېږئ.
return-case-updated = وروستی ځل په { $date } تازه شو. د بدلونونو د لیدلو لپاره، لاندې خپل کوډ بیا ولیکئ.
return-case-refresh = بدلونونه وګورئ
return-office-heading = ستاسو د مهاجرت د نړیوال سازمان دفتر
# { $city } is a city, { $country } a country.
return-office-place = د مهاجرت نړیوال سازمان، { $city }، { $country }
return-office-call = زنګ ووهئ
return-office-write = ایمیل ولیکئ
# Opening hours. { $days } is a list of days; { $opens } and { $closes } are times of day.
return-office-hours = { $days }: له { $opens } څخه تر { $closes } پورې
return-office-hours-note = دا وختونه د دفتر د سیمې محلي وخت دی.
return-office-demo = د اړیکې دا معلومات یوازې د بېلګې لپاره دي: هېچا ته نه رسېږي.
return-status-not-started = لا نه دی پیل شوی
return-status-in-progress = روان دی
return-status-done = بشپړ شوی
return-status-other = د مهاجرت د نړیوال سازمان له دفتر څخه وپوښتئ
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits.
return-due-left = { $days-text } { $days ->
    [one] ورځ پاتې ده
   *[other] ورځې پاتې دي
}
return-due-today = وروستۍ نېټه نن ده
return-due-passed = وروستۍ نېټه تېره شوې ده. د مهاجرت د نړیوال سازمان له دفتر سره اړیکه ونیسئ.
# { $date } is a date.
return-due-by = وروستۍ نېټه: { $date }
return-todo-not-started = بل ګام: د خپل پلان د دې برخې د پیلولو لپاره د مهاجرت د نړیوال سازمان له دفتر سره اړیکه ونیسئ.
return-todo-in-progress = بل ګام: تر هغه چې دا برخه بشپړه شي، د مهاجرت د نړیوال سازمان له دفتر سره په اړیکه کې اوسئ.
return-loading = د مرستې ډولونه ترلاسه کېږي…
return-offline = تاسو انټرنېټ ته نه یاست وصل، او دا معلومات لا په دې موبایل کې نه دي خوندي شوي. یو ځل انټرنېټ ته وصل شئ، چې وروسته یې بې له انټرنېټه هم ولوستلی شئ.
return-server-error = Passage ونه شو کولی چې دا معلومات له خپل سرور څخه ترلاسه کړي. څو دقیقې وروسته بیا هڅه وکړئ.
