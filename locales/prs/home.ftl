home-title = به { -brand-name } خوش آمدید
home-lead = { -brand-name } به شما کمک می‌کند که قدم به قدم و به زبان خودتان، برای سفر خود آماده شوید. روی مبایل کار می‌کند و انترنت بسیار کم مصرف می‌کند.

# Section for refugees preparing to travel to Canada.
home-traveller-heading = اگر به کانادا سفر می‌کنید
home-traveller-orientation = دربارهٔ زندگی در کانادا معلومات بگیرید: همان موضوعاتی که در جلسات توجیهی کانادا در خارج از کشور گفته می‌شود.
home-traveller-schedule = وقت‌های ملاقات خود را پیگیری کنید: مصاحبه، معاینهٔ صحی، جلسهٔ توجیهی و پرواز، و اینکه چه چیزهایی را باید با خود ببرید.
home-traveller-loan = ببینید قرضهٔ سفر شما ممکن است هر ماه چقدر باشد، و پرداخت آن از چه وقت شروع می‌شود.
# Links from the home page to the traveller's pages.
home-traveller-orientation-link = دربارهٔ زندگی در کانادا بخوانید
home-traveller-schedule-link = وقت‌های ملاقات خود را ببینید
home-traveller-loan-link = قرضهٔ سفر خود را تخمین کنید
home-traveller-sessions-link = یک جلسهٔ توجیهی پیدا کنید

# Section for people in Canada who sponsor a refugee family or person.
home-sponsor-heading = اگر اسپانسر (حامی) کسی هستید
home-sponsor-timeline = ببینید معمولاً قبل و بعد از رسیدن چه اتفاق می‌افتد، و در چه وقتی.
home-sponsor-share = جدول زمانی را با گروه خود شریک بسازید، بدون اینکه معلومات شخصی کسی را بفرستید.
# Link from the home page to the sponsor's page.
home-sponsor-link = جدول زمانی رسیدن را ببینید

# Section for people leaving Canada with IOM's help to go back to their country (assisted voluntary return).
home-returnee-heading = اگر با کمک سازمان بین‌المللی مهاجرت به وطن برمی‌گردید
home-returnee-deadlines = مهلت‌های مهمی را که بعد از رسیدن خود دارید، بدانید.
home-returnee-plan = ببینید چه نوع کمک‌هایی برای پلان ادغام مجدد شما وجود دارد، و قدم بعدی شما چیست.
# Link from the home page to the returnee's page.
home-returnee-link = انواع کمک و پلان خود را ببینید

home-privacy-heading = معلومات شما نزد خودتان می‌ماند
home-privacy-body = { -brand-name } نام شما را نمی‌پرسد. هیچ چیزی که می‌نویسید به جایی فرستاده نمی‌شود، مگر اینکه خودتان آن را شریک بسازید.
