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
# Button next to the language list, shown only when the browser runs no JavaScript.
shell-language-apply = نمایش
# Accessible name of the main menu (read by screen readers as "Main navigation").
shell-nav-label = فهرست اصلی
shell-nav-home = صفحهٔ اصلی
# Menu link to the orientation topics (life in Canada).
shell-nav-orientation = زندگی در کانادا
# Menu link to the traveller's appointments.
shell-nav-appointments = وقت‌های ملاقات
# Menu link to the loan estimate page.
shell-nav-loan = قرضهٔ سفر
# Menu link to the orientation sessions.
shell-nav-sessions = جلسات توجیهی
# Browser tab title: { $page } is the title of the page being shown.
shell-document-title = { $page } – { -brand-name }
# Put before the page title while a form shows errors (GOV.UK pattern), e.g. "Error: Your travel loan".
shell-error-title = خطا: { $page }
# Read by screen readers (not shown) before each error message next to a field.
shell-error-prefix = خطا:
# Footer: what Passage does with the user's data.
shell-footer-privacy = { -brand-name } شما را ردیابی نمی‌کند و اعلان تجارتی ندارد. هرچه می‌نویسید، روی همین مبایل یا کمپیوتر می‌ماند، مگر اینکه خودتان آن را با کسی شریک بسازید.
# Footer: where the information comes from and who can confirm it.
shell-footer-sources = این معلومات از سازمان بین‌المللی مهاجرت و حکومت کانادا است. دفتر سازمان که با شما کار می‌کند، می‌تواند هر چیزی را که اینجا می‌خوانید تأیید کند.

notfound-title = صفحه پیدا نشد
notfound-body = این صفحه را پیدا نکردیم. شاید آدرس غلط باشد، یا صفحه به جای دیگری رفته باشد.
notfound-home-link = رفتن به صفحهٔ اصلی

# Page shown without internet for an address this device has not saved yet.
offline-title = شما آفلاین هستید
offline-body = این صفحه هنوز در این دستگاه ذخیره نشده است. وقتی دوباره به انترنت وصل شوید، باز می‌شود. صفحه‌هایی که قبلاً باز کرده‌اید بدون انترنت کار می‌کنند.
offline-home-link = رفتن به صفحهٔ اصلی

# Shown at the top of the page while the phone has no internet (or the server does not answer).
shell-offline-notice = شما آفلاین هستید. آنچه را می‌بینید که در این دستگاه ذخیره شده است.

# Shown when a new version of Passage has been downloaded; the button reloads the page.
shell-update-ready = نسخهٔ جدید Passage آماده است.
shell-update-reload = صفحه را دوباره باز کنید
# Between the items of a short list, e.g. the languages of a session ("Somali, Swahili"):
# a comma and a space in the language's own punctuation, in quotes.
shell-list-separator = { "، " }
# Shown on a page that was saved for offline use when the part of Passage that makes it work
# was not saved yet (the person is offline).
shell-app-missing = این صفحه بار اول که از آن استفاده می‌کنید به انترنت ضرورت دارد. یک بار وصل شوید، بعد از آن بدون انترنت هم کار می‌کند.
# A button that asks the server again after a failure.
shell-retry = دوباره کوشش کنید
