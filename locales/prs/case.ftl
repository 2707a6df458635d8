# The access code form, shared by the appointments, sponsor and return pages. The code is
# printed on the letter from IOM.
code-label = کود دسترسی شما
# { $example } is an example code, like "7K3M9Q-T2XV8R-4WH6PD": keep it as it is.
code-hint = این کود در نامه‌ای است که از سازمان بین‌المللی مهاجرت گرفته‌اید: ۱۸ حرف و رقم، مثلاً { $example }. فاصله و خط تیره مهم نیست.
code-submit = باز کنید
# Title of the box listing what is wrong, at the top of the page.
code-error-summary-title = مشکلی هست
code-error-empty = کود دسترسی را که در نامهٔ شما است بنویسید
# { $found } is how many letters and numbers were typed (choose the plural form with it);
# { $found-text } is the same number in the reader's digits; { $wanted } is how many a code has.
code-error-length = شما { $found-text } { $found ->
    [one] حرف یا رقم
   *[other] حرف و رقم
} نوشتید. کود باید { $wanted } حرف و رقم داشته باشد: آن را با نامهٔ خود مقایسه کنید.
code-error-character = در کود علامه‌ای هست که حرف یا رقم نیست. آن را با نامهٔ خود مقایسه کنید.
# The code's last character shows a typing mistake: nothing was sent.
code-error-typo = به نظر می‌رسد یک حرف یا رقم غلط نوشته شده، یا جای دو تای آن‌ها عوض شده است. کود را با نامهٔ خود مقایسه کنید.
code-error-unknown = این کود را پیدا نکردیم. آن را با نامهٔ خود مقایسه کنید، یا از دفتر سازمان بین‌المللی مهاجرت بپرسید.
# { $minutes } is how long to wait (choose the plural form with it); { $minutes-text } is the same number in the reader's digits.
code-error-too-many = از این اتصال انترنت، کودهای زیادی امتحان شده است. { $minutes-text } { $minutes ->
    [one] دقیقه
   *[other] دقیقه
} صبر کنید، بعد دوباره کوشش کنید.
code-error-offline = شما آفلاین هستید. برای اینکه صفحهٔ خود را با کود خود باز کنید، به انترنت وصل شوید.
code-error-server = Passage نتوانست به سرور خود وصل شود. چند دقیقه بعد دوباره کوشش کنید.
# The choice to keep the person's information on the phone. Phones are often shared.
code-keep-hint = اگر دیگران هم از این مبایل استفاده می‌کنند، این را انتخاب نکنید. هر وقت بخواهید، می‌توانید آن را پاک کنید.

# A section at the bottom of the personal pages.
remove-heading = معلومات شما در این مبایل
remove-body = هرچه را Passage دربارهٔ شما در این مبایل نگه داشته است پاک کنید: دوسیهٔ شما، چیزهایی که علامه زده‌اید و موضوعاتی که خوانده‌اید.
remove-button = معلومات مرا از این مبایل پاک کنید
remove-done = معلومات شما از این مبایل پاک شد.

# Shown on the appointments, sponsor and return pages when the phone's clock is more than a
# day away from the server's: the days are then counted from the server's date. { $date } is
# that date, already written for the reader.
case-clock-wrong = به نظر می‌رسد تاریخ تلفن شما درست نیست. Passage روزها را از تاریخ امروز در سرور خود، { $date }، حساب می‌کند.
