# Page: /sponsor, for people in Canada who sponsor a refugee family or person. The timeline is
# computed on the phone from an arrival date; no names are asked for.
sponsor-title = للكفلاء: الجدول الزمني للوصول
sponsor-lead = اعرف ما يحدث عادةً قبل وصول من تكفلهم وبعده، ومتى يحدث. يكفي تاريخ الوصول، دون أي أسماء.
sponsor-planner-heading = خطّط انطلاقًا من تاريخ الوصول
# A group of three fields: day, month and year.
sponsor-date-legend = متى يصل من تكفلهم، أو متى تتوقع وصولهم؟
# { $day }, { $month } and { $year } are an example date, in the reader's digits.
sponsor-date-hint = مثلًا: { $day } { $month } { $year }
sponsor-date-day = اليوم
sponsor-date-month = الشهر
sponsor-date-year = السنة
sponsor-date-submit = اعرض الجدول الزمني
sponsor-error-summary-title = هناك مشكلة
sponsor-error-day-empty = اكتب يوم الوصول
sponsor-error-month-empty = اكتب شهر الوصول
sponsor-error-year-empty = اكتب سنة الوصول
sponsor-error-not-number = اكتب التاريخ بالأرقام، مثل المثال
sponsor-error-day-range = يجب أن يكون اليوم من ١ إلى ٣١
sponsor-error-month-range = يجب أن يكون الشهر من ١ إلى ١٢
sponsor-error-year-range = اكتب السنة كاملة، مثل ٢٠٢٧
sponsor-error-no-such-day = هذا اليوم غير موجود في هذا الشهر: تحقّق من اليوم والشهر
sponsor-noscript = يُحسب الجدول الزمني على هاتفك، ويحتاج إلى JavaScript. شغّل JavaScript، أو افتح هذه الصفحة في متصفح آخر.
sponsor-loading = نجلب أرقام الجدول الزمني…
sponsor-offline = أنت غير متصل بالإنترنت، ولم تُحفظ أرقام الجدول الزمني على هذا الهاتف بعد. اتصل بالإنترنت مرة واحدة لتستعمل الجدول الزمني دون إنترنت.
sponsor-server-error = لم يستطع Passage أن يحصل على أرقام الجدول الزمني من الخادم الخاص به. حاول مرة أخرى بعد بضع دقائق.

# The timeline. Each step has a short title, its date and a few sentences.
sponsor-timeline-heading = ماذا يحدث، ومتى
# Where each step stands, read before its title. Not only shown by colour.
timeline-stage-done = تمّ
timeline-stage-next = التالي
timeline-stage-later = لاحقًا
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits; { $date } is a date.
sponsor-step-notice-title = إشعار الوصول
sponsor-step-notice-body = تسعى IRCC إلى إرسال إشعار الوصول قبل موعد الوصول بمدة لا تقل عن { $days ->
    [zero] { $days-text } يوم عمل
    [one] يوم عمل واحد
    [two] يومَي عمل
    [few] { $days-text } أيام عمل
    [many] { $days-text } يوم عمل
   *[other] { $days-text } يوم عمل
}: في { $date } تقريبًا. هذا هدف للتخطيط، وليس وعدًا: إذا لم يصل الإشعار حتى ذلك الحين، فاسأل IRCC عنه. جهّز السكن وكل ما يلزم للأسابيع الأولى قبل ذلك.
sponsor-step-notice-holidays = العطل الرسمية غير محسوبة هنا: قد يصل الإشعار قبل ذلك بيوم أو يومين.
sponsor-step-arrival-title = الوصول
sponsor-step-arrival-body = استقبلهم في المطار وخذهم إلى أول بيت لهم. في الأسابيع الأولى، ساعدهم على طلب بطاقة صحية ورقم تأمين اجتماعي (Social Insurance Number)، وعلى فتح حساب في البنك، وطلب إعانة كندا للأطفال (Canada Child Benefit)، وإيجاد مدارس ودروس لغة.
# { $months } chooses the plural form; { $months-text } is the number in the reader's digits.
sponsor-step-support-title = ينتهي دعمك عادةً
sponsor-step-support-body = يدعم الكفلاء القادمين الجدد عادةً مدة { $months ->
    [zero] { $months-text } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months-text } أشهر
    [many] { $months-text } شهرًا
   *[other] { $months-text } شهر
} من وصولهم، أو حتى يستطيعوا أن يعيلوا أنفسهم، أيّهما أقرب.
sponsor-step-joint-title = إذا كانت كفالة بالمساعدة المشتركة (Joint Assistance Sponsorship)
sponsor-step-joint-body = في الكفالة بالمساعدة المشتركة، يستمر الدعم مدة تصل إلى { $months ->
    [zero] { $months-text } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months-text } أشهر
    [many] { $months-text } شهرًا
   *[other] { $months-text } شهر
}، حسب الحالة.
sponsor-step-loan-title = أول دفعة من قرض سفرهم
sponsor-step-loan-body = يحين موعد أول دفعة من قرض سفرهم بعد { $months ->
    [zero] { $months-text } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months-text } أشهر
    [many] { $months-text } شهرًا
   *[other] { $months-text } شهر
} من وصولهم. رسالة IRCC تذكر التاريخ والمبلغ بالضبط.
sponsor-step-loan-not-yours = القرض قرضهم: لا يجب على الكفلاء أن يردّوه.

# Sharing the planner: the link holds only the date and the language.
sponsor-share-heading = شارك هذا الجدول الزمني
sponsor-share-body = لا يحمل هذا الرابط إلا تاريخ الوصول واللغة: لا أسماء ولا رموز. يمكنك أن ترسله إلى مجموعة الكفالة الخاصة بك.
sponsor-share-copy = انسخ الرابط
sponsor-share-copied = نُسخ الرابط.
sponsor-print = اطبع هذا الجدول الزمني

# With the access code IOM gave the sponsor for one case.
sponsor-case-heading = كفالتك
sponsor-code-heading = هل لديك رمز دخول لهذا الملف؟
sponsor-code-lead = برمز الدخول الذي أعطتك إياه المنظمة الدولية للهجرة، يمكنك أن تعرف أين وصل الملف. يبقى رمزك على هذا الهاتف، ولا يحتفظ به Passage.
sponsor-keep = احفظ هذا الملف على هذا الهاتف لأفتحه دون إنترنت
sponsor-case-demo = هذا الملف مثال لتجربة Passage. ليس حقيقيًا.
# { $city } is a city in Canada.
sponsor-case-destination = سيعيشون في { $city }.
# { $from } and { $to } are dates.
sponsor-case-window = الوصول المتوقع: بين { $from } و{ $to }.
sponsor-case-day = الوصول المتوقع: { $date }.
sponsor-case-notice-sent = أُرسل إشعار الوصول. راجع رسائل IRCC إليك لتعرف تفاصيل الرحلة بالطائرة.
# { $date } is a date, worked out from the earliest expected arrival; { $days } chooses the
# plural form, { $days-text } is the number in the reader's digits.
sponsor-case-notice-not-sent = لم يُرسل إشعار الوصول بعد. تسعى IRCC إلى إرساله قبل موعد الوصول بمدة لا تقل عن { $days ->
    [zero] { $days-text } يوم عمل
    [one] يوم عمل واحد
    [two] يومَي عمل
    [few] { $days-text } أيام عمل
    [many] { $days-text } يوم عمل
   *[other] { $days-text } يوم عمل
}: في { $date } تقريبًا إذا كان الوصول في أقرب يوم متوقع. هذا هدف، وليس وعدًا.
# { $date } is a formatted date.
sponsor-case-updated = آخر تحديث في { $date }. لترى التغييرات، اكتب رمزك مرة أخرى في الأسفل.
sponsor-case-refresh = تحقّق من وجود تغييرات
sponsor-milestone-case-approved = تمّت الموافقة على الملف
sponsor-milestone-arrival-notice = إشعار الوصول
sponsor-milestone-arrival = الوصول
sponsor-milestone-income-support-ends = ينتهي الدعم المالي
sponsor-milestone-other = خطوة أخرى
