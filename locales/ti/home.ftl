home-title = ናብ { -brand-name } እንቋዕ ብደሓን መጻእኩም
home-lead = { -brand-name } ንጉዕዞኹም ክትዳለዉ፣ ስጉምቲ ብስጉምቲ ብቋንቋኹም ይሕግዘኩም። ኣብ ተሌፎን ይሰርሕ፣ ኣዝዩ ውሑድ ዳታ ጥራይ ይጥቀም።

# Section for refugees preparing to travel to Canada.
home-traveller-heading = ናብ ካናዳ እትጓዓዙ እንተ ኴንኩም
home-traveller-orientation = ብዛዕባ ናብራ ኣብ ካናዳ ተማሃሩ። እዞም ኣርእስትታት ምስቶም ኣብ ትምህርቲ ምልላይ ካናዳ ኣብ ወጻኢ ዝወሃቡ ሓደ እዮም።
home-traveller-schedule = ቆጸራታትኩም ተኸታተሉ፦ ቃለ-መሕትት፣ ሕክምናዊ መርመራ፣ ትምህርቲ ምልላይ ከምኡ'ውን በረራ፣ ምስቲ ሒዝኩምዎ ክትመጹ ዘለኩም ነገራት።
home-traveller-loan = ልቓሕ ጉዕዞኹም ኣብ ወርሒ ክንደይ ከኽፍለኩም ከም ዝኽእል፣ ክፍሊት'ውን መዓስ ከም ዝጅምር ርኣዩ።
# Links from the home page to the traveller's pages.
home-traveller-orientation-link = ብዛዕባ ናብራ ኣብ ካናዳ ኣንብቡ
home-traveller-schedule-link = ቆጸራታተይ ኣርእዩኒ
home-traveller-loan-link = ልቓሕ ጉዕዞኹም ገምቱ
home-traveller-sessions-link = ትምህርቲ ምልላይ ድለዩ

# Section for people in Canada who sponsor a refugee family or person.
home-sponsor-heading = ንሓደ ሰብ ዋሕስ (ስፖንሰር) እንተ ኴንኩም
home-sponsor-timeline = ቅድሚ ምብጻሕን ድሕሪ ምብጻሕን ብልሙድ እንታይ ከም ዝኸውንን መዓስ ከም ዝኸውንን ርኣዩ።
home-sponsor-share = ነቲ ናይ ግዜ መደብ ምስ ጉጅለኹም ተኻፈልዎ፣ ናይ ዝኾነ ሰብ ውልቃዊ ሓበሬታ ከየካፈልኩም።
# Link from the home page to the sponsor's page.
home-sponsor-link = ናይ ምብጻሕ ግዜ መደብ ርኣዩ

# Section for people leaving Canada with IOM's help to go back to their country (assisted voluntary return).
home-returnee-heading = ብሓገዝ IOM ናብ ዓድኹም እትምለሱ እንተ ኴንኩም
home-returnee-deadlines = ድሕሪ ምብጻሕኩም ኣገደስቲ ዝኾኑ ናይ መወዳእታ ዕለታት ፍለጡ።
home-returnee-plan = ንመደብ ዳግማይ ምጥርናፍኩምን ንዝቕጽል ስጉምትኹምን ዝርከቡ ዓይነታት ሓገዝ ርኣዩ።
# Link from the home page to the returnee's page.
home-returnee-link = ዓይነታት ሓገዝን መደብኩምን ርኣዩ

home-privacy-heading = ሓበሬታኹም ምሳኹም ይተርፍ
home-privacy-body = { -brand-name } ስምኩም ኣይሓትትን። ንስኹም ከተካፍልዎ እንተ ዘይመሪጽኩም፣ ዝጸሓፍኩምዎ ናብ ዝኾነ ቦታ ኣይለኣኽን።
