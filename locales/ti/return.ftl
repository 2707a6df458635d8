# Page: /return, for people going back to their country with IOM's help (assisted voluntary
# return and reintegration). IOM helps people return from many countries, not only Canada.
return-title = ብሓገዝ IOM ናብ ዓድኹም ምምላስ
return-lead = IOM ብመደብ ዳግማይ ምጥርናፍ፣ ኣብ ዓድኹም ህይወትኩም ደጊምኩም ክትጅምሩ ክሕግዘኩም ይኽእል። ዓይነታት ሓገዝ፣ ልሙዳት ስጉምትታት፣ ከምኡ'ውን ቀጺልኩም እንታይ ከም እትገብሩ ርኣዩ።

return-steps-heading = ልሙዳት ስጉምትታት
return-steps-lead = ናትኩም ናይ መወዳእታ ዕለታት ናይ IOM ቤት ጽሕፈትኩም እዩ ዝውስኖም። እዞም ኣብ ታሕቲ ዘለዉ ቁጽርታት ካብ ሓደ ኣብ 2015 ዝተዛዘመ መደብ ካናዳ እዮም። ስለዚ ልሙድ እንታይ ምዃኑ እዮም ዘርእዩ፣ ናይ ሎሚ ሕግታት ኣይኮኑን።
# A deadline of the usual steps. { $time } is an amount of time, e.g. "24 hours", "30 days".
return-deadline-contact-iom-after-referral = ናብ IOM ምስ ተላእኩም፣ ኣብ ውሽጢ { $time } ምስ IOM ተራኸቡ።
return-deadline-start-plan-after-arrival = ዓድኹም ምስ በጻሕኩም፣ መደብኩም ንምጅማር ኣብ ውሽጢ { $time } ምስ ናይ IOM ቤት ጽሕፈትኩም ተራኸቡ።
return-deadline-in-kind-assistance-within = ሓገዝ ብዓይነት (ኣቕሑን ኣገልግሎታትን እምበር ጥረ ገንዘብ ኣይኮነን) ምስ ተመለስኩም ኣብ ውሽጢ { $time } ይወሃብ።
return-deadline-monitoring-after = ድሕሪ { $time }፣ IOM ኩነታትኩም ከመይ ከም ዘሎ ይሓትት።
return-deadline-other = ካልእ ስጉምቲ፦ ናይ IOM ቤት ጽሕፈትኩም ሕተቱ።
# { $n } chooses the plural form; { $n-text } is the number in the reader's digits.
return-time-hours = { $n-text } { $n ->
    [one] ሰዓት
   *[other] ሰዓታት
}
return-time-days = { $n-text } { $n ->
    [one] መዓልቲ
   *[other] መዓልታት
}
return-time-months = { $n-text } { $n ->
    [one] ወርሒ
   *[other] ኣዋርሕ
}
# { $from } and { $until } are years, in the reader's digits.
return-programme = ኣብቲ ካብ { $from } ክሳብ { $until } ዝነበረ መደብ ካናዳ። ሎሚ ንዓኹም እንታይ ከም ዝምልከት ናይ IOM ቤት ጽሕፈትኩም ሕተቱ።

return-categories-heading = ዓይነታት ሓገዝ
return-categories-lead = እትረኽብዎ ሓገዝ ኣብ መደብኩምን ኣብ ናይ IOM ቤት ጽሕፈትኩምን እዩ ዝምርኮስ።
return-category-additional-luggage = ተወሳኺ ሻንጣ
return-category-additional-luggage-body = ካብቲ ቲኬት ዝፈቕዶ ንላዕሊ ንብረትኩም ምሳኹም ምውሳድ።
return-category-onward-transportation = ካብ መዕርፎ ነፈርቲ ናብ ገዛ ምብጻሕ
return-category-onward-transportation-body = ካብቲ ነፋሪትኩም እተዕልበሉ መዕርፎ ነፈርቲ ናብቲ እትነብሩሉ ቦታ ምጉዓዝ።
return-category-job-search = ስራሕ ምርካብ
return-category-job-search-body = ስራሕ ንምድላይን ንምምልካትን ሓገዝ።
return-category-legal = ሕጋዊ ሓገዝ
return-category-legal-body = ኣብ ዓድኹም ብዛዕባ ወረቓቕትን ሕጋዊ ሕቶታትን ሓገዝ።
return-category-material = ዘድልየኩም ነገራት
return-category-material-body = ንገዛኹም ወይ ንስራሕኩም ዝኸውን ኣቕሑ።
return-category-medical = ክንክን ጥዕና
return-category-medical-body = ሓኪም ንምርኣይን መድሃኒት ንምርካብን ሓገዝ።
return-category-small-business = ንእሽቶ ንግዲ ምጅማር
return-category-small-business-body = ንእሽቶ ንግዲ ንምውጣንን ንምጅማሩ ዘድልዮ ነገራት ንምርካብን ሓገዝ።
return-category-temporary-accommodation-and-housing = እትቕመጡሉ ቦታ
return-category-temporary-accommodation-and-housing-body = ምስ በጻሕኩም እትቕመጡሉ ቦታ፣ ከምኡ'ውን ገዛ ንምርካብ ሓገዝ።
return-category-training-and-schooling = ትምህርትን ስልጠናን
return-category-training-and-schooling-body = ንቆልዑ ትምህርቲ፣ ወይ ሞያ ንምምሃር ስልጠና።
return-category-other = ካልእ ሓገዝ
return-category-other-body = እዚ እንታይ ከም ዘጠቓልል ናይ IOM ቤት ጽሕፈትኩም ሕተቱ።

return-next-heading = ቀጺልኩም እንታይ ትገብሩ
return-next-body = ዓድኹም ምስ በጻሕኩም ቀልጢፍኩም፣ ምስ ኣብ ዓድኹም ዘሎ ቤት ጽሕፈት IOM ተራኸቡ። ንሳቶም ምሳኹም ኮይኖም መደብኩም የውጽኡ፣ ናይ መወዳእታ ዕለታትኩም ድማ ይውስኑ።

# With the access code from the IOM office.
return-code-heading = መእተዊ ኮድ ኣለኩም ድዩ?
return-code-lead = ብቲ ካብ ናይ IOM ቤት ጽሕፈትኩም ዝረኸብኩምዎ መእተዊ ኮድ፣ ናትኩም መደብን ናይ መወዳእታ ዕለታትን ክትርእዩ ትኽእሉ ኢኹም። ኮድኩም ኣብዚ ተሌፎን ይተርፍ፦ Passage ኣይዕቅቦን።
return-keep = ብዘይ ኢንተርነት ክጥቀመሉ፣ መደበይ ኣብዚ ተሌፎን ይዕቀብ
return-case-heading = መደብኩም
return-case-demo = እዚ መደብ ንኣብነት ጥራይ እዩ፣ Passage ንምፍታን። ናይ ብሓቂ ኣይኮነን።
# { $date } is a date.
return-case-returned = ኣብ { $date } ናብ ዓድኹም ተመሊስኩም።
return-case-returning = ኣብ { $date } ናብ ዓድኹም ክትምለሱ ኢኹም።
return-case-updated = ንመወዳእታ ግዜ ዝተሓደሰ ኣብ { $date } እዩ። ለውጥታት ንምርኣይ፣ ኣብ ታሕቲ ኮድኩም ደጊምኩም ኣእትዉ።
return-case-refresh = ለውጢ እንተ ሃልዩ ፈትሹ
return-office-heading = ናይ IOM ቤት ጽሕፈትኩም
# { $city } is a city, { $country } a country.
return-office-place = IOM { $city }፣ { $country }
return-office-call = ደውሉ
return-office-write = ኢመይል ጸሓፉ
# Opening hours. { $days } is a list of days; { $opens } and { $closes } are times of day.
return-office-hours = { $days }፦ ካብ { $opens } ክሳብ { $closes }
return-office-hours-note = እዞም ሰዓታት ብሰዓት ናይቲ ቤት ጽሕፈት ዘለዎ ከባቢ እዮም።
return-office-demo = እዚ ኣድራሻ ንኣብነት ጥራይ እዩ፦ ናብ ዝኾነ ሰብ ኣየብጽሕን።
return-status-not-started = ኣይጀመረን
return-status-in-progress = ይቕጽል ኣሎ
return-status-done = ተወዲኡ
return-status-other = ናይ IOM ቤት ጽሕፈትኩም ሕተቱ
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits.
return-due-left = { $days-text } { $days ->
    [one] መዓልቲ
   *[other] መዓልታት
} ተሪፉ
return-due-today = ናይ መወዳእታ ዕለቱ ሎሚ እዩ
return-due-passed = ናይ መወዳእታ ዕለት ሓሊፉ እዩ። ምስ ናይ IOM ቤት ጽሕፈትኩም ተራኸቡ።
# { $date } is a date.
return-due-by = ናይ መወዳእታ ዕለት፦ { $date }
return-todo-not-started = ዝቕጽል፦ ነዚ ክፋል መደብኩም ንምጅማር፣ ምስ ናይ IOM ቤት ጽሕፈትኩም ተራኸቡ።
return-todo-in-progress = ዝቕጽል፦ እዚ ክፋል ክሳብ ዝውዳእ፣ ምስ ናይ IOM ቤት ጽሕፈትኩም ብቐጻሊ ተራኸቡ።
return-loading = ዓይነታት ሓገዝ ንደሊ ኣለና…
return-offline = ካብ ኢንተርነት ወጻኢ ኢኹም፣ እዚ ሓበሬታ ድማ ገና ኣብዚ ተሌፎን ኣይተዓቀበን። ብዘይ ኢንተርነት ንምንባቡ፣ ሓንሳብ ምስ ኢንተርነት ተራኸቡ።
return-server-error = Passage ነዚ ሓበሬታ ካብ ሰርቨሩ ክረክቦ ኣይከኣለን። ድሕሪ ቁሩብ ደቓይቕ ደጊምኩም ፈትኑ።
