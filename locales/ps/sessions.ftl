# Page: /sessions, upcoming Canadian Orientation Abroad sessions that anyone can look up.
sessions-title = د پېژندنې غونډې
sessions-lead = په بهر کې د کاناډا پېژندنه: درې ورځې، چې له سفر مخکې په کاناډا کې د ژوند په اړه زده کړه وکړئ. د مهاجرت د نړیوال سازمان دفتر به تاسو ته ووایي چې ستاسو غونډه کومه ده.
sessions-demo = دا غونډې یوازې د بېلګې لپاره دي، چې Passage وازمویئ. د اصلي نېټو لپاره د مهاجرت د نړیوال سازمان له دفتر څخه وپوښتئ.
# Accessible name of the group of filters.
sessions-filters-label = غونډې فلټر کړئ
sessions-filter-country = هېواد
sessions-filter-all-countries = ټول هېوادونه
sessions-filter-format = څنګه ګډون کوئ
sessions-filter-all-formats = حضوري، ویډیو یا ټیلیفون
sessions-filter-language = ژبه
sessions-filter-all-languages = ټولې ژبې
sessions-format-in-person = حضوري
sessions-format-video = د ویډیو له لارې
sessions-format-phone = د ټیلیفون له لارې
sessions-format-other = د مهاجرت د نړیوال سازمان له دفتر څخه وپوښتئ
sessions-audience-adult = لویانو
sessions-audience-youth = له ۱۳ کلنۍ څخه د پورته ځوانانو
sessions-audience-other = ټولو
# A session's heading. { $site } is a city, { $audience } one of the audiences above.
sessions-item-title = { $site }: د { $audience } لپاره
# { $languages } is a list of language names.
sessions-item-languages = ژبې: { $languages }
# { $hours } chooses the plural form; { $hours-text } is the number in the reader's digits.
sessions-duration-hours = { $hours-text } { $hours ->
    [one] ساعت
   *[other] ساعته
}
sessions-duration-minutes = { $minutes-text } { $minutes ->
    [one] دقیقه
   *[other] دقیقې
}
# Read by screen readers when the filters change. { $count } chooses the plural form.
sessions-count = { $count ->
    [0] هېڅ غونډه نشته
    [one] { $count-text } غونډه
   *[other] { $count-text } غونډې
}
sessions-none = هېڅ غونډه ستاسو له انتخاب سره سمون نه خوري. «ټول هېوادونه»، «ټولې ژبې» یا د ګډون بله لاره وټاکئ.
sessions-loading = د غونډو لټون روان دی…
sessions-offline = تاسو انټرنېټ ته نه یاست وصل، او غونډې لا په دې موبایل کې نه دي خوندي شوې. د لیدلو لپاره یې انټرنېټ ته وصل شئ.
sessions-server-error = Passage ونه شو کولی چې له خپل سرور څخه غونډې ترلاسه کړي. څو دقیقې وروسته بیا هڅه وکړئ.
# { $date } is a formatted date.
sessions-saved = دا لېست په { $date } په دې موبایل کې خوندي شوی.
# The calendar event's title. { $site } is a city.
sessions-calendar-title = د پېژندنې غونډه، { $site }
