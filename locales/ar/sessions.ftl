# Page: /sessions, upcoming Canadian Orientation Abroad sessions that anyone can look up.
sessions-title = جلسات التوجيه
sessions-lead = التوجيه الكندي في الخارج: ثلاثة أيام لتتعرّف على الحياة في كندا قبل أن تسافر. مكتب المنظمة الدولية للهجرة يخبرك بالجلسة الخاصة بك.
sessions-demo = هذه الجلسات مثال لتجربة Passage. اسأل مكتب المنظمة الدولية للهجرة عن المواعيد الحقيقية.
# Accessible name of the group of filters.
sessions-filters-label = اختيار الجلسات التي تظهر
sessions-filter-country = البلد
sessions-filter-all-countries = كل البلدان
sessions-filter-format = طريقة الحضور
sessions-filter-all-formats = حضوريًا، أو بالفيديو، أو بالهاتف
sessions-filter-language = اللغة
sessions-filter-all-languages = كل اللغات
sessions-format-in-person = حضوريًا
sessions-format-video = بالفيديو
sessions-format-phone = بالهاتف
sessions-format-other = اسأل مكتب المنظمة الدولية للهجرة
sessions-audience-adult = للكبار
sessions-audience-youth = للشباب من عمر ١٣ سنة فما فوق
sessions-audience-other = للجميع
# A session's heading. { $site } is a city, { $audience } one of the audiences above.
sessions-item-title = { $site }: { $audience }
# { $languages } is a list of language names.
sessions-item-languages = اللغة: { $languages }
# { $hours } chooses the plural form; { $hours-text } is the number in the reader's digits.
sessions-duration-hours = { $hours ->
    [zero] { $hours-text } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours-text } ساعات
    [many] { $hours-text } ساعة
   *[other] { $hours-text } ساعة
}
sessions-duration-minutes = { $minutes ->
    [zero] { $minutes-text } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes-text } دقائق
    [many] { $minutes-text } دقيقة
   *[other] { $minutes-text } دقيقة
}
# Read by screen readers when the filters change. { $count } chooses the plural form.
sessions-count = { $count ->
    [0] لا توجد أي جلسة
    [zero] لا توجد أي جلسة
    [one] جلسة واحدة
    [two] جلستان
    [few] { $count-text } جلسات
    [many] { $count-text } جلسة
   *[other] { $count-text } جلسة
}
sessions-none = لا توجد جلسة تناسب اختيارك. اختر «كل البلدان» أو «كل اللغات» أو طريقة أخرى للحضور.
sessions-loading = نبحث عن الجلسات…
sessions-offline = أنت غير متصل بالإنترنت، ولم تُحفظ الجلسات على هذا الهاتف بعد. اتصل بالإنترنت لتراها.
sessions-server-error = لم يستطع Passage أن يحصل على الجلسات من الخادم الخاص به. حاول مرة أخرى بعد بضع دقائق.
# { $date } is a formatted date.
sessions-saved = حُفظت هذه القائمة على هذا الهاتف في { $date }.
# The calendar event's title. { $site } is a city.
sessions-calendar-title = جلسة التوجيه، { $site }
