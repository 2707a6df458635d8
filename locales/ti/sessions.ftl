# Page: /sessions, upcoming Canadian Orientation Abroad sessions that anyone can look up.
sessions-title = ትምህርትታት ምልላይ
sessions-lead = ትምህርቲ ምልላይ ካናዳ ኣብ ወጻኢ፦ ቅድሚ ምጉዓዝኩም ብዛዕባ ናብራ ኣብ ካናዳ እትመሃሩሉ ሰለስተ መዓልቲ። ኣየናይ ትምህርቲ ናትኩም ምዃኑ ናይ IOM ቤት ጽሕፈትኩም ክነግረኩም እዩ።
sessions-demo = እዞም ትምህርትታት ንኣብነት ጥራይ እዮም፣ Passage ንምፍታን። ናይ ብሓቂ ዕለታት ንናይ IOM ቤት ጽሕፈትኩም ሕተቱ።
# Accessible name of the group of filters.
sessions-filters-label = ትምህርትታት ንምምራጽ
sessions-filter-country = ሃገር
sessions-filter-all-countries = ኩሉ ሃገራት
sessions-filter-format = ብኸመይ
sessions-filter-all-formats = ብኣካል፣ ብቪድዮ ወይ ብተሌፎን
sessions-filter-language = ቋንቋ
sessions-filter-all-languages = ኩሉ ቋንቋታት
sessions-format-in-person = ብኣካል
sessions-format-video = ብቪድዮ
sessions-format-phone = ብተሌፎን
sessions-format-other = ናይ IOM ቤት ጽሕፈትኩም ሕተቱ
sessions-audience-adult = ዓበይቲ
sessions-audience-youth = 13 ዓመትን ልዕሊኡን ዝዕድሚኦም መንእሰያት
sessions-audience-other = ኩሉ ሰብ
# A session's heading. { $site } is a city, { $audience } one of the audiences above.
sessions-item-title = { $site }፦ ን{ $audience }
# { $languages } is a list of language names.
sessions-item-languages = ቋንቋ፦ { $languages }
# { $hours } chooses the plural form; { $hours-text } is the number in the reader's digits.
sessions-duration-hours = { $hours-text } { $hours ->
    [one] ሰዓት
   *[other] ሰዓታት
}
sessions-duration-minutes = { $minutes-text } { $minutes ->
    [one] ደቒቕ
   *[other] ደቓይቕ
}
# Read by screen readers when the filters change. { $count } chooses the plural form.
sessions-count = { $count ->
    [0] ዋላ ሓደ ትምህርቲ የለን
    [one] { $count-text } ትምህርቲ
   *[other] { $count-text } ትምህርትታት
}
sessions-none = ምስ ምርጫኹም ዝሰማማዕ ትምህርቲ የለን። «ኩሉ ሃገራት»፣ «ኩሉ ቋንቋታት» ወይ ካልእ መገዲ ምስታፍ ምረጹ።
sessions-loading = ትምህርትታት ንደሊ ኣለና…
sessions-offline = ካብ ኢንተርነት ወጻኢ ኢኹም፣ እቶም ትምህርትታት ድማ ገና ኣብዚ ተሌፎን ኣይተዓቀቡን። ንምርኣዮም ምስ ኢንተርነት ተራኸቡ።
sessions-server-error = Passage ነቶም ትምህርትታት ካብ ሰርቨሩ ክረክቦም ኣይከኣለን። ድሕሪ ቁሩብ ደቓይቕ ደጊምኩም ፈትኑ።
# { $date } is a formatted date.
sessions-saved = እዚ ዝርዝር ኣብ { $date } ኣብዚ ተሌፎን ተዓቂቡ።
# The calendar event's title. { $site } is a city.
sessions-calendar-title = ትምህርቲ ምልላይ፣ { $site }
