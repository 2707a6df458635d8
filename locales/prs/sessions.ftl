# Page: /sessions, upcoming Canadian Orientation Abroad sessions that anyone can look up.
sessions-title = جلسات توجیهی
sessions-lead = جلسات توجیهی کانادا در خارج از کشور: سه روز برای آموختن دربارهٔ زندگی در کانادا، پیش از سفر. دفتر سازمان بین‌المللی مهاجرت به شما می‌گوید که کدام جلسه برای شماست.
sessions-demo = این جلسات نمونه است، برای امتحان کردن Passage. تاریخ‌های واقعی را از دفتر سازمان بین‌المللی مهاجرت بپرسید.
# Accessible name of the group of filters.
sessions-filters-label = فلتر کردن جلسات
sessions-filter-country = کشور
sessions-filter-all-countries = همهٔ کشورها
sessions-filter-format = طریقهٔ اشتراک
sessions-filter-all-formats = حضوری، با ویدیو یا با تیلفون
sessions-filter-language = زبان
sessions-filter-all-languages = همهٔ زبان‌ها
sessions-format-in-person = حضوری
sessions-format-video = با ویدیو
sessions-format-phone = با تیلفون
sessions-format-other = از دفتر سازمان بین‌المللی مهاجرت بپرسید
sessions-audience-adult = بزرگسالان
sessions-audience-youth = نوجوانان ۱۳ ساله و بالاتر
sessions-audience-other = همه
# A session's heading. { $site } is a city, { $audience } one of the audiences above.
sessions-item-title = { $site }: برای { $audience }
# { $languages } is a list of language names.
sessions-item-languages = به زبان { $languages }
# { $hours } chooses the plural form; { $hours-text } is the number in the reader's digits.
sessions-duration-hours = { $hours-text } { $hours ->
    [one] ساعت
   *[other] ساعت
}
sessions-duration-minutes = { $minutes-text } { $minutes ->
    [one] دقیقه
   *[other] دقیقه
}
# Read by screen readers when the filters change. { $count } chooses the plural form.
sessions-count = { $count ->
    [0] هیچ جلسه‌ای نیست
    [one] { $count-text } جلسه
   *[other] { $count-text } جلسه
}
sessions-none = هیچ جلسه‌ای با انتخاب شما جور نمی‌آید. «همهٔ کشورها»، «همهٔ زبان‌ها» یا طریقهٔ دیگری برای اشتراک را انتخاب کنید.
sessions-loading = در حال جستجوی جلسات…
sessions-offline = شما آفلاین هستید، و جلسات هنوز در این مبایل ذخیره نشده است. برای دیدن آن‌ها به انترنت وصل شوید.
sessions-server-error = Passage نتوانست جلسات را از سرور خود بگیرد. چند دقیقه بعد دوباره کوشش کنید.
# { $date } is a formatted date.
sessions-saved = این فهرست در { $date } در این مبایل ذخیره شد.
# The calendar event's title. { $site } is a city.
sessions-calendar-title = جلسهٔ توجیهی، { $site }
