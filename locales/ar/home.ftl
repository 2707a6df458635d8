home-title = مرحبًا بك في { -brand-name }
home-lead = يساعدك { -brand-name } على الاستعداد لانتقالك، خطوة بخطوة، وبلغتك. يعمل على الهاتف ويستهلك القليل جدًا من الإنترنت.

# Section for refugees preparing to travel to Canada.
home-traveller-heading = إذا كنت ستسافر إلى كندا
home-traveller-orientation = تعرّف على الحياة في كندا: المواضيع نفسها التي تُشرح في جلسات التوجيه الكندي في الخارج.
home-traveller-schedule = تابع مواعيدك: المقابلة، والفحص الطبي، وجلسة التوجيه، والرحلة بالطائرة، وما يجب أن تأخذه معك.
home-traveller-loan = اعرف كم قد يكلّفك قرض السفر كل شهر، ومتى يبدأ الدفع.
# Links from the home page to the traveller's pages.
home-traveller-orientation-link = اقرأ عن الحياة في كندا
home-traveller-schedule-link = اعرف مواعيدك
home-traveller-loan-link = قدّر قرض سفرك
home-traveller-sessions-link = ابحث عن جلسة توجيه

# Section for people in Canada who sponsor a refugee family or person.
home-sponsor-heading = إذا كنت تكفل شخصًا
home-sponsor-timeline = اعرف ما يحدث عادةً قبل الوصول وبعده، ومتى يحدث.
home-sponsor-share = شارك الجدول الزمني مع مجموعتك، دون أن تشارك المعلومات الشخصية لأي شخص.
# Link from the home page to the sponsor's page.
home-sponsor-link = اطّلع على الجدول الزمني للوصول

# Section for people leaving Canada with IOM's help to go back to their country (assisted voluntary return).
home-returnee-heading = إذا كنت ستعود إلى بلدك بمساعدة المنظمة الدولية للهجرة
home-returnee-deadlines = اعرف المواعيد النهائية المهمة بعد وصولك.
home-returnee-plan = اعرف أنواع المساعدة المتوفرة لخطة إعادة الاندماج الخاصة بك، وما هي خطوتك التالية.
# Link from the home page to the returnee's page.
home-returnee-link = اطّلع على أنواع المساعدة وعلى خطتك

home-privacy-heading = معلوماتك تبقى معك
home-privacy-body = لا يطلب منك { -brand-name } اسمك. لا يُرسَل أي شيء تكتبه إلى أي مكان، إلا إذا اخترت أن تشاركه.
