# Page: /orientation, the topics of Canadian Orientation Abroad, and /orientation/<topic>.
orientation-title = الحياة في كندا: مواضيع التوجيه
orientation-lead = المواضيع نفسها التي تُشرح في جلسات التوجيه الكندي في الخارج، لتقرأها على مهلك. كل موضوع يذكر من أين تأتي معلوماته.
orientation-loading = جارٍ تحميل المواضيع…
orientation-offline = أنت غير متصل بالإنترنت، ولم تُحفظ المواضيع على هذا الهاتف بعد. اتصل بالإنترنت لتقرأها.
orientation-server-error = لم يستطع Passage أن يحصل على المواضيع من الخادم. حاول مرة أخرى بعد بضع دقائق.
# A mark on a topic the person has read (kept on this phone).
orientation-read-mark = مقروء
# A mark on a topic shown in English because it is not translated yet.
orientation-in-english = بالإنجليزية
orientation-search-label = ابحث في المواضيع
orientation-search-hint = اكتب كلمة. لا بأس بالأخطاء الإملائية الصغيرة.
orientation-search-loading = جارٍ تحميل المواضيع للبحث…
# { $count } chooses the plural form; { $count-text } is the number in the reader's digits; { $query } is what was typed.
orientation-search-count = { $count ->
    [0] لا يوجد موضوع يطابق «{ $query }».
    [one] موضوع واحد يطابق «{ $query }».
    [two] موضوعان يطابقان «{ $query }».
    [few] { $count-text } مواضيع تطابق «{ $query }».
    [many] { $count-text } موضوعًا يطابق «{ $query }».
   *[other] { $count-text } موضوع يطابق «{ $query }».
}
orientation-search-english = لا يوجد شيء بلغتك، لكن هذه المواضيع بالإنجليزية تطابق بحثك:
# Before the words of a topic that matched the search, e.g. "Words: hospital, doctor".
orientation-search-words = الكلمات: { $words }
orientation-search-none = جرّب كلمة أخرى، أو كلمة أقصر.
# "Keep all topics on this phone": downloads every topic for reading offline.
orientation-keep-heading = القراءة دون إنترنت
# { $size } is an amount of data such as "48 KB", in the reader's digits.
orientation-keep-body = المواضيع التي تفتحها تبقى على هذا الهاتف لتقرأها دون إنترنت. يمكنك أيضًا أن تحفظها كلها الآن: سيؤدي هذا إلى تنزيل نحو { $size }.
orientation-keep-body-unknown = المواضيع التي تفتحها تبقى على هذا الهاتف لتقرأها دون إنترنت. يمكنك أيضًا أن تحفظها كلها الآن.
orientation-keep-button = احفظ كل المواضيع على هذا الهاتف
orientation-keep-done = كل المواضيع محفوظة على هذا الهاتف. يمكنك أن تقرأها دون إنترنت.
orientation-keep-failed = تعذّر تنزيل المواضيع. اتصل بالإنترنت وحاول مرة أخرى.
# { $kb } is a number of kilobytes, in the reader's digits.
orientation-size-kb = { $kb } كيلوبايت
# A setting that stops pictures from downloading, to save data.
orientation-low-data = وفّر استهلاك الإنترنت: لا تنزّل الصور
orientation-low-data-hint = يظهر وصف قصير بدل الصور.

# A topic's page.
orientation-back = كل المواضيع
orientation-fallback = هذا الموضوع غير مترجم إلى لغتك بعد. إليك الموضوع بالإنجليزية.
orientation-unreviewed = لم يراجع أي شخص هذه الترجمة بعد.
# { $date } is a date.
orientation-updated = تاريخ التحديث: { $date }.
orientation-mark-read = ضع علامة «مقروء»
orientation-marked-read = لقد قرأت هذا الموضوع.
orientation-mark-unread = ضع علامة «غير مقروء»
orientation-previous = الموضوع السابق
orientation-next = الموضوع التالي
orientation-print = اطبع هذا الموضوع
# Describes a picture that was not downloaded to save data. { $alt } is what the picture shows.
orientation-picture = صورة: { $alt }
# The loan's repayment periods (a table from the loan rules).
orientation-loan-up-to = القروض حتى { $amount }
orientation-loan-above = القروض التي تزيد على { $amount }
# { $months-text } is the number in the reader's digits.
orientation-loan-months = { $months ->
    [zero] { $months-text } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $months-text } أشهر
    [many] { $months-text } شهرًا
   *[other] { $months-text } شهر
}
orientation-loan-amount-header = القرض
orientation-loan-months-header = عدد أشهر السداد

# Reading a topic aloud with the phone's own voices (shown only when the phone has a voice for the language).
orientation-listen-heading = استمع
orientation-listen-play = القراءة بصوت عالٍ
orientation-listen-pause = إيقاف مؤقت
orientation-listen-resume = متابعة
orientation-listen-previous = الجزء السابق
orientation-listen-next = الجزء التالي
# A period in working days (Monday to Friday), named in a topic's text. { $days-text } is the
# number in the reader's digits.
orientation-working-days = { $days ->
    [zero] { $days-text } يوم عمل
    [one] يوم عمل واحد
    [two] يومَي عمل
    [few] { $days-text } أيام عمل
    [many] { $days-text } يوم عمل
   *[other] { $days-text } يوم عمل
}
