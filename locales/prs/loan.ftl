# Page: /loan, the estimate of what a family's immigration (travel) loan costs to repay.
loan-title = قرضهٔ سفر شما: چقدر می‌پردازید
loan-lead = کانادا پول سفر پناهندگان را به آن‌ها قرض می‌دهد. این صفحه تخمین می‌کند که هر ماه چقدر پس می‌پردازید، و از چه وقت. وقتی یک بار باز شد، بدون انترنت هم کار می‌کند.

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
loan-arrival-hint = اگر هنوز نمی‌دانید، ماهی را که انتظار دارید بنویسید. مثلاً: ۳ { $year }
loan-arrival-month = ماه
loan-arrival-year = سال

loan-submit = تخمین مرا نشان بدهید
# Title of the box at the top of the page that lists every mistake.
loan-error-summary-title = مشکلی هست

# Messages next to a field that cannot be read. { $example } and { $max } are formatted numbers.
loan-error-empty = مقدار را بنویسید
loan-error-not-a-number = مقدار را به عدد بنویسید، مثلاً { $example }
loan-error-zero = مقداری بیشتر از صفر بنویسید
loan-error-negative = مقدار نمی‌تواند منفی باشد
loan-error-too-large = مقداری بنویسید که از { $max } بیشتر نباشد
loan-error-too-many-decimals = بعد از علامهٔ اعشاری بیشتر از ۲ رقم ننویسید
loan-error-above-cap = قرضهٔ یک خانواده حد اکثر { $cap } است. مقدار را در اسناد خود دوباره ببینید.
loan-error-travellers = تعداد نفرها را با عدد کامل بنویسید، از ۱ تا { $max }
loan-error-month = ماهی از ۱ تا ۱۲ بنویسید
loan-error-year = سالی از { $from } تا { $to } بنویسید
loan-error-policy = قواعد قرضه خوانده نشد. لطفاً بعداً دوباره کوشش کنید.

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
loan-result-from-fares = قرضهٔ تخمینی شما { $loan } است: قیمت تکت‌ها به اضافهٔ فیس سازمان بین‌المللی مهاجرت، که برای هر نفر { $fee } است.
# Shown when tickets and fees are above the family limit ({ $cap }).
loan-result-iom-pays = مصارف سفر ({ $cost }) از حد { $cap } برای هر خانواده بیشتر است. سازمان بین‌المللی مهاجرت { $excess } اضافه از حد را می‌پردازد: شما آن را پس نمی‌پردازید.
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
loan-share-hint = این لینک فقط عددهای همین صفحه را دارد، و هیچ چیزی دربارهٔ شما ندارد.
loan-print = این تخمین را چاپ کنید

# Where the rules come from. { $date } is a formatted date.
loan-rules-checked = قواعدی که این تخمین بر آن‌ها استوار است، آخرین بار در { $date } بررسی شد.
loan-rules-saved = شما به انترنت وصل نیستید. این قواعد در { $date } روی همین دستگاه ذخیره شد.
