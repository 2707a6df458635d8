# Page: /loan, the estimate of what a family's immigration (travel) loan costs to repay.
loan-title = قرضهٔ سفر شما: چقدر می‌پردازید
loan-lead = کانادا پول سفر پناهندگان را به آن‌ها قرض می‌دهد. این صفحه تخمین می‌کند که هر ماه چقدر پس می‌پردازید، و از چه وقت. وقتی یک بار باز شد، بدون انترنت هم کار می‌کند.

# Shown only when the browser runs no JavaScript: the estimate cannot be computed then.
loan-noscript = این تخمین به JavaScript نیاز دارد که در این مرورگر خاموش است. قواعد پایین هنوز هم صدق می‌کنند و نامهٔ IRCC مبالغ شما را نشان می‌دهد.

# A choice between two ways of starting (radio buttons).
loan-mode-legend = چطور می‌خواهید شروع کنید؟
loan-mode-known = مقدار قرضهٔ خود را می‌دانم
loan-mode-known-hint = این مقدار در اسناد قرضهٔ شما یا در نامه‌ای از IRCC (ادارهٔ مهاجرت، پناهندگی و تابعیت کانادا) نوشته شده است.
loan-mode-estimate = در تخمین آن کمکم کنید
loan-mode-estimate-hint = از روی تعداد کسانی که سفر می‌کنند و قیمت یک تکت طیاره.

loan-amount-label = مقدار قرضه، به دالر کانادایی
# { $example } is an amount written the local way, e.g. "4,800.00".
loan-amount-hint = مثلاً { $example }
loan-travellers-label = چند نفر با این قرضه سفر می‌کنند؟
loan-fare-label = قیمت یک تکت طیاره، به دالر کانادایی
# { $fee } is the IOM fee per person, e.g. "CA$300.00".
loan-fare-hint = دفتر سازمان بین‌المللی مهاجرت می‌تواند به شما بگوید. این سازمان برای خدمات خود، برای هر نفر { $fee } اضافه می‌کند.

loan-arrival-legend = چه وقت به کانادا می‌رسید؟
# { $month } and { $year } are numbers in the reader's digits: an example of a month and a year.
loan-arrival-hint = اگر هنوز نمی‌دانید، ماهی را که انتظار دارید بنویسید. مثلاً: { $month } { $year }
loan-arrival-month = ماه
loan-arrival-year = سال

loan-submit = تخمین مرا نشان بدهید
# Title of the box at the top of the page that lists every mistake.
loan-error-summary-title = مشکلی هست

# Messages next to a field that cannot be read. { $example } and { $max } are formatted numbers.
loan-error-empty = مقدار را بنویسید
loan-error-fare-empty = قیمت یک تکت را بنویسید
loan-error-not-a-number = مقدار را به عدد بنویسید، مثلاً { $example }
# The amount has a comma, dot or space in a place this language does not put one (e.g. "1200,50" in English).
loan-error-bad-marks = مقدار را این طور بنویسید: { $example }
loan-error-zero = مقداری بیشتر از صفر بنویسید
loan-error-negative = مقدار نمی‌تواند منفی باشد
loan-error-too-large = مقداری بنویسید که از { $max } بیشتر نباشد
loan-error-too-many-decimals = بعد از علامهٔ اعشاری بیشتر از ۲ رقم ننویسید
loan-error-travellers = تعداد نفرها را با عدد کامل بنویسید، از ۱ تا { $max }
loan-error-month = ماهی از ۱ تا ۱۲ بنویسید
loan-error-year = سالی از { $from } تا { $to } بنویسید
# { $month } is a month and year, e.g. "September 2021": the first arrival month the rules in Passage cover.
loan-error-before-rules = Passage فقط می‌تواند قرضهٔ کسانی را تخمین کند که از { $month } به بعد می‌رسند، یعنی از وقتی که قواعد امروزی شروع شد. اگر پیش از آن رسیده‌اید، نامهٔ IRCC مقدارهای شما را می‌گوید.

loan-result-heading = تخمین شما
# { $amount }, { $first } and { $last } are formatted ("CA$66.67", "March 2027"). $months is the
# number of monthly payments (choose the plural form with it); { $months-text } is the same
# number written in the reader's digits. Keep { $months-text } outside the plural variants.
loan-result-summary = شما برای { $months-text } { $months ->
    [one] ماه
   *[other] ماه
}، هر ماه تقریباً { $amount } می‌پردازید، از { $first } تا { $last }.
loan-result-total = در مجموع { $total } پس می‌پردازید. این قرضه سود ندارد.
# Shown when the estimate was made from ticket prices.
loan-result-from-fares = قرضهٔ شما دست کم { $loan } است: قیمت تکت‌ها به اضافهٔ فیس سازمان بین‌المللی مهاجرت، که برای هر نفر { $fee } است.
# Next to an estimate from ticket prices: why the real loan is usually higher.
loan-result-lower-bound = قرضهٔ واقعی معمولاً بیشتر است. این قرضه پول این چیزها را هم می‌دهد: سفر تا شهری که از آنجا با طیاره پرواز می‌کنید، جای ماندن و غذا پیش از رفتن، مالیهٔ ترانسپورت، و یک همراه (اسکورت) اگر کسی برای همراهی با شما سفر کند. قیمت تکت اطفال ممکن است فرق داشته باشد.
# Shown when tickets and fees ({ $cost }) are above the most one family's loan holds ({ $cap }). No source says who pays the rest: do not say who pays.
loan-result-above-cap = تکت‌ها و فیس‌ها ({ $cost }) از { $cap } بیشتر است. این بیشترین مقداری است که قرضهٔ سفر یک خانواده می‌تواند باشد. قرضهٔ شما از { $cap } بالاتر نمی‌رود. دربارهٔ مصارفی که از این مقدار بیشتر است، از سازمان بین‌المللی مهاجرت بپرسید.
# Shown when a typed loan amount ({ $loan }) is above the family limit ({ $cap }).
loan-result-above-cap-known = { $loan } از { $cap } بیشتر است. این بیشترین مقداری است که قرضهٔ سفر یک خانواده می‌تواند باشد. اما نامهٔ IRCC ممکن است چند قرضه را با هم جمع کند، برای همین این تخمین همان مقداری را به کار می‌برد که شما نوشتید.
loan-estimate-note = این فقط یک تخمین است. نامهٔ IRCC مقدارهای دقیق، تاریخ اولین قسط شما و کمترین مقداری را که باید هر ماه بپردازید، به شما می‌گوید.

# A table of every monthly payment, hidden until the reader opens it.
loan-schedule-summary = همهٔ قسط‌های ماهانه را ببینید
loan-schedule-number = قسط
loan-schedule-month = ماه
loan-schedule-amount = مقدار

loan-hardship-heading = اگر نمی‌توانید بپردازید
loan-hardship-ask = با IRCC تماس بگیرید. می‌توانید بخواهید که بعداً بپردازید یا قسط‌های خود را تغییر دهید. IRCC تصمیم می‌گیرد که چه چیزی ممکن است.
loan-hardship-deport = اگر قسط‌ها را نپردازید، به این خاطر شما را دیپورت نمی‌کنند (از کانادا بیرون نمی‌کنند). اما حکومت می‌تواند برای گرفتن پول اقدام کند، و این کار ممکن است اسپانسر کردن اعضای خانواده‌تان را در آینده سخت‌تر بسازد.
loan-hardship-sponsor = اسپانسر (حامی) شما مسئول قرضهٔ شما نیست.

loan-share-label = لینک این تخمین
# Next to the share link: say truthfully what it holds.
loan-share-hint = این لینک عددهای همین صفحه را دارد: مقدار قرضه (یا تعداد نفرها و قیمت تکت) و ماهی که می‌رسید. هر کسی که لینک را برایش بفرستید، می‌تواند این عددها را ببیند.
loan-print = این تخمین را چاپ کنید

# Where the rules come from. { $date } is a formatted date.
loan-rules-checked = یک نفر آخرین بار در { $date } این قواعد را با منبع‌های آن‌ها مقایسه کرد.
loan-rules-unchecked = هنوز هیچ کسی این قواعد را با منبع‌های آن‌ها مقایسه نکرده است.
loan-rules-offline-saved = شما به انترنت وصل نیستید. این تخمین از قواعدی استفاده می‌کند که در { $date } روی همین دستگاه ذخیره شد.
loan-rules-saved = این تخمین از قواعدی استفاده می‌کند که در تاریخ { $date } در این دستگاه ذخیره شده‌اند.
loan-rules-offline-built-in = شما به انترنت وصل نیستید. این تخمین از قواعدی استفاده می‌کند که همراه Passage آمده است.
loan-rules-server-error = Passage نتوانست تازه‌ترین قواعد را از سرور خود بگیرد، برای همین این تخمین از قواعدی استفاده می‌کند که از قبل داشت.
# Button under the note above: asks the server for the latest rules again.
loan-rules-retry = دوباره کوشش کنید
