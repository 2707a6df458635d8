# Page: /return, for people going back to their country with IOM's help (assisted voluntary
# return and reintegration). IOM helps people return from many countries, not only Canada.
return-title = برگشت به وطن با سازمان بین‌المللی مهاجرت
return-lead = سازمان بین‌المللی مهاجرت می‌تواند با یک پلان ادغام مجدد به شما کمک کند که در کشور خود از نو شروع کنید. انواع کمک، قدم‌های معمول و کار بعدی خود را ببینید.

return-steps-heading = قدم‌های معمول
return-steps-lead = دفتر سازمان بین‌المللی مهاجرت مهلت‌های خود شما را تعیین می‌کند. عددهای پایین از یک برنامهٔ کانادایی است که در سال ۲۰۱۵ ختم شد، برای همین، این عددها نشان می‌دهند که معمولاً چطور است، و قواعد امروزی نیستند.
# A deadline of the usual steps. { $time } is an amount of time, e.g. "24 hours", "30 days".
return-deadline-contact-iom-after-referral = بعد از اینکه به سازمان بین‌المللی مهاجرت معرفی شدید، در مدت { $time } با این سازمان تماس بگیرید.
return-deadline-start-plan-after-arrival = بعد از اینکه به وطن رسیدید، در مدت { $time } با دفتر سازمان بین‌المللی مهاجرت تماس بگیرید تا پلان خود را شروع کنید.
return-deadline-in-kind-assistance-within = کمک جنسی (چیزها و خدمات، نه پول نقد) در مدت { $time } بعد از برگشت شما داده می‌شود.
return-deadline-monitoring-after = بعد از { $time }، سازمان بین‌المللی مهاجرت از شما می‌پرسد که کارها چطور پیش می‌رود.
return-deadline-other = یک قدم دیگر: از دفتر سازمان بین‌المللی مهاجرت بپرسید.
# { $n } chooses the plural form; { $n-text } is the number in the reader's digits.
return-time-hours = { $n-text } { $n ->
    [one] ساعت
   *[other] ساعت
}
return-time-days = { $n-text } { $n ->
    [one] روز
   *[other] روز
}
return-time-months = { $n-text } { $n ->
    [one] ماه
   *[other] ماه
}
# { $from } and { $until } are years, in the reader's digits.
return-programme = در برنامهٔ کانادایی از سال { $from } تا { $until }. از دفتر سازمان بین‌المللی مهاجرت بپرسید که امروز چه چیزی برای شما صدق می‌کند.

return-categories-heading = انواع کمک
return-categories-lead = آنچه می‌گیرید، به پلان شما و دفتر سازمان بین‌المللی مهاجرت بستگی دارد.
return-category-additional-luggage = بار اضافی
return-category-additional-luggage-body = بردن چیزهای بیشتر از آنچه تکت شما اجازه می‌دهد.
return-category-onward-transportation = رفتن از میدان هوایی تا خانه
return-category-onward-transportation-body = سفر از میدان هوایی که در آن پیاده می‌شوید تا جایی که زندگی خواهید کرد.
return-category-job-search = پیدا کردن کار
return-category-job-search-body = کمک برای جستجوی کار و درخواست دادن.
return-category-legal = کمک حقوقی
return-category-legal-body = کمک در کار اسناد و سوال‌های حقوقی در کشور خودتان.
return-category-material = چیزهایی که لازم دارید
return-category-material-body = سامان و وسایل برای خانه یا کار شما.
return-category-medical = خدمات صحی
return-category-medical-body = کمک برای رفتن نزد داکتر و گرفتن دوا.
return-category-small-business = شروع یک کاروبار کوچک
return-category-small-business-body = کمک برای پلان کردن یک کاروبار کوچک و تهیهٔ چیزهایی که برای شروع آن لازم است.
return-category-temporary-accommodation-and-housing = جای ماندن
return-category-temporary-accommodation-and-housing-body = جایی برای ماندن وقتی که می‌رسید، و کمک برای پیدا کردن خانه.
return-category-training-and-schooling = مکتب و آموزش
return-category-training-and-schooling-body = مکتب برای اطفال، یا آموزش برای یاد گرفتن یک حرفه.
return-category-other = کمک‌های دیگر
return-category-other-body = از دفتر سازمان بین‌المللی مهاجرت بپرسید که این شامل چه چیزهایی است.

return-next-heading = قدم بعدی شما
return-next-body = کمی بعد از رسیدن، با دفتر سازمان بین‌المللی مهاجرت در کشور خود تماس بگیرید. آن‌ها پلان شما را همراه با شما می‌سازند و مهلت‌های شما را تعیین می‌کنند.

# With the access code from the IOM office.
return-code-heading = آیا کود دسترسی دارید؟
return-code-lead = با کود دسترسی که از دفتر سازمان بین‌المللی مهاجرت گرفته‌اید، می‌توانید پلان و مهلت‌های خود را ببینید. کود شما در همین مبایل می‌ماند: Passage آن را نگه نمی‌دارد.
return-keep = پلان من در این مبایل نگه داشته شود تا بدون انترنت هم باز شود
return-case-heading = پلان شما
return-case-demo = این پلان نمونه است، برای امتحان کردن Passage. واقعی نیست.
# { $date } is a date.
return-case-returned = شما در { $date } به وطن برگشتید.
return-case-returning = شما در { $date } به وطن برمی‌گردید.
return-case-updated = آخرین بار در { $date } تازه شد. برای دیدن تغییرات، کود خود را دوباره در پایین بنویسید.
return-case-refresh = تغییرات را بررسی کنید
return-office-heading = دفتر سازمان بین‌المللی مهاجرت شما
# { $city } is a city, { $country } a country.
return-office-place = دفتر سازمان بین‌المللی مهاجرت در { $city }، { $country }
return-office-call = زنگ بزنید
return-office-write = ایمیل بنویسید
# Opening hours. { $days } is a list of days; { $opens } and { $closes } are times of day.
return-office-hours = { $days }: از { $opens } تا { $closes }
return-office-hours-note = وقت‌ها به ساعت محلی همان دفتر است.
return-office-demo = این معلومات تماس نمونه است: به هیچ کسی نمی‌رسد.
return-status-not-started = شروع نشده
return-status-in-progress = در جریان است
return-status-done = انجام شد
return-status-other = از دفتر سازمان بین‌المللی مهاجرت بپرسید
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits.
return-due-left = { $days-text } { $days ->
    [one] روز
   *[other] روز
} باقی مانده
return-due-today = مهلت آن امروز است
return-due-passed = مهلت گذشته است. با دفتر سازمان بین‌المللی مهاجرت تماس بگیرید.
# { $date } is a date.
return-due-by = مهلت: { $date }
return-todo-not-started = قدم بعدی: با دفتر سازمان بین‌المللی مهاجرت تماس بگیرید تا این بخش پلان خود را شروع کنید.
return-todo-in-progress = قدم بعدی: تا وقتی این بخش تمام شود، با دفتر سازمان بین‌المللی مهاجرت در تماس باشید.
return-loading = در حال گرفتن انواع کمک…
return-offline = شما آفلاین هستید، و این معلومات هنوز در این مبایل ذخیره نشده است. یک بار به انترنت وصل شوید تا بتوانید آن را بدون انترنت هم بخوانید.
return-server-error = Passage نتوانست این معلومات را از سرور خود بگیرد. چند دقیقه بعد دوباره کوشش کنید.
