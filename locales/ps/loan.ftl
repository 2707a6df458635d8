# Page: /loan, the estimate of what a family's immigration (travel) loan costs to repay.
loan-title = ستاسو د سفر پور: تاسو به څومره ورکوئ
loan-lead = کاناډا کډوالو ته د هغوی د سفر پیسې په پور ورکوي. دا پاڼه اټکل کوي چې تاسو به هره میاشت څومره بېرته ورکوئ، او کله. کله چې یو ځل پرانیستل شي، بې له انټرنېټه هم کار کوي.

# Shown only when the browser runs no JavaScript: the estimate cannot be computed then.
loan-noscript = دې اټکل ته JavaScript اړین دی، چې په دې براوزر کې بند دی. لاندې قواعد لا هم پلي کېږي، او د IRCC لیک ستاسو اندازې ښيي.

# A choice between two ways of starting (radio buttons).
loan-mode-legend = څنګه غواړئ پیل وکړئ؟
loan-mode-known = زه پوهېږم چې زما پور څومره دی
loan-mode-known-hint = دا ستاسو د پور په کاغذونو کې یا د IRCC (د کاناډا د مهاجرت، کډوالۍ او تابعیت اداره) په لیک کې لیکل شوی دی.
loan-mode-estimate = په اټکل کې مې مرسته وکړئ
loan-mode-estimate-hint = د مسافرو د شمېر او د الوتکې د یوه ټکټ د بیې له مخې.

loan-amount-label = د پور اندازه، په کاناډايي ډالرو
# { $example } is an amount written the local way, e.g. "4,800.00".
loan-amount-hint = د بېلګې په توګه { $example }
loan-travellers-label = څو کسان په دې پور سفر کوي؟
loan-fare-label = د الوتکې د یوه ټکټ بیه، په کاناډايي ډالرو
# { $fee } is the IOM fee per person, e.g. "CA$300.00".
loan-fare-hint = د مهاجرت د نړیوال سازمان دفتر یې تاسو ته ویلی شي. دا سازمان د خپلو خدمتونو لپاره په هر کس { $fee } ورزیاتوي.

loan-arrival-legend = کاناډا ته کله رسېږئ؟
# { $month } and { $year } are numbers in the reader's digits: an example of a month and a year.
loan-arrival-hint = که لا نه پوهېږئ، هغه میاشت ولیکئ چې تمه یې لرئ. د بېلګې په توګه: { $month } { $year }
loan-arrival-month = میاشت
loan-arrival-year = کال

loan-submit = زما اټکل وښایئ
# Title of the box at the top of the page that lists every mistake.
loan-error-summary-title = یوه ستونزه شته

# Messages next to a field that cannot be read. { $example } and { $max } are formatted numbers.
loan-error-empty = اندازه ولیکئ
loan-error-fare-empty = د یوه ټکټ بیه ولیکئ
loan-error-not-a-number = اندازه په عددونو ولیکئ، د بېلګې په توګه { $example }
# The amount has a comma, dot or space in a place this language does not put one (e.g. "1200,50" in English).
loan-error-bad-marks = اندازه داسې ولیکئ: { $example }
loan-error-zero = له صفر څخه لویه اندازه ولیکئ
loan-error-negative = اندازه منفي کېدای نه شي
loan-error-too-large = { $max } یا تر هغه لږه اندازه ولیکئ
loan-error-too-many-decimals = له اعشاري نښې وروسته تر ۲ رقمونو زیات مه لیکئ
loan-error-travellers = د کسانو شمېر په بشپړ عدد ولیکئ، له ۱ څخه تر { $max } پورې
loan-error-month = له ۱ څخه تر ۱۲ پورې یوه میاشت ولیکئ
loan-error-year = له { $from } څخه تر { $to } پورې یو کال ولیکئ
# { $month } is a month and year, e.g. "September 2021": the first arrival month the rules in Passage cover.
loan-error-before-rules = Passage یوازې د هغو کسانو پور اټکلولی شي چې په { $month } یا تر هغې وروسته رسېږي، کله چې اوسني قواعد پیل شول. که تاسو تر هغې مخکې رسېدلي یاست، د IRCC لیک ستاسو اندازې ښيي.

loan-result-heading = ستاسو اټکل
# { $amount }, { $first } and { $last } are formatted ("CA$66.67", "March 2027"). $months is the
# number of monthly payments (choose the plural form with it); { $months-text } is the same
# number written in the reader's digits. Keep { $months-text } outside the plural variants.
loan-result-summary = تاسو به د { $months-text } { $months ->
    [one] میاشتې
   *[other] میاشتو
} لپاره هره میاشت نږدې { $amount } ورکوئ، له { $first } څخه تر { $last } پورې.
loan-result-total = په ټوله کې به { $total } بېرته ورکوئ. هېڅ سود نشته.
# Shown when the estimate was made from ticket prices.
loan-result-from-fares = ستاسو پور لږ تر لږه { $loan } دی: د ټکټونو بیه او د مهاجرت د نړیوال سازمان فیس، چې په هر کس { $fee } دی.
# Next to an estimate from ticket prices: why the real loan is usually higher.
loan-result-lower-bound = اصلي پور معمولاً تر دې زیات وي. دا پور د دې شیانو پیسې هم ورکوي: هغه ښار ته سفر چې له هغه ځایه په الوتکه کې ځئ، له تګ مخکې د اوسېدو ځای او خواړه، د ترانسپورت مالیه، او یو ملګری (اسکورټ) که څوک ستاسو د ملګرتیا لپاره درسره سفر کوي. د ماشومانو د ټکټونو بیه کېدای شي بېله وي.
# Shown when tickets and fees ({ $cost }) are above the most one family's loan holds ({ $cap }). No source says who pays the rest: do not say who pays.
loan-result-above-cap = ټکټونه او فیسونه ({ $cost }) له { $cap } څخه زیات دي. دا د یوې کورنۍ د سفر پور تر ټولو زیاته اندازه ده. ستاسو پور له { $cap } څخه نه زیاتېږي. د هغو لګښتونو په اړه چې له دې اندازې زیات دي، د مهاجرت له نړیوال سازمان څخه وپوښتئ.
# Shown when a typed loan amount ({ $loan }) is above the family limit ({ $cap }).
loan-result-above-cap-known = { $loan } له { $cap } څخه زیات دی. دا د یوې کورنۍ د سفر پور تر ټولو زیاته اندازه ده. خو کېدای شي د IRCC لیک څو پورونه سره یو ځای کړي، نو دا اټکل هغه اندازه کاروي چې تاسو لیکلې ده.
loan-estimate-note = دا یوازې اټکل دی. د IRCC لیک ستاسو دقیقې اندازې، د لومړي قسط نېټه او هغه تر ټولو لږه اندازه چې باید هره میاشت یې ورکړئ، تاسو ته ښيي.

# A table of every monthly payment, hidden until the reader opens it.
loan-schedule-summary = ټول میاشتني قسطونه وګورئ
loan-schedule-number = قسط
loan-schedule-month = میاشت
loan-schedule-amount = اندازه

loan-hardship-heading = که تاسو ورکړه نه شئ کولی
loan-hardship-ask = له IRCC سره اړیکه ونیسئ. تاسو غوښتلی شئ چې وروسته یې ورکړئ یا خپل قسطونه بدل کړئ. IRCC پرېکړه کوي چې څه شوني دي.
loan-hardship-deport = که قسطونه ورنه کړئ، له دې امله تاسو نه ډیپورټ کېږئ (له کاناډا څخه نه ایستل کېږئ). خو حکومت کولی شي د پیسو د راټولولو لپاره ګامونه پورته کړي، او دا کار کېدای شي وروسته ستاسو لپاره د کورنۍ د غړو سپانسر کول ګران کړي.
loan-hardship-sponsor = ستاسو ملاتړی (سپانسر) ستاسو د پور مسؤل نه دی.

loan-share-label = د دې اټکل لینک
# Next to the share link: say truthfully what it holds.
loan-share-hint = په لینک کې د دې پاڼې شمېرې دي: د پور اندازه (یا د کسانو شمېر او د ټکټ بیه) او هغه میاشت چې تاسو پکې رسېږئ. هر څوک چې تاسو ورته لینک ولېږئ، دا شمېرې لیدلی شي.
loan-print = دا اټکل چاپ کړئ

# Where the rules come from. { $date } is a formatted date.
loan-rules-checked = یوه کس وروستی ځل په { $date } دا قواعد د هغوی له سرچینو سره پرتله کړل.
loan-rules-unchecked = تر اوسه هېچا دا قواعد د هغوی له سرچینو سره نه دي پرتله کړي.
loan-rules-offline-saved = تاسو انټرنېټ ته نه یاست وصل. دا اټکل هغه قواعد کاروي چې په { $date } په همدې وسیله کې خوندي شوي وو.
loan-rules-saved = دا اټکل هغه قواعد کاروي چې په { $date } په دې وسیله کې خوندي شوي.
loan-rules-offline-built-in = تاسو انټرنېټ ته نه یاست وصل. دا اټکل هغه قواعد کاروي چې له Passage سره راغلي وو.
loan-rules-server-error = Passage ونه شو کولی چې له خپل سرور څخه تر ټولو نوي قواعد ترلاسه کړي، نو دا اټکل هغه قواعد کاروي چې مخکې یې درلودل.
# Button under the note above: asks the server for the latest rules again.
loan-rules-retry = بیا هڅه وکړئ
