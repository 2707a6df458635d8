# Page: /loan, the estimate of what a family's immigration (travel) loan costs to repay.
loan-title = ልቓሕ ጉዕዞኹም፦ ክንደይ ክትከፍሉ ኢኹም
loan-lead = ካናዳ ንስደተኛታት ንጉዕዞኦም ዝኸውን ገንዘብ ብልቓሕ ትህቦም። እዚ ገጽ እዚ ኣብ ነፍሲ ወከፍ ወርሒ ክንደይ ከም እትመልሱን መዓስ ከም እትመልሱን ይግምት። ሓንሳብ ምስ ተኸፍተ፣ ብዘይ ኢንተርነት'ውን ይሰርሕ።

# Shown only when the browser runs no JavaScript: the estimate cannot be computed then.
loan-noscript = እዚ ግምት JavaScript የድልዮ እዩ፣ ኣብዚ መርበብ ሓበሬታ ግን ጠፊኡ ኣሎ። እቶም ኣብ ታሕቲ ዘለዉ ሕግታት ሕጂ'ውን ይሰርሑ፣ ካብ IRCC ዝመጸ ደብዳቤ ድማ መጠናትኩም ይሕብረኩም።

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
# { $month } and { $year } are numbers in the reader's digits: an example of a month and a year.
loan-arrival-hint = ገና እንተ ዘይፈለጥኩም፣ እትጽበይዎ ወርሒ ኣእትዉ። ንኣብነት፦ { $month } { $year }
loan-arrival-month = ወርሒ
loan-arrival-year = ዓመት

loan-submit = ግምተይ ኣርእዩኒ
# Title of the box at the top of the page that lists every mistake.
loan-error-summary-title = ጸገም ኣሎ

# Messages next to a field that cannot be read. { $example } and { $max } are formatted numbers.
loan-error-empty = መጠን ኣእትዉ
loan-error-fare-empty = ዋጋ ሓደ ቲኬት ኣእትዉ
loan-error-not-a-number = ነቲ መጠን ብቑጽሪ ጸሓፍዎ፣ ንኣብነት { $example }
# The amount has a comma, dot or space in a place this language does not put one (e.g. "1200,50" in English).
loan-error-bad-marks = ነቲ መጠን ከምዚ ጸሓፍዎ፦ { $example }
loan-error-zero = ካብ ዜሮ ዝዓቢ መጠን ኣእትዉ
loan-error-negative = እቲ መጠን ካብ ዜሮ ክንኣስ ኣይክእልን
loan-error-too-large = { $max } ወይ ካብኡ ዝነኣሰ መጠን ኣእትዉ
loan-error-too-many-decimals = ድሕሪ ዓሰርታዊ ነጥቢ ካብ 2 ዝበዝሑ ኣሃዛት ኣይትጸሓፉ
loan-error-travellers = ምሉእ ቁጽሪ ሰባት ኣእትዉ፣ ካብ 1 ክሳብ { $max }
loan-error-month = ካብ 1 ክሳብ 12 ዘሎ ወርሒ ኣእትዉ
loan-error-year = ካብ { $from } ክሳብ { $to } ዘሎ ዓመት ኣእትዉ
# { $month } is a month and year, e.g. "September 2021": the first arrival month the rules in Passage cover.
loan-error-before-rules = Passage ልቓሕ ክግምት ዝኽእል፣ ካብ { $month } ጀሚሩ ንዝበጽሑ ሰባት ጥራይ እዩ። ናይ ሎሚ ሕግታት ሽዑ እዮም ጀሚሮም። ቅድሚኡ እንተ በጺሕኩም፣ ካብ IRCC ዝመጸ ደብዳቤ መጠናትኩም ይሕብረኩም።

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
loan-result-from-fares = ልቓሕኩም እንተ ወሓደ { $loan } እዩ፦ ዋጋ ቲኬታት፣ ምስ ክፍሊት IOM ንነፍሲ ወከፍ ሰብ { $fee }።
# Next to an estimate from ticket prices: why the real loan is usually higher.
loan-result-lower-bound = ናይ ብሓቂ ልቓሕ መብዛሕትኡ ግዜ ካብዚ ይበዝሕ። ንኻልእ ወጻኢታት'ውን ይኸፍል፦ ናብቲ ነፋሪት እትስቀሉሉ ከተማ ምጉዓዝ፣ ቅድሚ ምብጋስኩም መደቀስን መግብን፣ ግብሪ መጓዓዝያ፣ ከምኡ'ውን ምሳኹም ዝጓዓዝ ኣሰናባዪ እንተ ሃልዩ። ዋጋ ቲኬት ቆልዑ ዝተፈልየ ክኸውን ይኽእል።
# Shown when tickets and fees ({ $cost }) are above the most one family's loan holds ({ $cap }). No source says who pays the rest: do not say who pays.
loan-result-above-cap = ዋጋ ቲኬታትን ክፍሊታትን ({ $cost }) ካብ { $cap } ይበዝሕ። { $cap } ሓደ ስድራ ክወስዶ ዝኽእል ዝለዓለ ልቓሕ ጉዕዞ እዩ። ልቓሕኩም ኣብ { $cap } ደው ይብል። ብዛዕባቲ ካብኡ ንላዕሊ ዘሎ ወጻኢታት ንIOM ሕተቱ።
# Shown when a typed loan amount ({ $loan }) is above the family limit ({ $cap }).
loan-result-above-cap-known = { $loan } ካብ { $cap } ይበዝሕ። { $cap } ሓደ ስድራ ክወስዶ ዝኽእል ዝለዓለ ልቓሕ ጉዕዞ እዩ። ካብ IRCC ዝመጸ ደብዳቤ ካብ ሓደ ንላዕሊ ልቓሕ ደሚሩ ከርኢ ይኽእል። ስለዚ እዚ ግምት ነቲ ዝጸሓፍኩምዎ መጠን ይጥቀም።
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
# Next to the share link: say truthfully what it holds.
loan-share-hint = እዚ ሊንክ ኣብዚ ገጽ ዘለዉ ቁጽርታት ይሕዝ፦ መጠን ልቓሕ (ወይ ቁጽሪ ሰባትን ዋጋ ቲኬትን)፣ ከምኡ'ውን እትበጽሑሉ ወርሒ። ነዚ ሊንክ ዝሰደድኩምሉ ዝኾነ ሰብ ክርእዮም ይኽእል።
loan-print = ነዚ ግምት ሕተምዎ

# Where the rules come from. { $date } is a formatted date.
loan-rules-checked = ሓደ ሰብ ነዞም ሕግታት ምስ ምንጭታቶም ንመወዳእታ ግዜ ዘነጻጸሮም ኣብ { $date } እዩ።
loan-rules-unchecked = ክሳብ ሕጂ ነዞም ሕግታት ምስ ምንጭታቶም ዘነጻጸረ ሰብ የለን።
loan-rules-offline-saved = ምስ ኢንተርነት ኣይተራኸብኩምን። እዚ ግምት ኣብ { $date } ኣብዚ መሳርሒ ዝተዓቀቡ ሕግታት ይጥቀም።
loan-rules-saved = እዚ ግምት ኣብ { $date } ኣብዚ መሳርሒ ዝተዓቀቡ ሕግታት ይጥቀም።
loan-rules-offline-built-in = ምስ ኢንተርነት ኣይተራኸብኩምን። እዚ ግምት ምስ Passage ዝመጹ ሕግታት ይጥቀም።
loan-rules-server-error = Passage ካብ ሰርቨሩ ሓደሽቲ ሕግታት ክረክብ ኣይከኣለን። ስለዚ እዚ ግምት ቅድሚ ሕጂ ዝነበርዎ ሕግታት ይጥቀም።
# Button under the note above: asks the server for the latest rules again.
loan-rules-retry = ደጊምኩም ፈትኑ
