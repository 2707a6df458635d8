# Page: /loan, the estimate of what a family's immigration (travel) loan costs to repay.
loan-title = ልቓሕ ጉዕዞኹም፦ ክንደይ ክትከፍሉ ኢኹም
loan-lead = ካናዳ ንስደተኛታት ንጉዕዞኦም ዝኸውን ገንዘብ ብልቓሕ ትህቦም። እዚ ገጽ እዚ ኣብ ነፍሲ ወከፍ ወርሒ ክንደይ ከም እትመልሱን መዓስ ከም እትመልሱን ይግምት። ሓንሳብ ምስ ተኸፍተ፣ ብዘይ ኢንተርነት'ውን ይሰርሕ።

# A choice between two ways of starting (radio buttons).
loan-mode-legend = ብኸመይ ክትጅምሩ ትደልዩ?
loan-mode-known = መጠን ልቓሐይ እፈልጥ እየ
loan-mode-known-hint = ኣብ ወረቓቕቲ ልቓሕኩም፣ ወይ ካብ IRCC (ኢሚግሬሽን፣ ስደተኛታትን ዜግነትን ካናዳ) ኣብ ዝመጸኩም ደብዳቤ ተጻሒፉ ኣሎ።
loan-mode-estimate = ክግምቶ ሓግዙኒ
loan-mode-estimate-hint = ካብ ቁጽሪ ዝጓዓዙ ሰባትን ዋጋ ሓደ ቲኬት ነፋሪትን።

loan-amount-label = መጠን ልቓሕ፣ ብዶላር ካናዳ
# { $example } is an amount written the local way, e.g. "4,800.00".
loan-amount-hint = ንኣብነት { $example }
loan-travellers-label = ብዚ ልቓሕ እዚ ክንደይ ሰባት ይጓዓዙ?
loan-fare-label = ዋጋ ሓደ ቲኬት ነፋሪት፣ ብዶላር ካናዳ
# { $fee } is the IOM fee per person, e.g. "CA$300.00".
loan-fare-hint = ናይ IOM ቤት ጽሕፈትኩም ክነግረኩም ይኽእል። IOM ንኣገልግሎቱ ንነፍሲ ወከፍ ሰብ { $fee } ይውስኽ።

loan-arrival-legend = መዓስ ካናዳ ትበጽሑ?
loan-arrival-hint = ገና እንተ ዘይፈለጥኩም፣ እትጽበይዎ ወርሒ ኣእትዉ። ንኣብነት፦ 3 { $year }
loan-arrival-month = ወርሒ
loan-arrival-year = ዓመት

loan-submit = ግምተይ ኣርእዩኒ
# Title of the box at the top of the page that lists every mistake.
loan-error-summary-title = ጸገም ኣሎ

# Messages next to a field that cannot be read. { $example } and { $max } are formatted numbers.
loan-error-empty = መጠን ኣእትዉ
loan-error-not-a-number = ነቲ መጠን ብቑጽሪ ጸሓፍዎ፣ ንኣብነት { $example }
loan-error-zero = ካብ ዜሮ ዝዓቢ መጠን ኣእትዉ
loan-error-negative = እቲ መጠን ካብ ዜሮ ክንኣስ ኣይክእልን
loan-error-too-large = { $max } ወይ ካብኡ ዝነኣሰ መጠን ኣእትዉ
loan-error-too-many-decimals = ድሕሪ ዓሰርታዊ ነጥቢ ካብ 2 ዝበዝሑ ኣሃዛት ኣይትጸሓፉ
loan-error-above-cap = ልቓሕ ሓደ ስድራ እንተ በዝሐ { $cap } እዩ። ኣብ ወረቓቕትኹም ዘሎ መጠን ተመልከቱ።
loan-error-travellers = ምሉእ ቁጽሪ ሰባት ኣእትዉ፣ ካብ 1 ክሳብ { $max }
loan-error-month = ካብ 1 ክሳብ 12 ዘሎ ወርሒ ኣእትዉ
loan-error-year = ካብ { $from } ክሳብ { $to } ዘሎ ዓመት ኣእትዉ
loan-error-policy = ሕግታት ናይቲ ልቓሕ ክንብቦም ኣይከኣልናን። በጃኹም ደሓር ደጊምኩም ፈትኑ።

loan-result-heading = ግምትኹም
# { $amount }, { $first } and { $last } are formatted ("CA$66.67", "March 2027"). $months is the
# number of monthly payments (choose the plural form with it); { $months-text } is the same
# number written in the reader's digits. Keep { $months-text } outside the plural variants.
loan-result-summary = ካብ { $first } ክሳብ { $last }፣ ን{ $months-text } { $months ->
    [one] ወርሒ
   *[other] ኣዋርሕ
} ኣብ ወርሒ ኣስታት { $amount } ክትከፍሉ ኢኹም።
loan-result-total = ብጠቕላላ { $total } ክትመልሱ ኢኹም። ወለድ የለን።
# Shown when the estimate was made from ticket prices.
loan-result-from-fares = ግምታዊ ልቓሕኩም { $loan } እዩ፦ ዋጋ ቲኬታት፣ ምስ ክፍሊት IOM ንነፍሲ ወከፍ ሰብ { $fee }።
# Shown when tickets and fees are above the family limit ({ $cap }).
loan-result-iom-pays = ወጻኢታት ጉዕዞ ({ $cost }) ካብቲ ንሓደ ስድራ ዝተወሰነ ደረት { $cap } ይበዝሕ። ካብቲ ደረት ንላዕሊ ዘሎ መጠን ({ $excess }) IOM ይኸፍሎ፦ ንስኹም ኣይትመልስዎን ኢኹም።
loan-estimate-note = እዚ ግምት ጥራይ እዩ። ካብ IRCC ዝመጸ ደብዳቤ ልክዕ መጠናትኩም፣ ዕለት ቀዳማይ ክፍሊትኩምን ኣብ ነፍሲ ወከፍ ወርሒ ክትከፍልዎ ዘለኩም ዝተሓተ ክፍሊትን ይሕብረኩም።

# A table of every monthly payment, hidden until the reader opens it.
loan-schedule-summary = ኩሉ ወርሓዊ ክፍሊታት ርኣዩ
loan-schedule-number = ክፍሊት
loan-schedule-month = ወርሒ
loan-schedule-amount = መጠን

loan-hardship-heading = ክትከፍሉ እንተ ዘይከኣልኩም
loan-hardship-ask = ምስ IRCC ተራኸቡ። ደሓር ክትከፍሉ፣ ወይ ክፍሊትኩም ክቕየር ክትሓቱ ትኽእሉ ኢኹም። እንታይ ክኸውን ከም ዝኽእል IRCC እዩ ዝውስን።
loan-hardship-deport = ክፍሊት ስለ ዘይከፈልኩም ኣይትጥረዙን (ካብ ካናዳ ኣይትስጎጉን)። ግን መንግስቲ ነቲ ገንዘብ ንምእካብ ስጉምቲ ክወስድ ይኽእል። ከምኡ'ውን ድሒሩ ንኣባላት ስድራኹም ዋሕስ ምዃን ከጸግመኩም ይኽእል።
loan-hardship-sponsor = ዋሕስኩም (ስፖንሰርኩም) ንልቓሕኩም ሓላፍነት የብሉን።

loan-share-label = ናብዚ ግምት ዝወስድ ሊንክ
loan-share-hint = እዚ ሊንክ ኣብዚ ገጽ ዘለዉ ቁጽርታት ጥራይ እዩ ዝሕዝ። ብዛዕባኹም ዝኾነ ሓበሬታ የብሉን።
loan-print = ነዚ ግምት ሕተምዎ

# Where the rules come from. { $date } is a formatted date.
loan-rules-checked = እዚ ግምት ዝተመርኮሰሎም ሕግታት ንመወዳእታ ግዜ ኣብ { $date } ተፈቲሾም።
loan-rules-saved = ምስ ኢንተርነት ኣይተራኸብኩምን። እዞም ሕግታት ኣብ { $date } ኣብዚ መሳርሒ ተዓቂቦም።
