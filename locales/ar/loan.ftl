# Page: /loan, the estimate of what a family's immigration (travel) loan costs to repay.
loan-title = قرض السفر: ما ستدفعه
loan-lead = تُقرض كندا اللاجئين المال اللازم لرحلتهم. تقدّر هذه الصفحة المبلغ الذي ستردّه كل شهر، ومتى. بعد أن تفتحها مرة واحدة، تعمل أيضًا دون إنترنت.

# Shown only when the browser runs no JavaScript: the estimate cannot be computed then.
loan-noscript = يحتاج هذا التقدير إلى JavaScript، وهو متوقف في هذا المتصفح. القواعد أدناه تبقى صحيحة، ورسالة IRCC تذكر مبالغك.

# A choice between two ways of starting (radio buttons).
loan-mode-legend = كيف تريد أن تبدأ؟
loan-mode-known = أعرف مبلغ قرضي
loan-mode-known-hint = تجده في أوراق القرض أو في رسالة من IRCC (وزارة الهجرة واللاجئين والمواطنة الكندية).
loan-mode-estimate = ساعدني على تقديره
loan-mode-estimate-hint = من عدد المسافرين وسعر تذكرة طيران واحدة.

loan-amount-label = مبلغ القرض، بالدولار الكندي
# { $example } is an amount written the local way, e.g. "4,800.00".
loan-amount-hint = مثلًا { $example }
loan-travellers-label = كم شخصًا يسافر بهذا القرض؟
loan-fare-label = سعر تذكرة طيران واحدة، بالدولار الكندي
# { $fee } is the IOM fee per person, e.g. "CA$300.00".
loan-fare-hint = يستطيع مكتب المنظمة الدولية للهجرة أن يخبرك به. تضيف المنظمة { $fee } عن كل شخص مقابل خدماتها.

loan-arrival-legend = متى تصل إلى كندا؟
# { $month } and { $year } are numbers in the reader's digits: an example of a month and a year.
loan-arrival-hint = إذا كنت لا تعرف بعد، فاكتب الشهر الذي تتوقعه. مثلًا: { $month } { $year }
loan-arrival-month = الشهر
loan-arrival-year = السنة

loan-submit = اعرض التقدير
# Title of the box at the top of the page that lists every mistake.
loan-error-summary-title = هناك مشكلة

# Messages next to a field that cannot be read. { $example } and { $max } are formatted numbers.
loan-error-empty = اكتب المبلغ
loan-error-fare-empty = اكتب سعر تذكرة واحدة
loan-error-not-a-number = اكتب المبلغ بالأرقام، مثلًا { $example }
# The amount has a comma, dot or space in a place this language does not put one (e.g. "1200,50" in English).
loan-error-bad-marks = اكتب المبلغ هكذا: { $example }
loan-error-zero = اكتب مبلغًا أكبر من صفر
loan-error-negative = لا يمكن أن يكون المبلغ سالبًا
loan-error-too-large = اكتب مبلغًا لا يزيد على { $max }
loan-error-too-many-decimals = لا تكتب أكثر من رقمين بعد الفاصلة العشرية
loan-error-travellers = اكتب عدد الأشخاص رقمًا صحيحًا، من ١ إلى { $max }
loan-error-month = اكتب شهرًا من ١ إلى ١٢
loan-error-year = اكتب سنة من { $from } إلى { $to }
# { $month } is a month and year, e.g. "September 2021": the first arrival month the rules in Passage cover.
loan-error-before-rules = لا يستطيع Passage أن يقدّر القرض إلا لمن يصل ابتداءً من { $month }، وهو الوقت الذي بدأت فيه القواعد الحالية. إذا كان وصولك قبل ذلك، فرسالة IRCC تعطيك المبالغ الخاصة بك.

loan-result-heading = تقديرك
# { $amount }, { $first } and { $last } are formatted ("CA$66.67", "March 2027"). $months is the
# number of monthly payments (choose the plural form with it); { $months-text } is the same
# number written in the reader's digits. Keep { $months-text } outside the plural variants.
loan-result-summary = ستدفع نحو { $amount } شهريًا لمدة { $months-text } { $months ->
    [zero] شهر
    [one] شهر
    [two] شهرين
    [few] أشهر
    [many] شهرًا
   *[other] شهر
}، من { $first } إلى { $last }.
loan-result-total = ستردّ في المجموع { $total }. لا توجد فائدة.
# Shown when the estimate was made from ticket prices.
loan-result-from-fares = قرضك لا يقل عن { $loan }: ثمن التذاكر مع رسوم المنظمة الدولية للهجرة، وهي { $fee } عن كل شخص.
# Next to an estimate from ticket prices: why the real loan is usually higher.
loan-result-lower-bound = القرض الحقيقي يكون في العادة أكبر. فهو يشمل أيضًا السفر إلى المدينة التي تقلع منها طائرتك، ومكان الإقامة والطعام قبل أن تسافر، وضرائب النقل، ومرافقًا إذا سافر معك مرافق. وقد يكون سعر تذاكر الأطفال مختلفًا.
# Shown when tickets and fees ({ $cost }) are above the most one family's loan holds ({ $cap }). No source says who pays the rest: do not say who pays.
loan-result-above-cap = التذاكر والرسوم ({ $cost }) أكثر من { $cap }، وهو أقصى مبلغ لقرض السفر للعائلة الواحدة. قرضك يتوقف عند { $cap }. اسأل المنظمة الدولية للهجرة عن التكاليف التي تزيد على ذلك.
# Shown when a typed loan amount ({ $loan }) is above the family limit ({ $cap }).
loan-result-above-cap-known = { $loan } أكثر من { $cap }، وهو أقصى مبلغ لقرض السفر للعائلة الواحدة. قد تجمع رسالة IRCC أكثر من قرض واحد، لذلك يستخدم هذا التقدير المبلغ الذي كتبته.
loan-estimate-note = هذا تقدير فقط. رسالة IRCC تعطيك المبالغ الدقيقة، وتاريخ أول دفعة، وأقل مبلغ يجب أن تدفعه كل شهر.

# A table of every monthly payment, hidden until the reader opens it.
loan-schedule-summary = اعرض كل الدفعات الشهرية
loan-schedule-number = الدفعة
loan-schedule-month = الشهر
loan-schedule-amount = المبلغ

loan-hardship-heading = إذا لم تستطع الدفع
loan-hardship-ask = تواصل مع IRCC. يمكنك أن تطلب الدفع لاحقًا أو تغيير دفعاتك. القرار فيما هو ممكن يعود إلى IRCC.
loan-hardship-deport = التأخر عن الدفعات لا يمكن أن يؤدي إلى ترحيلك (إخراجك من كندا). لكن الحكومة تستطيع أن تتخذ إجراءات لتحصيل المال، وقد يصعّب ذلك عليك كفالة أفراد من عائلتك لاحقًا.
loan-hardship-sponsor = من يكفلك ليس مسؤولًا عن قرضك.

loan-share-label = رابط هذا التقدير
# Next to the share link: say truthfully what it holds.
loan-share-hint = يحمل الرابط الأرقام التي في هذه الصفحة: مبلغ القرض (أو عدد الأشخاص وسعر التذكرة) والشهر الذي تصل فيه. كل من ترسل إليه الرابط يستطيع أن يراها.
loan-print = اطبع هذا التقدير

# Where the rules come from. { $date } is a formatted date.
loan-rules-checked = قارن شخصٌ هذه القواعد بمصادرها آخر مرة في { $date }.
loan-rules-unchecked = لم يقارن أحدٌ هذه القواعد بمصادرها حتى الآن.
loan-rules-offline-saved = أنت غير متصل بالإنترنت. يستخدم هذا التقدير القواعد التي حُفظت على هذا الجهاز في { $date }.
loan-rules-saved = يستخدم هذا التقدير القواعد المحفوظة على هذا الجهاز في { $date }.
loan-rules-offline-built-in = أنت غير متصل بالإنترنت. يستخدم هذا التقدير القواعد التي جاءت مع Passage.
loan-rules-server-error = لم يستطع Passage أن يحصل على أحدث القواعد من الخادم الخاص به، لذلك يستخدم هذا التقدير القواعد التي كانت عنده من قبل.
# Button under the note above: asks the server for the latest rules again.
loan-rules-retry = حاول مرة أخرى
