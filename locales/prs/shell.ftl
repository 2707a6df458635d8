# The app's name. Keep it as "Passage" unless your language needs a transliteration.
-brand-name = Passage

# The app's name as shown in the header.
shell-brand = { -brand-name }

# Short line under the app's name in the header.
shell-tagline = کمک برای کسانی که با سازمان بین‌المللی مهاجرت سفر می‌کنند
# Invisible until focused with the keyboard; jumps past the header to the page content.
shell-skip-link = رفتن به محتوای اصلی
# Label of the drop-down list of languages in the header.
shell-language-label = زبان
# Accessible name of the main menu (read by screen readers as "Main navigation").
shell-nav-label = فهرست اصلی
shell-nav-home = صفحهٔ اصلی
# Menu link to the loan estimate page.
shell-nav-loan = قرضهٔ سفر
# Browser tab title: { $page } is the title of the page being shown.
shell-document-title = { $page } – { -brand-name }
# Footer: what Passage does with the user's data.
shell-footer-privacy = { -brand-name } شما را ردیابی نمی‌کند و اعلان تجارتی ندارد. هرچه می‌نویسید، روی همین مبایل یا کمپیوتر می‌ماند، مگر اینکه خودتان آن را با کسی شریک بسازید.
# Footer: where the information comes from and who can confirm it.
shell-footer-sources = این معلومات از سازمان بین‌المللی مهاجرت و حکومت کانادا است. دفتر سازمان که با شما کار می‌کند، می‌تواند هر چیزی را که اینجا می‌خوانید تأیید کند.

notfound-title = صفحه پیدا نشد
notfound-body = این صفحه را پیدا نکردیم. شاید آدرس غلط باشد، یا صفحه به جای دیگری رفته باشد.
notfound-home-link = رفتن به صفحهٔ اصلی
