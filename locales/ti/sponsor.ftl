# Page: /sponsor, for people in Canada who sponsor a refugee family or person. The timeline is
# computed on the phone from an arrival date; no names are asked for.
sponsor-title = ናይ ምብጻሕ ግዜ መደብ ንዋሕስቲ
sponsor-lead = እቲ ዋሕስ ዝኾንኩምሉ ሰብ ቅድሚ ምብጻሑን ድሕሪ ምብጻሑን ብልሙድ እንታይ ከም ዝኸውንን መዓስ ከም ዝኸውንን ርኣዩ። ዕለት ምብጻሕ ጥራይ እዩ ዘድሊ፦ ስም ኣይሕተትን።
sponsor-planner-heading = ብዕለት ምብጻሕ መደብ ኣውጽኡ
# A group of three fields: day, month and year.
sponsor-date-legend = መዓስ ይበጽሑ፣ ወይ መዓስ ክበጽሑ ትጽበዩ?
# { $day }, { $month } and { $year } are an example date, in the reader's digits.
sponsor-date-hint = ንኣብነት፦ { $day } { $month } { $year }
sponsor-date-day = መዓልቲ
sponsor-date-month = ወርሒ
sponsor-date-year = ዓመት
sponsor-date-submit = ናይ ግዜ መደብ ኣርእዩኒ
sponsor-error-summary-title = ጸገም ኣሎ
sponsor-error-day-empty = መዓልቲ ምብጻሕ ኣእትዉ
sponsor-error-month-empty = ወርሒ ምብጻሕ ኣእትዉ
sponsor-error-year-empty = ዓመት ምብጻሕ ኣእትዉ
sponsor-error-not-number = ነቲ ዕለት ከምቲ ኣብነት ብቑጽሪ ጸሓፍዎ
sponsor-error-day-range = መዓልቲ ካብ 1 ክሳብ 31 ክኸውን ኣለዎ
sponsor-error-month-range = ወርሒ ካብ 1 ክሳብ 12 ክኸውን ኣለዎ
sponsor-error-year-range = ነቲ ዓመት ምሉእ ጌርኩም ጸሓፍዎ፣ ንኣብነት 2027
sponsor-error-no-such-day = እዛ መዓልቲ ኣብታ ወርሒ የላን፦ መዓልትን ወርሕን ደጊምኩም ርኣይዎም
sponsor-noscript = እዚ ናይ ግዜ መደብ ኣብ ተሌፎንኩም እዩ ዝሕሰብ፣ JavaScript ድማ የድልዮ። ኣብ መርበብ ሓበሬታኹም JavaScript ኣወልዑ፣ ወይ ነዚ ገጽ ብኻልእ መርበብ ሓበሬታ ክፈትዎ።
sponsor-loading = ቁጽርታት ናይቲ ግዜ መደብ ንደሊ ኣለና…
sponsor-offline = ካብ ኢንተርነት ወጻኢ ኢኹም፣ ቁጽርታት ናይቲ ግዜ መደብ ድማ ገና ኣብዚ ተሌፎን ኣይተዓቀቡን። ነቲ ግዜ መደብ ብዘይ ኢንተርነት ንምጥቃም፣ ሓንሳብ ምስ ኢንተርነት ተራኸቡ።
sponsor-server-error = Passage ቁጽርታት ናይቲ ግዜ መደብ ካብ ሰርቨሩ ክረክብ ኣይከኣለን። ድሕሪ ቁሩብ ደቓይቕ ደጊምኩም ፈትኑ።

# The timeline. Each step has a short title, its date and a few sentences.
sponsor-timeline-heading = እንታይ መዓስ ይኸውን
# Where each step stands, read before its title. Not only shown by colour.
timeline-stage-done = ተወዲኡ
timeline-stage-next = ዝቕጽል
timeline-stage-later = ደሓር
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits; { $date } is a date.
sponsor-step-notice-title = ምልክታ ምብጻሕ
sponsor-step-notice-body = IRCC ምልክታ ምብጻሕ እንተ ወሓደ { $days-text } ናይ ስራሕ { $days ->
    [one] መዓልቲ
   *[other] መዓልታት
} ቅድሚ ምብጻሕ ክሰድድ ይጽዕር፦ ኣብ ከባቢ { $date }። እዚ ንመደብ ዝሕግዝ ሸቶ እዩ፣ መብጽዓ ኣይኮነን፦ ክሳብ ሽዑ ምልክታ እንተ ዘይመጺኡ፣ ንIRCC ሕተቱ። ቅድሚ እዚ ዕለት እዚ፣ መንበሪ ገዛን ንቀዳሞት ሰሙናት ዘድሊ ነገራትን ኣዳልዉ።
sponsor-step-notice-holidays = ህዝባዊ በዓላት ኣብዚ ኣይተቖጽሩን፦ እቲ ምልክታ ብሓንቲ ወይ ብክልተ መዓልቲ ኣቐዲሙ ክመጽእ ይኽእል።
sponsor-step-arrival-title = ምብጻሕ
sponsor-step-arrival-body = ኣብ መዕርፎ ነፈርቲ ተቐበልዎም፣ ናብ ቀዳማይ ገዝኦም ድማ ውሰድዎም። ኣብ ቀዳሞት ሰሙናት፣ ካርድ ጥዕናን ቁጽሪ ማሕበራዊ ውሕስነት (Social Insurance Number, SIN) ክሓቱ፣ ናይ ባንክ ሕሳብ ክኸፍቱ፣ ናይ ካናዳ ሓገዝ ቆልዑ (Canada Child Benefit) ክሓቱ፣ ከምኡ'ውን ቤት ትምህርትን ትምህርቲ ቋንቋን ክረኽቡ ሓግዝዎም።
# { $months } chooses the plural form; { $months-text } is the number in the reader's digits.
sponsor-step-support-title = ደገፍኩም ብልሙድ ዝውድኣሉ ግዜ
sponsor-step-support-body = ዋሕስቲ ንሓደስቲ መጻእቲ ብልሙድ ካብ ዝበጽሑሉ ዕለት ን{ $months-text } { $months ->
    [one] ወርሒ
   *[other] ኣዋርሕ
} ይድግፍዎም። ቅድሚኡ ንርእሶም ክመሓደሩ እንተ ኽኢሎም ግን፣ ደገፍ ሽዑ ይውዳእ።
sponsor-step-joint-title = ሓባራዊ ዋሕስ ሓገዝ (Joint Assistance Sponsorship) እንተ ኾይኑ
sponsor-step-joint-body = ኣብ ሓባራዊ ዋሕስ ሓገዝ፣ ደገፍ ከከም ጉዳዩ ክሳብ { $months-text } { $months ->
    [one] ወርሒ
   *[other] ኣዋርሕ
} ይቕጽል።
sponsor-step-loan-title = ቀዳማይ ክፍሊት ልቓሕ ጉዕዞኦም
sponsor-step-loan-body = ቀዳማይ ክፍሊት ልቓሕ ጉዕዞኦም ካብ ዝበጽሑሉ ዕለት ድሕሪ { $months-text } { $months ->
    [one] ወርሒ
   *[other] ኣዋርሕ
} ይኽፈል። ካብ IRCC ዝመጸ ደብዳቤ ልክዕ ዕለትን መጠንን ይሕብር።
sponsor-step-loan-not-yours = እቲ ልቓሕ ናቶም እዩ፦ ዋሕስቲ ክመልስዎ ኣይግደዱን።

# Sharing the planner: the link holds only the date and the language.
sponsor-share-heading = ነዚ ናይ ግዜ መደብ ተኻፈልዎ
sponsor-share-body = እዚ ሊንክ ዕለት ምብጻሕን ቋንቋን ጥራይ ይሕዝ፦ ስም ኮነ ኮድ የብሉን። ናብ ጉጅለ ዋሕስኩም ክትሰድድዎ ትኽእሉ ኢኹም።
sponsor-share-copy = ነቲ ሊንክ ቕድሕዎ
sponsor-share-copied = እቲ ሊንክ ተቐዲሑ ኣሎ።
sponsor-print = ነዚ ናይ ግዜ መደብ ሕተምዎ

# With the access code IOM gave the sponsor for one case.
sponsor-case-heading = ናይ ዋሕስ ጉዳይኩም
sponsor-code-heading = ናይዚ ጉዳይ መእተዊ ኮድ ኣለኩም ድዩ?
sponsor-code-lead = ብቲ ካብ IOM ዝረኸብኩምዎ መእተዊ ኮድ፣ እቲ ጉዳይ ኣበይ ከም ዝበጽሐ ክትርእዩ ትኽእሉ ኢኹም። ኮድኩም ኣብዚ ተሌፎን ይተርፍ፦ Passage ኣይዕቅቦን።
sponsor-keep = ብዘይ ኢንተርነት ክጥቀመሉ፣ እዚ ጉዳይ ኣብዚ ተሌፎን ይዕቀብ
sponsor-case-demo = እዚ ጉዳይ ንኣብነት ጥራይ እዩ፣ Passage ንምፍታን። ናይ ብሓቂ ኣይኮነን።
# { $city } is a city in Canada.
sponsor-case-destination = ኣብ { $city } ክነብሩ እዮም።
# { $from } and { $to } are dates.
sponsor-case-window = ክበጽሑ ዝጽበየሉ ግዜ፦ ካብ { $from } ክሳብ { $to }።
sponsor-case-day = ክበጽሑ ዝጽበየሉ ዕለት፦ { $date }።
sponsor-case-notice-sent = ምልክታ ምብጻሕ ተላኢኹ ኣሎ። ዝርዝር በረራ ንምፍላጥ፣ ካብ IRCC ዝመጽኹም መልእኽትታት ርኣዩ።
# { $date } is a date, worked out from the earliest expected arrival; { $days } chooses the
# plural form, { $days-text } is the number in the reader's digits.
sponsor-case-notice-not-sent = ምልክታ ምብጻሕ ገና ኣይተላእከን። IRCC እንተ ወሓደ { $days-text } ናይ ስራሕ { $days ->
    [one] መዓልቲ
   *[other] መዓልታት
} ቅድሚ ምብጻሕ ክሰዶ ይጽዕር። ኣብቲ ዝቐደመ ዕለት እንተ በጺሖም፣ ኣብ ከባቢ { $date } ክመጽእ ትጽቢት ኣሎ። እዚ ሸቶ እዩ፣ መብጽዓ ኣይኮነን።
# { $date } is a formatted date.
sponsor-case-updated = ንመወዳእታ ግዜ ዝተሓደሰ ኣብ { $date } እዩ። ለውጥታት ንምርኣይ፣ ኣብ ታሕቲ ኮድኩም ደጊምኩም ኣእትዉ።
sponsor-case-refresh = ለውጢ እንተ ሃልዩ ፈትሹ
sponsor-milestone-case-approved = እቲ ጉዳይ ተቐባልነት ረኺቡ
sponsor-milestone-arrival-notice = ምልክታ ምብጻሕ
sponsor-milestone-arrival = ምብጻሕ
sponsor-milestone-income-support-ends = ናይ መነባብሮ ገንዘባዊ ደገፍ ይውዳእ
sponsor-milestone-other = ካልእ ስጉምቲ
