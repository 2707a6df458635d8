# Page: /orientation, the topics of Canadian Orientation Abroad, and /orientation/<topic>.
orientation-title = زندگی در کانادا: موضوعات توجیهی
orientation-lead = همان موضوعات جلسات توجیهی کانادا در خارج از کشور، تا آن‌ها را با سرعت خود بخوانید. در هر موضوع نوشته شده که معلومات آن از کجا آمده است.
orientation-loading = در حال گرفتن موضوعات…
orientation-offline = شما آفلاین هستید، و موضوعات هنوز در این مبایل ذخیره نشده است. برای خواندن آن‌ها به انترنت وصل شوید.
orientation-server-error = Passage نتوانست موضوعات را از سرور خود بگیرد. چند دقیقه بعد دوباره کوشش کنید.
# A mark on a topic the person has read (kept on this phone).
orientation-read-mark = خوانده شده
# A mark on a topic shown in English because it is not translated yet.
orientation-in-english = به انگلیسی
orientation-search-label = جستجو در موضوعات
orientation-search-hint = یک کلمه بنویسید. غلطی‌های کوچک املایی مشکلی ندارد.
orientation-search-loading = در حال گرفتن موضوعات برای جستجو…
# { $count } chooses the plural form; { $count-text } is the number in the reader's digits; { $query } is what was typed.
orientation-search-count = { $count ->
    [0] هیچ موضوعی با «{ $query }» مطابقت ندارد.
    [one] { $count-text } موضوع با «{ $query }» مطابقت دارد.
   *[other] { $count-text } موضوع با «{ $query }» مطابقت دارد.
}
orientation-search-english = به زبان شما چیزی پیدا نشد، اما این موضوعات به انگلیسی مطابقت دارند:
# Before the words of a topic that matched the search, e.g. "Words: hospital, doctor".
orientation-search-words = کلمه‌ها: { $words }
orientation-search-none = یک کلمهٔ دیگر، یا یک کلمهٔ کوتاه‌تر را امتحان کنید.
# "Keep all topics on this phone": downloads every topic for reading offline.
orientation-keep-heading = خواندن بدون انترنت
# { $size } is an amount of data such as "48 KB", in the reader's digits.
orientation-keep-body = موضوعاتی که باز می‌کنید، برای خواندن بدون انترنت در این مبایل می‌مانند. همچنان می‌توانید همین حالا همهٔ آن‌ها را نگه دارید: این کار تقریباً { $size } دانلود می‌کند.
orientation-keep-body-unknown = موضوعاتی که باز می‌کنید، برای خواندن بدون انترنت در این مبایل می‌مانند. همچنان می‌توانید همین حالا همهٔ آن‌ها را نگه دارید.
orientation-keep-button = همهٔ موضوعات را در این مبایل نگه دارید
orientation-keep-done = همهٔ موضوعات در این مبایل هستند. می‌توانید آن‌ها را بدون انترنت بخوانید.
orientation-keep-failed = موضوعات دانلود نشدند. به انترنت وصل شوید و دوباره کوشش کنید.
# { $kb } is a number of kilobytes, in the reader's digits.
orientation-size-kb = { $kb } کیلوبایت
# A setting that stops pictures from downloading, to save data.
orientation-low-data = صرفه‌جویی در انترنت: عکس‌ها دانلود نشوند
orientation-low-data-hint = به جای عکس‌ها، یک توضیح کوتاه نشان داده می‌شود.

# A topic's page.
orientation-back = همهٔ موضوعات
orientation-fallback = این موضوع هنوز به زبان شما ترجمه نشده است. اینجا آن را به انگلیسی می‌بینید.
orientation-unreviewed = هنوز هیچ کس این ترجمه را بررسی نکرده است.
# { $date } is a date.
orientation-updated = تازه شده در { $date }.
orientation-mark-read = علامهٔ «خوانده شده» بزنید
orientation-marked-read = شما این موضوع را خوانده‌اید.
orientation-mark-unread = علامهٔ «خوانده شده» را بردارید
orientation-previous = موضوع قبلی
orientation-next = موضوع بعدی
orientation-print = این موضوع را چاپ کنید
# Describes a picture that was not downloaded to save data. { $alt } is what the picture shows.
orientation-picture = عکس: { $alt }
# The loan's repayment periods (a table from the loan rules).
orientation-loan-up-to = قرضه‌ها تا { $amount }
orientation-loan-above = قرضه‌های بیشتر از { $amount }
# { $months-text } is the number in the reader's digits.
orientation-loan-months = { $months-text } { $months ->
    [one] ماه
   *[other] ماه
}
orientation-loan-amount-header = قرضه
orientation-loan-months-header = ماه‌ها برای پس دادن

# Reading a topic aloud with the phone's own voices (shown only when the phone has a voice for the language).
orientation-listen-heading = شنیدن
orientation-listen-play = خواندن با آواز بلند
orientation-listen-pause = توقف
orientation-listen-resume = ادامه
orientation-listen-previous = بخش قبلی
orientation-listen-next = بخش بعدی
# A period in working days (Monday to Friday), named in a topic's text. { $days-text } is the
# number in the reader's digits.
orientation-working-days = { $days-text } { $days ->
    [one] روز کاری
   *[other] روز کاری
}
