# The app's name. Keep it as "Passage" unless your language needs a transliteration.
-brand-name = Passage

# The app's name as shown in the header.
shell-brand = { -brand-name }

# Short line under the app's name in the header.
shell-tagline = ምስ IOM ንዝጓዓዙ ሰባት ዝኸውን ሓገዝ
# Invisible until focused with the keyboard; jumps past the header to the page content.
shell-skip-link = ናብ ቀንዲ ትሕዝቶ ሕለፉ
# Label of the drop-down list of languages in the header.
shell-language-label = ቋንቋ
# Button next to the language list, shown only when the browser runs no JavaScript.
shell-language-apply = ኣርኢ
# Accessible name of the main menu (read by screen readers as "Main navigation").
shell-nav-label = ቀንዲ ዝርዝር
shell-nav-home = መበገሲ ገጽ
# Menu link to the orientation topics (life in Canada).
shell-nav-orientation = ናብራ ኣብ ካናዳ
# Menu link to the traveller's appointments.
shell-nav-appointments = ቆጸራታት
# Menu link to the loan estimate page.
shell-nav-loan = ልቓሕ ጉዕዞ
# Menu link to the orientation sessions.
shell-nav-sessions = ትምህርቲ ምልላይ
# Browser tab title: { $page } is the title of the page being shown.
shell-document-title = { $page } – { -brand-name }
# Put before the page title while a form shows errors (GOV.UK pattern), e.g. "Error: Your travel loan".
shell-error-title = ጌጋ፦ { $page }
# Read by screen readers (not shown) before each error message next to a field.
shell-error-prefix = ጌጋ፦
# Footer: what Passage does with the user's data.
shell-footer-privacy = { -brand-name } ዝከታተለኩም ነገር ኮነ ምውዕዋዕ የብሉን። ዝጸሓፍኩምዎ ኣብዚ ተሌፎን ወይ ኮምፒተር እዚ ይተርፍ። ንስኹም ከተካፍልዎ እንተ ዘይመሪጽኩም፣ ናብ ካልእ ኣይለኣኽን።
# Footer: where the information comes from and who can confirm it.
shell-footer-sources = ሓበሬታ ካብ IOM (ዓለምለኻዊ ውድብ ስደት) ከምኡ'ውን ካብ መንግስቲ ካናዳ። ኣብዚ ዘንበብኩምዎ ዝኾነ ነገር፣ ናይ IOM ቤት ጽሕፈትኩም ከረጋግጸልኩም ይኽእል።

notfound-title = ገጽ ኣይተረኽበን
notfound-body = ነዚ ገጽ ክንረኽቦ ኣይከኣልናን። እቲ ኣድራሻ ጌጋ ክኸውን ይኽእል፣ ወይ እቲ ገጽ ናብ ካልእ ቦታ ተቐይሩ ክኸውን ይኽእል።
notfound-home-link = ናብ መበገሲ ገጽ ኪዱ

# Page shown without internet for an address this device has not saved yet.
offline-title = ካብ ኢንተርነት ወጻኢ ኢኹም
offline-body = እዚ ገጽ እዚ ገና ኣብዚ መሳርሒ ኣይተዓቀበን። ናብ ኢንተርነት ምስ ተመለስኩም ክኽፈት እዩ። ቅድሚ ሕጂ ዝኸፈትኩምዎም ገጻት ብዘይ ኢንተርነት ይሰርሑ።
offline-home-link = ናብ መበገሲ ገጽ ኪዱ

# Shown at the top of the page while the phone has no internet (or the server does not answer).
shell-offline-notice = ካብ ኢንተርነት ወጻኢ ኢኹም። ኣብዚ መሳርሒ ዝተዓቀበ ኢኹም እትርእዩ ዘለኹም።

# Shown when a new version of Passage has been downloaded; the button reloads the page.
shell-update-ready = ሓድሽ ስሪት Passage ድሉው እዩ።
shell-update-reload = ነቲ ገጽ ደጊምኩም ክፈትዎ
# Between the items of a short list, e.g. the languages of a session ("Somali, Swahili"):
# a comma and a space in the language's own punctuation, in quotes.
shell-list-separator = { "፣ " }
# Shown on a page that was saved for offline use when the part of Passage that makes it work
# was not saved yet (the person is offline).
shell-app-missing = እዚ ገጽ ንመጀመርታ ግዜ ክትጥቀሙሉ ከለኹም ኢንተርነት የድልዮ። ሓንሳብ ተራኸቡ፣ ድሕሪኡ ብዘይ ኢንተርነት ክሰርሕ እዩ።
# A button that asks the server again after a failure.
shell-retry = ደጊምኩም ፈትኑ
