# Page: /orientation, the topics of Canadian Orientation Abroad, and /orientation/<topic>.
orientation-title = ናብራ ኣብ ካናዳ፦ ኣርእስትታት ምልላይ
orientation-lead = ምስቶም ኣብ ትምህርቲ ምልላይ ካናዳ ኣብ ወጻኢ ዝቐርቡ ሓደ ዓይነት ኣርእስትታት፣ ብናትኩም ግዜ ከተንብብዎም። ነፍሲ ወከፍ ኣርእስቲ ሓበሬታኡ ካበይ ከም ዝመጸ ይሕብር።
orientation-loading = ኣርእስትታት ንደሊ ኣለና…
orientation-offline = ካብ ኢንተርነት ወጻኢ ኢኹም፣ እቶም ኣርእስትታት ድማ ገና ኣብዚ ተሌፎን ኣይተዓቀቡን። ንምንባቦም ምስ ኢንተርነት ተራኸቡ።
orientation-server-error = Passage ነቶም ኣርእስትታት ካብ ሰርቨሩ ክረክቦም ኣይከኣለን። ድሕሪ ቁሩብ ደቓይቕ ደጊምኩም ፈትኑ።
# A mark on a topic the person has read (kept on this phone).
orientation-read-mark = ተነቢቡ
# A mark on a topic shown in English because it is not translated yet.
orientation-in-english = ብእንግሊዝኛ
orientation-search-label = ኣብ ኣርእስትታት ድለዩ
orientation-search-hint = ሓደ ቃል ጸሓፉ። ንኣሽቱ ጌጋታት ኣጸሓሕፋ ጸገም የብሎምን።
orientation-search-loading = ኣርእስትታት ንምድላይ ነዳሉ ኣለና…
# { $count } chooses the plural form; { $count-text } is the number in the reader's digits; { $query } is what was typed.
orientation-search-count = { $count ->
    [0] ምስ «{ $query }» ዝሰማማዕ ኣርእስቲ የለን።
    [one] { $count-text } ኣርእስቲ ምስ «{ $query }» ይሰማማዕ።
   *[other] { $count-text } ኣርእስትታት ምስ «{ $query }» ይሰማምዑ።
}
orientation-search-english = ብቋንቋኹም ዝተረኽበ የለን፣ እዞም ብእንግሊዝኛ ዘለዉ ኣርእስትታት ግን ይሰማምዑ፦
# Before the words of a topic that matched the search, e.g. "Words: hospital, doctor".
orientation-search-words = ቃላት፦ { $words }
orientation-search-none = ካልእ ቃል፣ ወይ ዝሓጸረ ቃል ፈትኑ።
# "Keep all topics on this phone": downloads every topic for reading offline.
orientation-keep-heading = ብዘይ ኢንተርነት ኣንብቡ
# { $size } is an amount of data such as "48 KB", in the reader's digits.
orientation-keep-body = ዝኸፈትኩምዎም ኣርእስትታት ብዘይ ኢንተርነት ንኽተንብብዎም ኣብዚ ተሌፎን ይተርፉ። ኩሎም ሕጂ'ውን ክትዕቅብዎም ትኽእሉ ኢኹም፦ እዚ ኣስታት { $size } የውርድ።
orientation-keep-body-unknown = ዝኸፈትኩምዎም ኣርእስትታት ብዘይ ኢንተርነት ንኽተንብብዎም ኣብዚ ተሌፎን ይተርፉ። ኩሎም ሕጂ'ውን ክትዕቅብዎም ትኽእሉ ኢኹም።
orientation-keep-button = ኩሎም ኣርእስትታት ኣብዚ ተሌፎን ዕቀቡ
orientation-keep-done = ኩሎም ኣርእስትታት ኣብዚ ተሌፎን ኣለዉ። ብዘይ ኢንተርነት ከተንብብዎም ትኽእሉ ኢኹም።
orientation-keep-failed = እቶም ኣርእስትታት ክወርዱ ኣይከኣሉን። ምስ ኢንተርነት ተራኸቡ እሞ ደጊምኩም ፈትኑ።
# { $kb } is a number of kilobytes, in the reader's digits.
orientation-size-kb = { $kb } KB
# A setting that stops pictures from downloading, to save data.
orientation-low-data = ዳታ ቆጥቡ፦ ስእልታት ኣይተውርዱ
orientation-low-data-hint = ኣብ ክንዲ ስእልታት ሓጺር መግለጺ ይርአ።

# A topic's page.
orientation-back = ኩሎም ኣርእስትታት
orientation-fallback = እዚ ኣርእስቲ ገና ናብ ቋንቋኹም ኣይተተርጎመን። ኣብዚ ብእንግሊዝኛ ኣሎ።
orientation-unreviewed = ክሳብ ሕጂ ነዚ ትርጉም ዝፈተሾ ሰብ የለን።
# { $date } is a date.
orientation-updated = ኣብ { $date } ተሓዲሱ።
orientation-mark-read = ከም ዝተነበ ምልክት ግበሩ
orientation-marked-read = ነዚ ኣርእስቲ ኣንቢብኩምዎ ኣለኹም።
orientation-mark-unread = ከም ዘይተነበ ምልክት ግበሩ
orientation-previous = ዝቐደመ ኣርእስቲ
orientation-next = ዝቕጽል ኣርእስቲ
orientation-print = ነዚ ኣርእስቲ ሕተምዎ
# Describes a picture that was not downloaded to save data. { $alt } is what the picture shows.
orientation-picture = ስእሊ፦ { $alt }
# The loan's repayment periods (a table from the loan rules).
orientation-loan-up-to = ልቓሓት ክሳብ { $amount }
orientation-loan-above = ልቓሓት ካብ { $amount } ንላዕሊ
# { $months-text } is the number in the reader's digits.
orientation-loan-months = { $months-text } { $months ->
    [one] ወርሒ
   *[other] ኣዋርሕ
}
orientation-loan-amount-header = ልቓሕ
orientation-loan-months-header = ንምምላሱ ዝወሃብ ኣዋርሕ

# Reading a topic aloud with the phone's own voices (shown only when the phone has a voice for the language).
orientation-listen-heading = ስምዑ
orientation-listen-play = ብድምጺ ኣንብቡለይ
orientation-listen-pause = ንግዜኡ ደው ኣብሉ
orientation-listen-resume = ቀጽሉ
orientation-listen-previous = ዝቐደመ ክፋል
orientation-listen-next = ዝቕጽል ክፋል
# A period in working days (Monday to Friday), named in a topic's text. { $days-text } is the
# number in the reader's digits.
orientation-working-days = { $days-text } ናይ ስራሕ { $days ->
    [one] መዓልቲ
   *[other] መዓልታት
}
