# The access code form, shared by the appointments, sponsor and return pages. The code is
# printed on the letter from IOM.
code-label = መእተዊ ኮድኩም
# { $example } is an example code, like "7K3M9Q-T2XV8R-4WH6PD": keep it as it is.
code-hint = ኣብቲ ካብ IOM ዝመጸኩም ደብዳቤ ተጻሒፉ ኣሎ፦ 18 ፊደላትን ቁጽርታትን ኣለዎ፣ ከም { $example }። ክፍተትን ሰረዝን ኣየገድሱን።
code-submit = ክፈቱ
# Title of the box listing what is wrong, at the top of the page.
code-error-summary-title = ጸገም ኣሎ
code-error-empty = ኣብ ደብዳቤኹም ዘሎ መእተዊ ኮድ ኣእትዉ
# { $found } is how many letters and numbers were typed (choose the plural form with it);
# { $found-text } is the same number in the reader's digits; { $wanted } is how many a code has.
code-error-length = { $found-text } { $found ->
    [one] ፊደል ወይ ቁጽሪ
   *[other] ፊደላትን ቁጽርታትን
} ጸሒፍኩም። ሓደ ኮድ { $wanted } ፊደላትን ቁጽርታትን ኣለዎ፦ ምስ ደብዳቤኹም ኣነጻጽርዎ።
code-error-character = እቲ ኮድ ፊደል ወይ ቁጽሪ ዘይኮነ ምልክት ኣለዎ። ምስ ደብዳቤኹም ኣነጻጽርዎ።
# The code's last character shows a typing mistake: nothing was sent.
code-error-typo = ሓደ ፊደል ወይ ቁጽሪ ብጌጋ ዝተጻሕፈ ይመስል፣ ወይ ክልተ ቦታኦም ተለዋዊጦም። ነቲ ኮድ ምስ ደብዳቤኹም ኣነጻጽርዎ።
code-error-unknown = ነዚ ኮድ ኣይረኸብናዮን። ምስ ደብዳቤኹም ኣነጻጽርዎ፣ ወይ ናይ IOM ቤት ጽሕፈትኩም ሕተቱ።
# { $minutes } is how long to wait (choose the plural form with it); { $minutes-text } is the same number in the reader's digits.
code-error-too-many = ካብዚ ርክብ ኢንተርነት እዚ ኣዝዮም ብዙሓት ኮዳት ተፈቲኖም። { $minutes-text } { $minutes ->
    [one] ደቒቕ
   *[other] ደቓይቕ
} ተጸበዩ፣ ድሕሪኡ ደጊምኩም ፈትኑ።
code-error-offline = ካብ ኢንተርነት ወጻኢ ኢኹም። ገጽኩም ብኮድኩም ንምኽፋት ምስ ኢንተርነት ተራኸቡ።
code-error-server = Passage ምስ ሰርቨሩ ክራኸብ ኣይከኣለን። ድሕሪ ቁሩብ ደቓይቕ ደጊምኩም ፈትኑ።
# The choice to keep the person's information on the phone. Phones are often shared.
code-keep-hint = ካልኦት ሰባት ኣብ ዝጥቀምሉ ተሌፎን ነዚ ኣይትምረጽዎ። ኣብ ዝኾነ ግዜ ክትድምስስዎ ትኽእሉ ኢኹም።

# A section at the bottom of the personal pages.
remove-heading = ኣብዚ ተሌፎን ዘሎ ሓበሬታኹም
remove-body = Passage ብዛዕባኹም ኣብዚ ተሌፎን ዝዓቀቦ ኩሉ ደምስስዎ፦ ጉዳይኩም፣ ምልክት ዝገበርኩምሎም ነገራትን ዘንበብኩምዎም ኣርእስትታትን።
remove-button = ሓበሬታይ ካብዚ ተሌፎን ደምስስዎ
remove-done = ሓበሬታኹም ካብዚ ተሌፎን ተደምሲሱ ኣሎ።

# Shown on the appointments, sponsor and return pages when the phone's clock is more than a
# day away from the server's: the days are then counted from the server's date. { $date } is
# that date, already written for the reader.
case-clock-wrong = ዕለት ተሌፎንኩም ጌጋ ይመስል። Passage ነተን መዓልታት ካብ ናይ ሎሚ ዕለት ኣብ ሰርቨሩ፡ { $date }፡ ይቖጽረን።
