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
# Accessible name of the main menu (read by screen readers as "Main navigation").
shell-nav-label = القائمة الرئيسية
shell-nav-home = الصفحة الرئيسية
# Menu link to the loan estimate page.
shell-nav-loan = قرض السفر
# Browser tab title: { $page } is the title of the page being shown.
shell-document-title = { $page } – { -brand-name }
# Footer: what Passage does with the user's data.
shell-footer-privacy = { -brand-name } لا يتتبّعك ولا يعرض إعلانات. ما تكتبه يبقى على هذا الهاتف أو الحاسوب، إلا إذا اخترت أن تشاركه.
# Footer: where the information comes from and who can confirm it.
shell-footer-sources = المعلومات من المنظمة الدولية للهجرة ومن حكومة كندا. يستطيع مكتب المنظمة الذي تتعامل معه أن يؤكد لك كل ما تقرؤه هنا.

notfound-title = الصفحة غير موجودة
notfound-body = لم نجد هذه الصفحة. ربما العنوان خطأ، أو ربما نُقلت الصفحة إلى مكان آخر.
notfound-home-link = اذهب إلى الصفحة الرئيسية
