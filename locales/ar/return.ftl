# Page: /return, for people going back to their country with IOM's help (assisted voluntary
# return and reintegration). IOM helps people return from many countries, not only Canada.
return-title = العودة إلى بلدك بمساعدة المنظمة الدولية للهجرة
return-lead = يمكن أن تساعدك المنظمة الدولية للهجرة على أن تبدأ من جديد في بلدك، بخطة لإعادة الاندماج. تعرّف على أنواع المساعدة، والخطوات المعتادة، وما يجب أن تفعله بعد ذلك.

return-steps-heading = الخطوات المعتادة
return-steps-lead = مكتب المنظمة الدولية للهجرة هو الذي يحدد مواعيدك النهائية. الأرقام أدناه من برنامج كندي انتهى في عام ٢٠١٥، لذلك تبيّن ما هو معتاد، وليست قواعد اليوم.
# A deadline of the usual steps. { $time } is an amount of time, e.g. "24 hours", "30 days".
return-deadline-contact-iom-after-referral = بعد أن تُحال إلى المنظمة الدولية للهجرة، تواصل معها خلال { $time }.
return-deadline-start-plan-after-arrival = بعد أن تصل إلى بلدك، تواصل مع مكتب المنظمة الدولية للهجرة خلال { $time } لتبدأ خطتك.
return-deadline-in-kind-assistance-within = تُقدَّم المساعدة العينية (أشياء وخدمات، وليس نقودًا) خلال { $time } بعد عودتك.
return-deadline-monitoring-after = بعد { $time }، تسألك المنظمة الدولية للهجرة كيف تسير أمورك.
return-deadline-other = خطوة أخرى: اسأل مكتب المنظمة الدولية للهجرة.
# { $n } chooses the plural form; { $n-text } is the number in the reader's digits.
return-time-hours = { $n ->
    [zero] { $n-text } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $n-text } ساعات
    [many] { $n-text } ساعة
   *[other] { $n-text } ساعة
}
return-time-days = { $n ->
    [zero] { $n-text } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $n-text } أيام
    [many] { $n-text } يومًا
   *[other] { $n-text } يوم
}
return-time-months = { $n ->
    [zero] { $n-text } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $n-text } أشهر
    [many] { $n-text } شهرًا
   *[other] { $n-text } شهر
}
# { $from } and { $until } are years, in the reader's digits.
return-programme = كان هذا في البرنامج الكندي من { $from } إلى { $until }. اسأل مكتب المنظمة الدولية للهجرة عمّا ينطبق عليك اليوم.

return-categories-heading = أنواع المساعدة
return-categories-lead = ما تحصل عليه يعتمد على خطتك وعلى مكتب المنظمة الدولية للهجرة.
return-category-additional-luggage = أمتعة إضافية
return-category-additional-luggage-body = أن تأخذ معك من أغراضك أكثر مما تسمح به التذكرة.
return-category-onward-transportation = الوصول من المطار إلى بيتك
return-category-onward-transportation-body = السفر من المطار الذي تصل إليه إلى المكان الذي ستعيش فيه.
return-category-job-search = إيجاد عمل
return-category-job-search-body = مساعدة في البحث عن عمل والتقدّم إليه.
return-category-legal = مساعدة قانونية
return-category-legal-body = مساعدة في الأوراق والمسائل القانونية في بلدك.
return-category-material = أشياء تحتاجها
return-category-material-body = أغراض لبيتك أو لعملك.
return-category-medical = الرعاية الصحية
return-category-medical-body = مساعدة لزيارة طبيب والحصول على الأدوية.
return-category-small-business = بدء مشروع صغير
return-category-small-business-body = مساعدة في التخطيط لمشروع صغير والحصول على ما يحتاجه ليبدأ.
return-category-temporary-accommodation-and-housing = مكان للإقامة
return-category-temporary-accommodation-and-housing-body = مكان تقيم فيه عندما تصل، ومساعدة لإيجاد بيت.
return-category-training-and-schooling = المدرسة والتدريب
return-category-training-and-schooling-body = المدرسة للأطفال، أو تدريب لتعلّم مهنة.
return-category-other = مساعدة أخرى
return-category-other-body = اسأل مكتب المنظمة الدولية للهجرة عمّا يشمله هذا.

return-next-heading = ماذا تفعل بعد ذلك
return-next-body = تواصل مع مكتب المنظمة الدولية للهجرة في بلدك بعد وقت قصير من وصولك. يضع المكتب خطتك معك، ويحدد مواعيدك النهائية.

# With the access code from the IOM office.
return-code-heading = هل لديك رمز دخول؟
return-code-lead = برمز الدخول الذي أعطاك إياه مكتب المنظمة الدولية للهجرة، يمكنك أن ترى خطتك ومواعيدك النهائية. يبقى رمزك على هذا الهاتف، ولا يحتفظ به Passage.
return-keep = احفظ خطتي على هذا الهاتف لأفتحها دون إنترنت
return-case-heading = خطتك
return-case-demo = هذه الخطة مثال لتجربة Passage. ليست حقيقية.
# { $date } is a date.
return-case-returned = عدتَ إلى بلدك في { $date }.
return-case-returning = ستعود إلى بلدك في { $date }.
return-case-updated = آخر تحديث في { $date }. لترى التغييرات، اكتب رمزك مرة أخرى في الأسفل.
return-case-refresh = تحقّق من وجود تغييرات
return-office-heading = مكتب المنظمة الدولية للهجرة الخاص بك
# { $city } is a city, { $country } a country.
return-office-place = مكتب المنظمة الدولية للهجرة في { $city }، { $country }
return-office-call = اتصل
return-office-write = أرسل بريدًا إلكترونيًا
# Opening hours. { $days } is a list of days; { $opens } and { $closes } are times of day.
return-office-hours = { $days }: من { $opens } إلى { $closes }
return-office-hours-note = الأوقات حسب التوقيت المحلي في مكان المكتب.
return-office-demo = بيانات الاتصال هذه مثال: لا تصل إلى أحد.
return-status-not-started = لم يبدأ
return-status-in-progress = قيد التنفيذ
return-status-done = تمّ
return-status-other = اسأل مكتب المنظمة الدولية للهجرة
# { $days } chooses the plural form; { $days-text } is the number in the reader's digits.
return-due-left = بقي { $days ->
    [zero] { $days-text } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days-text } أيام
    [many] { $days-text } يومًا
   *[other] { $days-text } يوم
}
return-due-today = الموعد النهائي اليوم
return-due-passed = فات الموعد النهائي. تواصل مع مكتب المنظمة الدولية للهجرة.
# { $date } is a date.
return-due-by = الموعد النهائي: { $date }
return-todo-not-started = الخطوة التالية: تواصل مع مكتب المنظمة الدولية للهجرة لتبدأ هذا الجزء من خطتك.
return-todo-in-progress = الخطوة التالية: ابقَ على تواصل مع مكتب المنظمة الدولية للهجرة حتى ينتهي هذا الجزء.
return-loading = نجلب أنواع المساعدة…
return-offline = أنت غير متصل بالإنترنت، ولم تُحفظ هذه المعلومات على هذا الهاتف بعد. اتصل بالإنترنت مرة واحدة لتقرأها دون إنترنت.
return-server-error = لم يستطع Passage أن يحصل على هذه المعلومات من الخادم الخاص به. حاول مرة أخرى بعد بضع دقائق.
