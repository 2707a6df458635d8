# The access code form, shared by the appointments, sponsor and return pages. The code is
# printed on the letter from IOM.
code-label = رمز الدخول الخاص بك
# { $example } is an example code, like "7K3M9Q-T2XV8R-4WH6PD": keep it as it is.
code-hint = تجده في الرسالة التي وصلتك من المنظمة الدولية للهجرة: ١٨ حرفًا ورقمًا، مثل { $example }. المسافات والشرطات لا تهمّ.
code-submit = افتح
# Title of the box listing what is wrong, at the top of the page.
code-error-summary-title = هناك مشكلة
code-error-empty = اكتب رمز الدخول الموجود في رسالتك
# { $found } is how many letters and numbers were typed (choose the plural form with it);
# { $found-text } is the same number in the reader's digits; { $wanted } is how many a code has.
code-error-length = { $found ->
    [zero] كتبتَ { $found-text } حرف ورقم
    [one] كتبتَ حرفًا أو رقمًا واحدًا
    [two] كتبتَ حرفين أو رقمين
    [few] كتبتَ { $found-text } حروف وأرقام
    [many] كتبتَ { $found-text } حرفًا ورقمًا
   *[other] كتبتَ { $found-text } حرف ورقم
}. الرمز فيه { $wanted }: قارنه بما في رسالتك.
code-error-character = في الرمز علامة ليست حرفًا ولا رقمًا. قارنه بما في رسالتك.
# The code's last character shows a typing mistake: nothing was sent.
code-error-typo = يبدو أن حرفًا أو رقمًا كُتب خطأً، أو أن اثنين منها تبادلا مكانهما. قارن الرمز بما في رسالتك.
code-error-unknown = لم نجد هذا الرمز. قارنه بما في رسالتك، أو اسأل مكتب المنظمة الدولية للهجرة.
# { $minutes } is how long to wait (choose the plural form with it); { $minutes-text } is the same number in the reader's digits.
code-error-too-many = جُرّبت رموز كثيرة جدًا من هذا الاتصال. انتظر { $minutes ->
    [zero] { $minutes-text } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes-text } دقائق
    [many] { $minutes-text } دقيقة
   *[other] { $minutes-text } دقيقة
}، ثم حاول مرة أخرى.
code-error-offline = أنت غير متصل بالإنترنت. اتصل بالإنترنت لتفتح صفحتك برمزك.
code-error-server = لم يستطع Passage أن يتصل بالخادم الخاص به. حاول مرة أخرى بعد بضع دقائق.
# The choice to keep the person's information on the phone. Phones are often shared.
code-keep-hint = لا تختر هذا إذا كان أشخاص آخرون يستعملون هذا الهاتف. يمكنك أن تحذف ما حُفظ في أي وقت.

# A section at the bottom of the personal pages.
remove-heading = بياناتك على هذا الهاتف
remove-body = احذف كل ما حفظه Passage عنك على هذا الهاتف: ملفك، والعلامات التي وضعتها، والمواضيع التي قرأتها.
remove-button = احذف بياناتي من هذا الهاتف
remove-done = حُذفت بياناتك من هذا الهاتف.

# Shown on the appointments, sponsor and return pages when the phone's clock is more than a
# day away from the server's: the days are then counted from the server's date. { $date } is
# that date, already written for the reader.
case-clock-wrong = يبدو أن التاريخ في هاتفك غير صحيح. يحسب Passage الأيام من تاريخ اليوم على خادمه، { $date }.
