# Page: /loan, the estimate of what a family's immigration (travel) loan costs to repay.
loan-title = ستاسو د سفر پور: تاسو به څومره ورکوئ
loan-lead = کاناډا کډوالو ته د هغوی د سفر پیسې په پور ورکوي. دا پاڼه اټکل کوي چې تاسو به هره میاشت څومره بېرته ورکوئ، او کله. کله چې یو ځل پرانیستل شي، بې له انټرنېټه هم کار کوي.

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
loan-arrival-hint = که لا نه پوهېږئ، هغه میاشت ولیکئ چې تمه یې لرئ. د بېلګې په توګه: ۳ { $year }
loan-arrival-month = میاشت
loan-arrival-year = کال

loan-submit = زما اټکل وښایئ
# Title of the box at the top of the page that lists every mistake.
loan-error-summary-title = یوه ستونزه شته

# Messages next to a field that cannot be read. { $example } and { $max } are formatted numbers.
loan-error-empty = اندازه ولیکئ
loan-error-not-a-number = اندازه په عددونو ولیکئ، د بېلګې په توګه { $example }
loan-error-zero = له صفر څخه لویه اندازه ولیکئ
loan-error-negative = اندازه منفي کېدای نه شي
loan-error-too-large = { $max } یا تر هغه لږه اندازه ولیکئ
loan-error-too-many-decimals = له اعشاري نښې وروسته تر ۲ رقمونو زیات مه لیکئ
loan-error-above-cap = د یوې کورنۍ پور تر ټولو زیات { $cap } دی. په خپلو کاغذونو کې اندازه وګورئ.
loan-error-travellers = د کسانو شمېر په بشپړ عدد ولیکئ، له ۱ څخه تر { $max } پورې
loan-error-month = له ۱ څخه تر ۱۲ پورې یوه میاشت ولیکئ
loan-error-year = له { $from } څخه تر { $to } پورې یو کال ولیکئ
loan-error-policy = د پور قواعد ونه لوستل شول. مهرباني وکړئ وروسته بیا هڅه وکړئ.

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
loan-result-from-fares = ستاسو اټکل شوی پور { $loan } دی: د ټکټونو بیه او د مهاجرت د نړیوال سازمان فیس، چې په هر کس { $fee } دی.
# Shown when tickets and fees are above the family limit ({ $cap }).
loan-result-iom-pays = د سفر لګښتونه ({ $cost }) د هرې کورنۍ له { $cap } حد څخه زیات دي. د مهاجرت نړیوال سازمان هغه { $excess } ورکوي چې له حد څخه زیات دي: تاسو یې بېرته نه ورکوئ.
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
loan-share-hint = په لینک کې یوازې د دې پاڼې شمېرې دي، ستاسو په اړه هېڅ نشته.
loan-print = دا اټکل چاپ کړئ

# Where the rules come from. { $date } is a formatted date.
loan-rules-checked = هغه قواعد چې دا اټکل پرې ولاړ دی، وروستی ځل په { $date } وکتل شول.
loan-rules-saved = تاسو انټرنېټ ته نه یاست وصل. دا قواعد په { $date } په همدې وسیله کې خوندي شوي وو.
