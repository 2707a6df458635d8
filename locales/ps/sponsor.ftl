# Page: /sponsor, for people in Canada who sponsor a refugee family or person. The timeline is
# computed on the phone from an arrival date; no names are asked for.
sponsor-title = د ملاتړو (سپانسرانو) لپاره د رارسېدو مهالوېش
sponsor-lead = وګورئ چې د هغه کس له رارسېدو مخکې او وروسته چې تاسو یې ملاتړ کوئ، معمولاً څه پېښېږي، او کله. یوازې د رارسېدو نېټه پکار ده: هېڅ نوم نه غوښتل کېږي.
sponsor-planner-heading = د رارسېدو د نېټې له مخې پلان جوړ کړئ
# A group of three fields: day, month and year.
sponsor-date-legend = هغوی کله رارسېږي، یا تاسو یې کله تمه لرئ؟
# { $day }, { $month } and { $year } are an example date, in the reader's digits.
sponsor-date-hint = د بېلګې په توګه { $day } { $month } { $year }
sponsor-date-day = ورځ
sponsor-date-month = میاشت
sponsor-date-year = کال
sponsor-date-submit = مهالوېش وښایئ
sponsor-error-summary-title = یوه ستونزه شته
sponsor-error-day-empty = د رارسېدو ورځ ولیکئ
sponsor-error-month-empty = د رارسېدو میاشت ولیکئ
sponsor-error-year-empty = د رارسېدو کال ولیکئ
sponsor-error-not-number = نېټه د بېلګې په شان په عددونو ولیکئ
sponsor-error-day-range = ورځ باید له ۱ څخه تر ۳۱ پورې وي
sponsor-error-month-range = میاشت باید له ۱ څخه تر ۱۲ پورې وي
sponsor-error-year-range = کال بشپړ ولیکئ، لکه ۲۰۲۷
sponsor-error-no-such-day = دا ورځ په دې میاشت کې نشته: ورځ او میاشت بیا وګورئ
sponsor-noscript = مهالوېش ستاسو په موبایل کې جوړېږي، او JavaScript ته اړتیا لري. JavaScript فعال کړئ، یا دا پاڼه په بل براوزر کې پرانیزئ.
sponsor-loading = د مهالوېش شمېرې ترلاسه کېږي…
sponsor-offline = تاسو انټرنېټ ته نه یاست وصل، او د مهالوېش شمېرې لا په دې موبایل کې نه دي خوندي شوې. یو ځل انټرنېټ ته وصل شئ، چې وروسته مهالوېش بې له انټرنېټه هم وکاروئ.
sponsor-server-error = Passage ونه شو کولی چې له خپل سرور څخه د مهالوېش شمېرې ترلاسه کړي. څو دقیقې وروسته بیا هڅه وکړئ.

# The timeline. Each step has a short title, its date and a few sentences.
sponsor-timeline-heading = څه کله کېږي
# Where each step stands, read before its title. Not only shown by colour.
timeline-stage-done = بشپړ شوی
timeline-stage-next = ورپسې
timeline-stage-later = وروسته
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits; { $date } is a date.
sponsor-step-notice-title = د رارسېدو خبرتیا
sponsor-step-notice-body = IRCC (د کاناډا د مهاجرت، کډوالۍ او تابعیت اداره) هڅه کوي چې د رارسېدو خبرتیا له رارسېدو لږ تر لږه { $days-text } کاري { $days ->
    [one] ورځ
   *[other] ورځې
} مخکې ولېږي، یعنې د { $date } په شاوخوا کې. دا د پلان جوړولو لپاره یوه موخه ده، ژمنه نه ده: که تر هغه وخته خبرتیا نه وي راغلې، له IRCC څخه یې وپوښتئ. تر هغه وخته د اوسېدو ځای او د لومړیو اونیو لپاره هر څه چمتو کړئ.
sponsor-step-notice-holidays = دلته رسمي رخصتۍ نه دي حساب شوې: کېدای شي خبرتیا یوه یا دوه ورځې مخکې راشي.
sponsor-step-arrival-title = رارسېدل
sponsor-step-arrival-body = په هوايي ډګر کې یې هرکلی وکړئ او خپل لومړي کور ته یې ورسوئ. په لومړیو اونیو کې ورسره مرسته وکړئ چې د روغتیا کارت او د ټولنیزې بیمې شمېرې (SIN) لپاره غوښتنه وکړي، د بانک حساب پرانیزي، د ماشومانو لپاره د کاناډا د مرستې (Canada Child Benefit) غوښتنه وکړي، او ښوونځي او د ژبې ټولګي ومومي.
# { $months } chooses the plural form; { $months-text } is the number in the reader's digits.
sponsor-step-support-title = ستاسو ملاتړ معمولاً پای ته رسېږي
sponsor-step-support-body = ملاتړي معمولاً د نویو راغلو کسانو ملاتړ د هغوی له رارسېدو وروسته د { $months-text } { $months ->
    [one] میاشتې
   *[other] میاشتو
} لپاره کوي، یا تر هغه وخته چې هغوی پخپله خپل لګښتونه پوره کړای شي: هر یو چې لومړی پېښ شي.
sponsor-step-joint-title = که دا د ګډې مرستې ملاتړ (Joint Assistance Sponsorship) وي
sponsor-step-joint-body = د ګډې مرستې په ملاتړ کې، مرسته د دوسیې له مخې تر { $months-text } { $months ->
    [one] میاشتې
   *[other] میاشتو
} پورې دوام کوي.
sponsor-step-loan-title = د هغوی د سفر پور لومړی قسط
sponsor-step-loan-body = د هغوی د سفر پور لومړی قسط باید د هغوی له رارسېدو { $months-text } { $months ->
    [one] میاشت
   *[other] میاشتې
} وروسته ورکړل شي. د IRCC لیک دقیقه نېټه او اندازه ښيي.
sponsor-step-loan-not-yours = پور د هغوی دی: ملاتړي یې د بېرته ورکولو مسؤل نه دي.

# Sharing the planner: the link holds only the date and the language.
sponsor-share-heading = دا مهالوېش شریک کړئ
sponsor-share-body = په دې لینک کې یوازې د رارسېدو نېټه او ژبه ده: نه نومونه، نه کوډونه. تاسو یې د ملاتړ خپلې ډلې ته لېږلی شئ.
sponsor-share-copy = لینک کاپي کړئ
sponsor-share-copied = لینک کاپي شو.
sponsor-print = دا مهالوېش چاپ کړئ

# With the access code IOM gave the sponsor for one case.
sponsor-case-heading = ستاسو د ملاتړ دوسیه
sponsor-code-heading = آیا د دې دوسیې لپاره د لاسرسي کوډ لرئ؟
sponsor-code-lead = په هغه د لاسرسي کوډ چې د مهاجرت نړیوال سازمان درکړی، تاسو لیدلی شئ چې دوسیه په کوم پړاو کې ده. ستاسو کوډ یوازې په همدې موبایل کې پاتې کېږي: Passage یې نه ساتي.
sponsor-keep = دا دوسیه په دې موبایل کې وساتئ، چې بې له انټرنېټه یې هم وګورم
sponsor-case-demo = دا دوسیه یوازې د بېلګې لپاره ده، چې Passage وازمویئ. ریښتینې نه ده.
# { $city } is a city in Canada.
sponsor-case-destination = هغوی به په { $city } کې اوسېږي.
# { $from } and { $to } are dates.
sponsor-case-window = د رارسېدو اټکلي نېټه: د { $from } او { $to } ترمنځ.
sponsor-case-day = د رارسېدو اټکلي نېټه: { $date }.
sponsor-case-notice-sent = د رارسېدو خبرتیا لېږل شوې ده. د الوتنې د جزیاتو لپاره هغه پیغامونه وګورئ چې IRCC درته لېږلي دي.
# { $date } is a date, worked out from the earliest expected arrival; { $days } chooses the
# plural form, { $days-text } is the number in the reader's digits.
sponsor-case-notice-not-sent = د رارسېدو خبرتیا لا نه ده لېږل شوې. IRCC هڅه کوي چې دا له رارسېدو لږ تر لږه { $days-text } کاري { $days ->
    [one] ورځ
   *[other] ورځې
} مخکې ولېږي: د رارسېدو د تر ټولو لومړۍ اټکلي ورځې له مخې، د { $date } په شاوخوا کې. دا یوه موخه ده، ژمنه نه ده.
# { $date } is a formatted date.
sponsor-case-updated = وروستی ځل په { $date } تازه شوه. د بدلونونو د لیدلو لپاره، لاندې خپل کوډ بیا ولیکئ.
sponsor-case-refresh = بدلونونه وګورئ
sponsor-milestone-case-approved = دوسیه منظوره شوه
sponsor-milestone-arrival-notice = د رارسېدو خبرتیا
sponsor-milestone-arrival = رارسېدل
sponsor-milestone-income-support-ends = مالي مرسته پای ته رسېږي
sponsor-milestone-other = بل پړاو
