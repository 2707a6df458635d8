# Page: /loan, the estimate of what a family's immigration (travel) loan costs to repay.
loan-title = قرض السفر: ما ستدفعه
loan-lead = تُقرض كندا اللاجئين المال اللازم لرحلتهم. تقدّر هذه الصفحة المبلغ الذي ستردّه كل شهر، ومتى. بعد أن تفتحها مرة واحدة، تعمل أيضًا دون إنترنت.

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
loan-arrival-hint = إذا كنت لا تعرف بعد، فاكتب الشهر الذي تتوقعه. مثلًا: ٣ { $year }
loan-arrival-month = الشهر
loan-arrival-year = السنة

loan-submit = اعرض التقدير
# Title of the box at the top of the page that lists every mistake.
loan-error-summary-title = هناك مشكلة

# Messages next to a field that cannot be read. { $example } and { $max } are formatted numbers.
loan-error-empty = اكتب المبلغ
loan-error-not-a-number = اكتب المبلغ بالأرقام، مثلًا { $example }
loan-error-zero = اكتب مبلغًا أكبر من صفر
loan-error-negative = لا يمكن أن يكون المبلغ سالبًا
loan-error-too-large = اكتب مبلغًا لا يزيد على { $max }
loan-error-too-many-decimals = لا تكتب أكثر من رقمين بعد الفاصلة العشرية
loan-error-above-cap = قرض العائلة لا يزيد على { $cap }. تحقّق من المبلغ في أوراقك.
loan-error-travellers = اكتب عدد الأشخاص رقمًا صحيحًا، من ١ إلى { $max }
loan-error-month = اكتب شهرًا من ١ إلى ١٢
loan-error-year = اكتب سنة من { $from } إلى { $to }
loan-error-policy = تعذّرت قراءة قواعد القرض. حاول مرة أخرى لاحقًا.

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
loan-result-from-fares = قرضك التقديري هو { $loan }: ثمن التذاكر مع رسوم المنظمة الدولية للهجرة، وهي { $fee } عن كل شخص.
# Shown when tickets and fees are above the family limit ({ $cap }).
loan-result-iom-pays = تكاليف السفر ({ $cost }) أعلى من الحد الأقصى للعائلة، وهو { $cap }. تدفع المنظمة الدولية للهجرة المبلغ الزائد عن الحد، وهو { $excess }، ولا تردّه أنت.
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
loan-share-hint = الرابط يحمل الأرقام التي في هذه الصفحة فقط، ولا شيء عنك.
loan-print = اطبع هذا التقدير

# Where the rules come from. { $date } is a formatted date.
loan-rules-checked = رُوجعت القواعد التي يقوم عليها هذا التقدير آخر مرة في { $date }.
loan-rules-saved = أنت غير متصل بالإنترنت. حُفظت هذه القواعد على هذا الجهاز في { $date }.
