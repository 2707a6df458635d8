# Page: /sponsor, for people in Canada who sponsor a refugee family or person. The timeline is
# computed on the phone from an arrival date; no names are asked for.
sponsor-title = جدول زمانی رسیدن، برای اسپانسرها
sponsor-lead = ببینید معمولاً قبل و بعد از رسیدن کسی که اسپانسر کرده‌اید چه اتفاق می‌افتد، و در چه وقتی. فقط تاریخ رسیدن لازم است: هیچ نامی لازم نیست.
sponsor-planner-heading = از روی تاریخ رسیدن پلان کنید
# A group of three fields: day, month and year.
sponsor-date-legend = آن‌ها چه وقت می‌رسند، یا انتظار دارید چه وقت برسند؟
# { $day }, { $month } and { $year } are an example date, in the reader's digits.
sponsor-date-hint = مثلاً { $day } { $month } { $year }
sponsor-date-day = روز
sponsor-date-month = ماه
sponsor-date-year = سال
sponsor-date-submit = جدول زمانی را نشان بدهید
sponsor-error-summary-title = مشکلی هست
sponsor-error-day-empty = روز رسیدن را بنویسید
sponsor-error-month-empty = ماه رسیدن را بنویسید
sponsor-error-year-empty = سال رسیدن را بنویسید
sponsor-error-not-number = تاریخ را با عدد بنویسید، مثل نمونه
sponsor-error-day-range = روز باید از ۱ تا ۳۱ باشد
sponsor-error-month-range = ماه باید از ۱ تا ۱۲ باشد
sponsor-error-year-range = سال را کامل بنویسید، مثلاً ۲۰۲۷
sponsor-error-no-such-day = این روز در آن ماه نیست: روز و ماه را بررسی کنید
sponsor-noscript = جدول زمانی در مبایل شما حساب می‌شود و به JavaScript نیاز دارد. آن را روشن کنید، یا این صفحه را در مرورگر دیگری باز کنید.
sponsor-loading = در حال گرفتن عددهای جدول زمانی…
sponsor-offline = شما آفلاین هستید، و عددهای جدول زمانی هنوز در این مبایل ذخیره نشده است. یک بار به انترنت وصل شوید تا بتوانید جدول زمانی را بدون انترنت هم ببینید.
sponsor-server-error = Passage نتوانست عددهای جدول زمانی را از سرور خود بگیرد. چند دقیقه بعد دوباره کوشش کنید.

# The timeline. Each step has a short title, its date and a few sentences.
sponsor-timeline-heading = چه وقت چه اتفاق می‌افتد
# Where each step stands, read before its title. Not only shown by colour.
timeline-stage-done = انجام شد
timeline-stage-next = بعدی
timeline-stage-later = بعداً
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits; { $date } is a date.
sponsor-step-notice-title = اطلاعیهٔ رسیدن
sponsor-step-notice-body = IRCC (ادارهٔ مهاجرت، پناهندگی و تابعیت کانادا) کوشش می‌کند اطلاعیهٔ رسیدن را دست کم { $days-text } { $days ->
    [one] روز کاری
   *[other] روز کاری
} پیش از رسیدن بفرستد: تقریباً در { $date }. این یک هدف برای برنامه‌ریزی است، نه یک وعده: اگر اطلاعیه تا آن وقت نرسید، از IRCC بپرسید. پیش از آن، خانه و چیزهای لازم برای هفته‌های اول را آماده کنید.
sponsor-step-notice-holidays = رخصتی‌های رسمی اینجا حساب نشده است: ممکن است اطلاعیه یکی دو روز زودتر بیاید.
sponsor-step-arrival-title = رسیدن
sponsor-step-arrival-body = در میدان هوایی به استقبال آن‌ها بروید و آن‌ها را به اولین خانهٔ آن‌ها ببرید. در هفته‌های اول به آن‌ها کمک کنید که برای کارت صحی و نمبر بیمهٔ اجتماعی (Social Insurance Number) درخواست بدهند، حساب بانکی باز کنند، برای کمک‌هزینهٔ اطفال کانادا (Canada Child Benefit) درخواست بدهند، و مکتب و صنف‌های زبان پیدا کنند.
# { $months } chooses the plural form; { $months-text } is the number in the reader's digits.
sponsor-step-support-title = حمایت شما معمولاً تمام می‌شود
sponsor-step-support-body = اسپانسرها معمولاً از وقت رسیدن تازه‌واردان تا { $months-text } { $months ->
    [one] ماه
   *[other] ماه
} از آن‌ها حمایت می‌کنند، یا تا وقتی که خودشان بتوانند خرج زندگی خود را پیدا کنند، هر کدام که زودتر باشد.
sponsor-step-joint-title = اگر اسپانسرشیپ با کمک مشترک (Joint Assistance Sponsorship) باشد
sponsor-step-joint-body = در اسپانسرشیپ با کمک مشترک، حمایت تا { $months-text } { $months ->
    [one] ماه
   *[other] ماه
} دوام می‌کند، بسته به دوسیه.
sponsor-step-loan-title = اولین قسط قرضهٔ سفر آن‌ها
sponsor-step-loan-body = اولین قسط قرضهٔ سفر آن‌ها { $months-text } { $months ->
    [one] ماه
   *[other] ماه
} بعد از رسیدن‌شان باید پرداخته شود. نامهٔ IRCC تاریخ و مقدار دقیق آن را می‌گوید.
sponsor-step-loan-not-yours = این قرضه از خود آن‌هاست: اسپانسرها لازم نیست آن را پس بپردازند.

# Sharing the planner: the link holds only the date and the language.
sponsor-share-heading = این جدول زمانی را شریک بسازید
sponsor-share-body = این لینک فقط تاریخ رسیدن و زبان را دارد: هیچ نام و هیچ کودی در آن نیست. می‌توانید آن را به گروه اسپانسری خود بفرستید.
sponsor-share-copy = لینک را کاپی کنید
sponsor-share-copied = لینک کاپی شد.
sponsor-print = این جدول زمانی را چاپ کنید

# With the access code IOM gave the sponsor for one case.
sponsor-case-heading = اسپانسرشیپ شما
sponsor-code-heading = آیا برای این دوسیه کود دسترسی دارید؟
sponsor-code-lead = با کود دسترسی که از سازمان بین‌المللی مهاجرت گرفته‌اید، می‌توانید ببینید دوسیه به کجا رسیده است. کود شما در همین مبایل می‌ماند: Passage آن را نگه نمی‌دارد.
sponsor-keep = این دوسیه در این مبایل نگه داشته شود تا بدون انترنت هم باز شود
sponsor-case-demo = این دوسیه نمونه است، برای امتحان کردن Passage. واقعی نیست.
# { $city } is a city in Canada.
sponsor-case-destination = آن‌ها در { $city } زندگی خواهند کرد.
# { $from } and { $to } are dates.
sponsor-case-window = وقت رسیدن احتمالی: بین { $from } و { $to }.
sponsor-case-day = وقت رسیدن احتمالی: { $date }.
sponsor-case-notice-sent = اطلاعیهٔ رسیدن فرستاده شده است. جزئیات پرواز را در پیام‌هایی که از IRCC گرفته‌اید ببینید.
# { $date } is a date, worked out from the earliest expected arrival; { $days } chooses the
# plural form, { $days-text } is the number in the reader's digits.
sponsor-case-notice-not-sent = اطلاعیهٔ رسیدن هنوز فرستاده نشده است. IRCC کوشش می‌کند این اطلاعیه را دست کم { $days-text } { $days ->
    [one] روز کاری
   *[other] روز کاری
} پیش از رسیدن بفرستد: برای زودترین روز، تقریباً در { $date }. این یک هدف است، نه یک وعده.
# { $date } is a formatted date.
sponsor-case-updated = آخرین بار در { $date } تازه شد. برای دیدن تغییرات، کود خود را دوباره در پایین بنویسید.
sponsor-case-refresh = تغییرات را بررسی کنید
sponsor-milestone-case-approved = دوسیه منظور شد
sponsor-milestone-arrival-notice = اطلاعیهٔ رسیدن
sponsor-milestone-arrival = رسیدن
sponsor-milestone-income-support-ends = حمایت مالی تمام می‌شود
sponsor-milestone-other = یک قدم دیگر
