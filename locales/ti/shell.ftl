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
# Accessible name of the main menu (read by screen readers as "Main navigation").
shell-nav-label = ቀንዲ ዝርዝር
shell-nav-home = መበገሲ ገጽ
# Menu link to the loan estimate page.
shell-nav-loan = ልቓሕ ጉዕዞ
# Browser tab title: { $page } is the title of the page being shown.
shell-document-title = { $page } – { -brand-name }
# Footer: what Passage does with the user's data.
shell-footer-privacy = { -brand-name } ዝከታተለኩም ነገር ኮነ ምውዕዋዕ የብሉን። ዝጸሓፍኩምዎ ኣብዚ ተሌፎን ወይ ኮምፒተር እዚ ይተርፍ። ንስኹም ከተካፍልዎ እንተ ዘይመሪጽኩም፣ ናብ ካልእ ኣይለኣኽን።
# Footer: where the information comes from and who can confirm it.
shell-footer-sources = ሓበሬታ ካብ IOM (ዓለምለኻዊ ውድብ ስደት) ከምኡ'ውን ካብ መንግስቲ ካናዳ። ኣብዚ ዘንበብኩምዎ ዝኾነ ነገር፣ ናይ IOM ቤት ጽሕፈትኩም ከረጋግጸልኩም ይኽእል።

notfound-title = ገጽ ኣይተረኽበን
notfound-body = ነዚ ገጽ ክንረኽቦ ኣይከኣልናን። እቲ ኣድራሻ ጌጋ ክኸውን ይኽእል፣ ወይ እቲ ገጽ ናብ ካልእ ቦታ ተቐይሩ ክኸውን ይኽእል።
notfound-home-link = ናብ መበገሲ ገጽ ኪዱ
