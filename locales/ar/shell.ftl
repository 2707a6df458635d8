# The app's name. Keep it as "Passage" unless your language needs a transliteration.
-brand-name = Passage

# The app's name as shown in the header.
shell-brand = { -brand-name }

# Short line under the app's name in the header.
shell-tagline = مساعدة لمن ينتقلون مع المنظمة الدولية للهجرة
# Invisible until focused with the keyboard; jumps past the header to the page content.
shell-skip-link = انتقل إلى المحتوى الرئيسي
# Label of the drop-down list of languages in the header.
shell-language-label = اللغة
# Button next to the language list, shown only when the browser runs no JavaScript.
shell-language-apply = عرض
# Accessible name of the main menu (read by screen readers as "Main navigation").
shell-nav-label = القائمة الرئيسية
shell-nav-home = الصفحة الرئيسية
# Menu link to the orientation topics (life in Canada).
shell-nav-orientation = الحياة في كندا
# Menu link to the traveller's appointments.
shell-nav-appointments = المواعيد
# Menu link to the loan estimate page.
shell-nav-loan = قرض السفر
# Menu link to the orientation sessions.
shell-nav-sessions = جلسات التوجيه
# Browser tab title: { $page } is the title of the page being shown.
shell-document-title = { $page } – { -brand-name }
# Put before the page title while a form shows errors (GOV.UK pattern), e.g. "Error: Your travel loan".
shell-error-title = خطأ: { $page }
# Read by screen readers (not shown) before each error message next to a field.
shell-error-prefix = خطأ:
# Footer: what Passage does with the user's data.
shell-footer-privacy = { -brand-name } لا يتتبّعك ولا يعرض إعلانات. ما تكتبه يبقى على هذا الهاتف أو الحاسوب، إلا إذا اخترت أن تشاركه.
# Footer: where the information comes from and who can confirm it.
shell-footer-sources = المعلومات من المنظمة الدولية للهجرة ومن حكومة كندا. يستطيع مكتب المنظمة الذي تتعامل معه أن يؤكد لك كل ما تقرؤه هنا.

notfound-title = الصفحة غير موجودة
notfound-body = لم نجد هذه الصفحة. ربما العنوان خطأ، أو ربما نُقلت الصفحة إلى مكان آخر.
notfound-home-link = اذهب إلى الصفحة الرئيسية

# Page shown without internet for an address this device has not saved yet.
offline-title = أنت غير متصل بالإنترنت
offline-body = هذه الصفحة غير محفوظة على هذا الجهاز بعد. ستفتح عندما تتصل بالإنترنت من جديد. الصفحات التي فتحتها من قبل تعمل دون إنترنت.
offline-home-link = اذهب إلى الصفحة الرئيسية

# Shown at the top of the page while the phone has no internet (or the server does not answer).
shell-offline-notice = أنت غير متصل بالإنترنت. ترى ما حُفظ على هذا الجهاز.

# Shown when a new version of Passage has been downloaded; the button reloads the page.
shell-update-ready = نسخة جديدة من Passage جاهزة.
shell-update-reload = أعد تحميل الصفحة
# Between the items of a short list, e.g. the languages of a session ("Somali, Swahili"):
# a comma and a space in the language's own punctuation, in quotes.
shell-list-separator = { "، " }
# Shown on a page that was saved for offline use when the part of Passage that makes it work
# was not saved yet (the person is offline).
shell-app-missing = تحتاج هذه الصفحة إلى الإنترنت في أول مرة تستخدمها. اتصل بالإنترنت مرة واحدة، وستعمل بعدها دون إنترنت.
# A button that asks the server again after a failure.
shell-retry = حاول مرة أخرى
